import { bracketedEnding } from './bracketed-ending.js'
import type { ArticleDraft, Context } from '../pipeline/context.js'

/** Two headline lines that end alike are parallel titles, not a title and its subtitle. */
const MIN_SHARED_ENDING = 4

/**
 * Reads what the headline lines carry besides their roles: a column named at the end of the title
 * (`（人民观点）`, `（新时代·面孔）`), and two parallel titles set one under the other
 * (`中俄两国元首互致新年贺电` / `中俄两国总理互致新年贺电`), which make one title of two lines.
 */
export function readHeadlines(ctx: Context): void {
  const text = ctx.normalized.text
  for (const draft of ctx.drafts) {
    const title = draft.title
    if (title === null) continue
    const content = text.slice(title.contentStart, title.contentEnd)
    const column = bracketedEnding(content)
    if (column !== null && column.start > 0) {
      const open = title.contentStart + column.open
      draft.columnSpan = { start: open + 1, end: title.contentEnd - 1 }
      draft.titleSpan = { start: title.contentStart, end: title.contentStart + column.start }
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
