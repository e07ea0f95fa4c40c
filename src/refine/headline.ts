import { bracketedEnding } from './bracketed-ending.js'
import type { ArticleDraft, Context } from '../pipeline/context.js'

/** `1. 热烈庆祝新中国成立三十三周年`: the number of an item in a page's index, before its title. */
const INDEX_NUMBER = /^\d{1,2}\.\s+(?=\S)/
/** `【GE2025】红点同心党…`: a topic tag in black brackets before the title, its column. */
const TOPIC_TAG = /^【([^】\n]{1,12})】\s*(?=\S)/
/** Two headline lines that end alike are parallel titles, not a title and its subtitle. */
const MIN_SHARED_ENDING = 4

/**
 * Reads what the headline lines carry besides their roles: an index number before the title
 * (`1. 热烈庆祝…`, left out), a topic tag before it (`【GE2025】…`, the column), a column named at the end of the title
 * (`（人民观点）`, `（新时代·面孔）`), and two parallel titles set one under the other
 * (`中俄两国元首互致新年贺电` / `中俄两国总理互致新年贺电`), which make one title of two lines.
 */
export function readHeadlines(ctx: Context): void {
  const text = ctx.normalized.text
  for (const draft of ctx.drafts) {
    const title = draft.title
    if (title === null) continue
    const content = text.slice(title.contentStart, title.contentEnd)
    const number = INDEX_NUMBER.exec(content)
    if (number !== null) draft.titleSpan = { start: title.contentStart + number[0].length, end: title.contentEnd }
    const tag = TOPIC_TAG.exec(content)
    if (tag !== null) {
      draft.columnSpan = { start: title.contentStart + 1, end: title.contentStart + 1 + tag[1]!.length }
      draft.titleSpan = { start: title.contentStart + tag[0].length, end: title.contentEnd }
    }
    // `坚定信心，让梦想照进现实（人民观点）`: a column named in brackets at the end of the title
    const column = bracketedEnding(content)
    if (column !== null && column.start > 0) {
      const open = title.contentStart + column.open
      draft.columnSpan = { start: open + 1, end: title.contentEnd - 1 }
      draft.titleSpan = { start: draft.titleSpan?.start ?? title.contentStart, end: title.contentStart + column.start }
    }
    joinParallelTitles(ctx, draft)
  }
}

function joinParallelTitles(ctx: Context, draft: ArticleDraft): void {
  const { title, subtitle } = draft
  if (title === null || subtitle === null || draft.kicker !== null) return
  const text = ctx.normalized.text
  const a = text.slice(title.contentStart, title.contentEnd)
  const b = text.slice(subtitle.contentStart, subtitle.contentEnd)
  if (/^[—(-]/.test(b)) return
  let shared = 0
  while (shared < Math.min(a.length, b.length) && a.charAt(a.length - 1 - shared) === b.charAt(b.length - 1 - shared))
    shared++
  if (shared < MIN_SHARED_ENDING || Math.abs(a.length - b.length) > 4) return
  draft.titleSpan = { start: draft.titleSpan?.start ?? title.contentStart, end: subtitle.contentEnd }
  draft.subtitle = null
  ctx.report(
    'headline/parallel-titles',
    'info',
    'Two headline lines that end alike are read as one title in two lines, not a title and a subtitle.',
    draft.titleSpan,
  )
}
