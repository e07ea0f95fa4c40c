import { LONG_LINE } from '../label/line-features.js'
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

/** The end of a teaser in a listing: `...`, `…`, `⋯`. */
const TEASER_CUT = /(?:\.\.\.|…|⋯)$/

/** A teaser cut off (`…换取为他取得女友人朋友公司...`): it ends its item, and the listing's next item follows. */
export const cutTeaser = (ctx: Context, line: Line): boolean =>
  line.kind === 'body' &&
  line.contentEnd - line.contentStart > LONG_LINE &&
  TEASER_ENDS.includes(ctx.normalized.text.charAt(line.contentEnd - 1)) &&
  TEASER_CUT.test(ctx.normalized.text.slice(line.contentStart, line.contentEnd))

/** The last characters of `TEASER_CUT`: most lines end otherwise, and are passed over at a glance. */
const TEASER_ENDS = '.…⋯'

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
  return cutAtGaps(
    line,
    cuts.map((at) => [at, at] as const),
    () => line.opensParagraph === true,
  )
}

/** A space or a tab: what parts the words of a line (the normalised view has folded U+3000 to a space). */
export const isGap = (code: number): boolean => code === 0x20 || code === 0x09
/** A run of spaces between two words of Latin script or figures is a space of the text, not a cut. */
const isLatin = (code: number): boolean => code < 0x2e80

/**
 * The runs of spaces or tabs inside a line's content at least `minLength` long, as `[start, end]`
 * offsets, but for those between two words of Latin script or figures (`G20 峰会` keeps `G20`).
 *
 * @example
 * gapsOf('耕地是命根子。   各地多措并举', line) //=> [[7, 10]]
 */
export function gapsOf(text: string, line: Line, minLength = 1): Array<[start: number, end: number]> {
  const gaps: Array<[number, number]> = []
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    if (!isGap(text.charCodeAt(i))) continue
    let end = i
    while (end < line.contentEnd && isGap(text.charCodeAt(end))) end++
    if (end - i >= minLength && !(isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(end)))) gaps.push([i, end])
    i = end - 1
  }
  return gaps
}

/**
 * `line` cut at its `gaps` into lines of their own, the spaces left out: the first keeps the
 * line's start, the last its end and hard break; `opens` says whether a part after the first
 * opens a paragraph, given the part before it.
 *
 * @example
 * cutAtGaps(line, gapsOf(text, line, 2), () => true).length // one line for each paragraph
 */
export function cutAtGaps(
  line: Line,
  gaps: ReadonlyArray<readonly [start: number, end: number]>,
  opens: (previous: Line) => boolean,
): Line[] {
  const parts: Line[] = []
  // a part after a cut opens an article only where a step says so: the line's own mark stays with its first part
  const { opensArticle, ...rest } = line
  let start = line.contentStart
  for (const [gapStart, gapEnd] of [...gaps, [line.contentEnd, line.contentEnd] as const]) {
    const first = parts.length === 0
    const last = gapStart === line.contentEnd
    parts.push({
      ...rest,
      ...(first && opensArticle !== undefined && { opensArticle }),
      start: first ? line.start : start,
      begin: first ? line.begin : start,
      contentStart: start,
      contentEnd: gapStart,
      end: last ? line.end : gapStart,
      hardBreak: last && line.hardBreak,
      opensParagraph: first ? line.opensParagraph : opens(parts[parts.length - 1]!),
    })
    start = gapEnd
  }
  return parts
}
