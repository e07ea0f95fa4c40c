import type { ArticleDraft, Context, Line } from '../pipeline/context.js'
import { readBodies } from '../refine/body.js'
import { attachColumns } from '../refine/columns.js'
import { splitBriefs } from '../refine/briefs.js'
import { readHeadlines } from '../refine/headline.js'

/**
 * refine: column banners attached, headlines read (title-line columns, parallel titles), briefs
 * split into their items, bodies read (dateline, bylines, page-break joins), and each
 * article's extent: from its first owned line to its last, so the spans of articles never overlap.
 */
/** A Han character: text in words, not a number or a mark alone. */
const HAN = /[\u3400-\u9fff]/

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
    if (inWords(draft) || draft.kicker !== null || draft.title !== null || draft.subtitle !== null) return true
    for (const line of [...draft.headings, ...draft.banners, ...draft.body])
      if (line.kind !== 'blank') line.kind = 'chrome'
    return false
  })
}

export function refine(ctx: Context): void {
  attachColumns(ctx)
  readHeadlines(ctx)
  splitBriefs(ctx)
  readBodies(ctx)
  dropCreditsAlone(ctx)
  for (const draft of ctx.drafts) {
    let start = Infinity
    let end = -Infinity
    const cover = (line: Line | null): void => {
      if (line === null || line.kind === 'blank') return
      if (line.begin < start) start = line.begin
      if (line.end > end) end = line.end
    }
    cover(draft.kicker)
    cover(draft.title)
    cover(draft.subtitle)
    draft.banners.forEach(cover)
    draft.body.forEach(cover)
    draft.extent = start <= end ? { start, end } : null
  }
}
