import type { Context, Line } from '../pipeline/context.js'
import { isBreadcrumb } from './line-features.js'

/** A trail's separator. */
const TRAIL_MARK = /[>»]/
/** The separators of a trail's parts. */
const TRAIL_SEPARATOR = /\s*[>»]\s*/
/** A section's name in a trail: a word of two to ten characters, no label's colon. */
const SECTION = /^[^\s:]{2,10}$/
/** A trail is at most this long; so is a line that names one of its sections. */
const MAX_TRAIL = 80

/**
 * The sections a web copy's breadcrumb trail names are the site's, not the article's: a line that
 * prints one of them alone (`社会广角` above `当前位置: > 阅览室 > 社会广角 >`) is furniture, not
 * a column banner. Each line is looked at once, and only short lines are folded.
 */
export function dropBreadcrumbSections(ctx: Context, lines: readonly Line[]): void {
  // most pages hold no trail's separator at all: passed over at a glance
  if (!TRAIL_MARK.test(ctx.normalized.text)) return
  const sections = new Set<string>()
  for (const line of lines) {
    if (line.kind === 'blank' || line.contentEnd - line.contentStart > MAX_TRAIL) continue
    const folded = ctx.folded(line.contentStart, line.contentEnd)
    if (!isBreadcrumb(folded)) continue
    for (const part of folded.split(TRAIL_SEPARATOR)) if (SECTION.test(part)) sections.add(part)
  }
  if (sections.size === 0) return
  for (const line of lines) {
    if (line.kind !== 'body' && line.kind !== 'heading') continue
    if (line.contentEnd - line.contentStart > 10) continue
    if (sections.has(ctx.folded(line.contentStart, line.contentEnd).trim())) line.kind = 'chrome'
  }
}
