import type { Context, Line } from '../pipeline/context.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'
import { brokenLineLength } from './line-measure.js'

/** Spaces before a line's words that indent it: one may be a converter's slip. */
const MIN_INDENT = 2
/** A page shows its habit in this many indented openings and this many wrapped lines at least. */
const MIN_EVIDENCE = 2

/** The spaces before a line's words. */
export const indentOf = (line: Line): number => line.begin - line.start

/**
 * Whether the page hard-wraps its paragraphs at the measure and indents the first line of each
 * with spaces, as an archive's plain text does:
 *
 * ```
 *     石村镇辖30个行政村,总面积39.38平方公里,总人口1.9万,     ← an indented opening
 * 该镇地理位置优越,自然资源丰富,工农业生产蒸蒸日上,各项事业   ← wrapped: the line before stops mid-sentence
 * 080元,目前已发展成重要的石油化工、纺织印染、建筑安装基地。
 * 撤乡设镇,将为进一步加强城镇建设,加速地方经济发展,起到积极   ← no indent: the same paragraph
 * ```
 *
 * The evidence is in adjacent body lines: indented lines that open a paragraph (after a line that
 * closes a sentence, or first), unindented lines that carry on a line broken mid-sentence at the
 * measure, and no indented line inside a sentence. There an unindented line carries on a full
 * line even after a sentence's end. Measured once per segment, when first asked.
 *
 * @example
 * indentsParagraphs(ctx) //=> true on the page above
 */
export function indentsParagraphs(ctx: Context): boolean {
  const known = ctx.data.indentsParagraphs
  if (typeof known === 'boolean') return known
  const broken = brokenLineLength(ctx)
  let openings = 0
  let wrapped = 0
  let indentedInside = 0
  for (const run of ctx.runs) {
    let previous: Line | null = null
    for (const line of run.lines) {
      if (line.kind !== 'body') {
        previous = null
        continue
      }
      const indented = indentOf(line) >= MIN_INDENT
      const closed = previous === null || CLOSING_PUNCTUATION.has(ctx.normalized.text.charAt(previous.contentEnd - 1))
      if (indented && closed) openings++
      else if (indented) indentedInside++
      else if (!closed && previous!.contentEnd - previous!.contentStart >= broken) wrapped++
      previous = line
    }
  }
  const indents = openings >= MIN_EVIDENCE && wrapped >= MIN_EVIDENCE && indentedInside === 0
  ctx.data.indentsParagraphs = indents
  return indents
}
