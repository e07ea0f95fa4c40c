import type { ArticleDraft, Context, Line } from '../pipeline/context.js'
import { readBodies } from '../refine/body.js'
import { attachColumns } from '../refine/columns.js'
import { splitBriefs } from '../refine/briefs.js'
import { readHeadlines } from '../refine/headline.js'

/** A Han character: text in words, not a number or a mark alone. */
const HAN = /[\u3400-\u9fff]/

/** The draft's lines become furniture: no article takes them, they go to `leftovers`. */
function toFurniture(draft: ArticleDraft): void {
  for (const line of [...draft.headings, ...draft.banners, ...draft.body])
    if (line.kind !== 'blank') line.kind = 'chrome'
}

const hasHeadline = (draft: ArticleDraft): boolean =>
  draft.kicker !== null || draft.title !== null || draft.subtitle !== null

/**
 * A draft with no headline and no text in words — a credit or a dateline alone (`（记者肖亚卓）` as
 * the item of a list), a telephone number under the page's staff (`（010）84528274`) — is no
 * article: its lines go to `leftovers`.
 */
function dropCreditsAlone(ctx: Context): void {
  const { text } = ctx.normalized
  const inWords = (draft: ArticleDraft): boolean =>
    draft.paragraphs.some((p) => p.pieces.some((piece) => HAN.test(text.slice(piece.start, piece.end))))
  ctx.drafts = ctx.drafts.filter((draft) => {
    if (inWords(draft) || hasHeadline(draft)) return true
    toFurniture(draft)
    return false
  })
}

/**
 * Above the first headline of a page whose articles have headlines, text with neither a dateline
 * nor a credit is the site's preamble — a browser notice, an age gate, a title bar of links — not
 * an article: its lines go to `leftovers`. (A page of briefs has no headline at all; an article
 * whose headline the copy lost keeps its dateline or byline.)
 */
function dropPreamble(ctx: Context): void {
  if (ctx.segment.start !== 0) return
  const first = ctx.drafts.findIndex(hasHeadline)
  if (first <= 0) return
  const before = ctx.drafts.slice(0, first)
  const isPreamble = (draft: ArticleDraft): boolean => draft.dateline === null && draft.bylines.length === 0
  const preamble = before.filter(isPreamble)
  if (preamble.length === 0) return
  for (const draft of preamble) toFurniture(draft)
  const start = preamble[0]!.body.find((line) => line.kind !== 'blank') ?? preamble[0]!.body[0]!
  ctx.report(
    'page/preamble',
    'info',
    'Text above the first headline with no dateline or credit was read as the site’s preamble: it is in the leftovers.',
    { start: start.contentStart, end: start.contentEnd },
  )
  ctx.drafts = [...before.filter((draft) => !isPreamble(draft)), ...ctx.drafts.slice(first)]
}

/**
 * refine: column banners attached, headlines read (title-line columns, parallel titles), briefs
 * split into their items, bodies read (dateline, bylines, page-break joins), and each
 * article's extent: from its first owned line to its last, so the spans of articles never overlap.
 */

export function refine(ctx: Context): void {
  attachColumns(ctx)
  readHeadlines(ctx)
  splitBriefs(ctx)
  readBodies(ctx)
  dropCreditsAlone(ctx)
  dropPreamble(ctx)
  for (const draft of ctx.drafts) {
    let start = Infinity
    let end = -Infinity
    const cover = (line: Line | null): void => {
      if (line === null || line.kind === 'blank') return
      if (line.begin < start) start = line.begin
      if (line.end > end) end = line.end
    }
    cover(draft.kickerFrom)
    cover(draft.kicker)
    cover(draft.title)
    cover(draft.subtitle)
    draft.banners.forEach(cover)
    draft.body.forEach(cover)
    draft.extent = start <= end ? { start, end } : null
  }
}
