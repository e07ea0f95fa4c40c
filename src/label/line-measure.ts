import type { Context } from '../pipeline/context.js'

/** In a page without hard breaks, a line this long that stops mid-sentence continues on the next… */
const MIN_BROKEN_LINE = 16
/** …or, in a page set in narrow columns, a line of at least this share of the page's median line. */
const COLUMN_SHARE = 0.8
/** A page's measure is read from this many body lines at least; shorter pages keep the usual 16. */
const MIN_MEASURED_LINES = 20
/** Lines are counted up to this length for the median: longer ones are whole paragraphs. */
const MAX_COUNTED_LENGTH = 256

/**
 * The length from which a line that stops mid-sentence was broken by the page's measure, not by
 * its writer: 16 characters, or less on a page set in narrow columns (a PDF's hard-wrapped text),
 * where it is 80% of the page's median body line. Measured once per segment, when first asked.
 *
 * @example
 * brokenLineLength(ctx) //=> 11 on a page of 14-character column lines
 */
export function brokenLineLength(ctx: Context): number {
  const known = ctx.data.brokenLineLength
  if (typeof known === 'number') return known
  const length = Math.min(MIN_BROKEN_LINE, Math.floor(COLUMN_SHARE * medianLineLength(ctx)))
  ctx.data.brokenLineLength = length
  return length
}

/** Whether the page is set in narrow columns: its broken lines are shorter than the usual 16. */
export const narrowColumns = (ctx: Context): boolean => brokenLineLength(ctx) < MIN_BROKEN_LINE

/** The median length of the page's body lines (a histogram: linear in the lines). */
function medianLineLength(ctx: Context): number {
  const counts = new Uint32Array(MAX_COUNTED_LENGTH + 1)
  let total = 0
  for (const run of ctx.runs)
    for (const line of run.lines) {
      if (line.kind !== 'body') continue
      counts[Math.min(line.contentEnd - line.contentStart, MAX_COUNTED_LENGTH)]!++
      total++
    }
  if (total < MIN_MEASURED_LINES) return MAX_COUNTED_LENGTH
  let seen = 0
  for (let length = 0; length <= MAX_COUNTED_LENGTH; length++) {
    seen += counts[length]!
    if (seen * 2 >= total) return length
  }
  return MAX_COUNTED_LENGTH
}
