import type { Context, Line } from '../pipeline/context.js'

/** Every line of the segment in page order, blank lines included. */
export function allLines(ctx: Context): Line[] {
  const lines: Line[] = []
  for (const run of ctx.runs) for (const line of run.lines) lines.push(line)
  return lines
}

/** A line's content in the normalised view (full-width forms folded: `：` reads as `:`). */
export function contentOf(ctx: Context, line: Line): string {
  return ctx.normalized.text.slice(line.contentStart, line.contentEnd)
}

const COLON_END = /[:：]$/

/** Whether a line's content ends in a colon: it leads into the line after it (`…重要文章：` / `《…讲话》`). */
export const endsInColon = (ctx: Context, line: Line): boolean => COLON_END.test(contentOf(ctx, line))

/** Turns a line into a heading of `level` whose text starts `skip` units into its content. */
export function makeHeading(line: Line, level: number, skip = 0): void {
  line.kind = 'heading'
  line.level = level
  line.contentStart += skip
}

/**
 * `line` cut at `cuts` (ascending offsets inside its content) into lines of their own: the first
 * keeps the line's start, the last its end and hard break.
 *
 * @example
 * cutLine(line, [line.contentStart + 4]).length //=> 2
 */
export function cutLine(line: Line, cuts: readonly number[]): Line[] {
  const parts: Line[] = []
  let start = line.contentStart
  for (const at of [...cuts, line.contentEnd]) {
    const first = parts.length === 0
    parts.push({
      ...line,
      start: first ? line.start : start,
      begin: first ? line.begin : start,
      contentStart: start,
      contentEnd: at,
      end: at === line.contentEnd ? line.end : at,
      hardBreak: at === line.contentEnd && line.hardBreak,
    })
    start = at
  }
  return parts
}
