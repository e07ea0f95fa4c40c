import type { Context, Line } from '../pipeline/context.js'
import { holdsOnEvidence, wholeBold } from '../steps/label.js'

/** Each line's headline score, decided once: a page is read for its habits, then line by line. */
const scored = new WeakMap<Line, boolean>()

/**
 * Whether a body line (or one wholly in bold) holds as a headline on its evidence: the label
 * weights' `headline` score, at the line's column width. Decided once a line.
 *
 * @example
 * isHeadlineCandidate(ctx, line) //=> true for `强降雨袭山东` over its text
 */
export function isHeadlineCandidate(ctx: Context, line: Line): boolean {
  if (line.kind !== 'body' && !wholeBold(line)) return false
  let headline = scored.get(line)
  if (headline === undefined) {
    headline = holdsOnEvidence(ctx, line, 'headline', line.features?.columnWidth ?? 0)
    scored.set(line, headline)
  }
  return headline
}
