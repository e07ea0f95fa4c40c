import { bracketedEnding } from './bracketed-ending.js'
import type { ArticleDraft, Context } from '../pipeline/context.js'

/** `1. 热烈庆祝新中国成立三十三周年`: the number of an item in a page's index, before its title. */
const INDEX_NUMBER = /^\d{1,2}\.\s+(?=\S)/
/**
 * `【GE2025】红点同心党…`, `半岛大水灾︱ 水灾未完全好转…`, `早安世界》冷氣團…`: a topic tag before the
 * title, in black brackets, or before a vertical bar (`︱`, `丨`; not `|`, which sets off a site's
 * name) or a closing `》` that no `《` opened: its column.
 */
const TOPIC_TAG = /^【([^】\n]{1,12})】\s*(?=\S)|^([^\s︱丨【】《》]{2,10})\s*[︱丨》]\s*(?=\S{4})/
/** `[2004-03-31] 特寫:…`: a web page's date before the title, left out. */
const LEADING_DATE = /^\[\d{4}-\d{1,2}-\d{1,2}\]\s*/
/** `特寫:港式記者陣 街坊均好奇`: a label before the title and a colon; a known column's name is the column. */
const LABEL = /^([\u3400-\u9fff·]{2,6})\s*:\s*(?=\S)/
/** Two headline lines that end alike are parallel titles, not a title and its subtitle. */
const MIN_SHARED_ENDING = 4

/**
 * Reads what the headline lines carry besides their roles: an index number or a web page's date
 * before the title (`1. 热烈庆祝…`, `[2004-03-31] …`, left out), a topic tag before it (`【GE2025】…`,
 * `半岛大水灾︱…`: the column) or a known column's name and a colon (`特写:…`), a column named at the end of the title
 * (`（人民观点）`, `（新时代·面孔）`), and two parallel titles set one under the other
 * (`中俄两国元首互致新年贺电` / `中俄两国总理互致新年贺电`), which make one title of two lines.
 */
export function readHeadlines(ctx: Context): void {
  const text = ctx.normalized.text
  for (const draft of ctx.drafts) {
    const title = draft.title
    if (title === null) continue
    const content = text.slice(title.contentStart, title.contentEnd)
    const number = INDEX_NUMBER.exec(content) ?? LEADING_DATE.exec(content)
    const from = number?.[0].length ?? 0
    if (from > 0) draft.titleSpan = { start: title.contentStart + from, end: title.contentEnd }
    const tag = TOPIC_TAG.exec(content.slice(from))
    const label = tag === null ? LABEL.exec(content.slice(from)) : null
    if (tag !== null) {
      const at = tag[1] === undefined ? 0 : 1 // past the black bracket
      const words = tag[1] ?? tag[2]!
      draft.columnSpan = { start: title.contentStart + from + at, end: title.contentStart + from + at + words.length }
      draft.titleSpan = { start: title.contentStart + from + tag[0].length, end: title.contentEnd }
    } else if (label !== null && ctx.lexicon.isColumn(ctx.lexicon.fold(label[1]!))) {
      draft.columnSpan = { start: title.contentStart + from, end: title.contentStart + from + label[1]!.length }
      draft.titleSpan = { start: title.contentStart + from + label[0].length, end: title.contentEnd }
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
