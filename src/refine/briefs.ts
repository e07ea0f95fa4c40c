import { readDateline } from '../extract/dateline.js'
import { readLead } from '../extract/lead.js'
import type { ArticleDraft, Context, Line } from '../pipeline/context.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'

/** Banners over a run of briefs, each a short item with its title in bold. */
const BRIEFS_BANNER =
  /^(?:新闻)?(?:简讯|短讯|快讯|简报|速递|速览)$|^(?:要闻|工作|信息)简报$|^一句话新闻$|^新闻速递$|^[\u3400-\u9fff]{2,4}动态$/
/** A brief's bold title is short. */
const MAX_BRIEF_TITLE = 40

/**
 * Briefs (简讯): an article under a briefs banner whose body holds two or more items, each opening
 * with words in bold that are no dateline, becomes one article per item:
 *
 * ```
 * # 简讯                                                  ← the items' column
 * **我区开展消防安全检查** 12月18日，…（记者 孙明）       ← title in bold, then the item's text
 * **东昌府区举办农民丰收节**                              ← or the title alone on its line
 * 近日，…
 * ```
 *
 * The banner is the column of every item; the first item's span covers it.
 */
export function splitBriefs(ctx: Context): void {
  const drafts: ArticleDraft[] = []
  for (const draft of ctx.drafts) drafts.push(...briefsOf(ctx, draft))
  ctx.drafts = drafts
  carryBriefsBanner(ctx)
}

/**
 * Untitled items (each opened by a bullet, `◆9月23日,…`, split by the build step) under a briefs
 * banner (a known one, or a title alone over two items or more): the banner is the column of every
 * item, not the first item's title.
 *
 * ```
 * 要闻简报                     ← the column of each item
 * ◆9月23日,我县召开…           ← an article with no headline
 * ◆9月27日,全市安委会…         ← another
 * ```
 */
function carryBriefsBanner(ctx: Context): void {
  let banner: Line | null = null
  ctx.drafts.forEach((draft, index) => {
    const item = draft.body[0]?.opensArticle === true
    if (!item) {
      banner = null
      return
    }
    if (draft.headings.length > 0) {
      banner = bannerOf(ctx, draft) ?? loneHeadOver(draft, ctx.drafts[index + 1])
      if (banner === null) return
      if (draft.title === banner) {
        draft.title = null
        draft.banners = [banner, ...draft.banners.filter((line) => line !== banner)]
      }
      draft.column = banner
    } else if (banner !== null && draft.column === null) {
      draft.column = banner
    }
  })
}

/**
 * A title alone (no kicker, no subtitle) over an untitled item that another untitled item follows
 * is their banner, whatever its words (`三秦短波` / `△…` / `△…`): a brief's own headline stands
 * over each brief.
 */
function loneHeadOver(draft: ArticleDraft, next: ArticleDraft | undefined): Line | null {
  const alone = draft.title !== null && draft.kicker === null && draft.subtitle === null
  const followed = next !== undefined && next.headings.length === 0 && next.body[0]?.opensArticle === true
  return alone && followed ? draft.title : null
}

function briefsOf(ctx: Context, draft: ArticleDraft): ArticleDraft[] {
  const banner = bannerOf(ctx, draft)
  if (banner === null) return [draft]
  const starts = draft.body.flatMap((line, index) => (isItemTitle(ctx, line) ? [index] : []))
  if (starts.length === 0 && draft.title === banner) return untitledBriefs(ctx, draft, banner)
  if (starts.length < 2 || draft.body.slice(0, starts[0]).some((line) => line.kind !== 'blank')) return [draft]
  // a briefs banner stands above its items; one at the page's end labels no run of briefs
  const firstItem = draft.body[starts[0]!]!.begin
  if (banner.begin > firstItem) return [draft]
  // other banners go with the item they stand before (the first) or after (the last)
  const others = draft.banners.filter((line) => line !== banner)
  const before = others.filter((line) => line.begin < firstItem)
  const after = others.filter((line) => line.begin >= firstItem)
  return starts.map((start, i) => {
    const lines = draft.body.slice(start, starts[i + 1])
    const title = lines[0]!
    const words = title.lead!.words
    // the item's text starts after its bold title: on the same line, or on the next
    const body =
      title.lead!.whole === true
        ? lines.slice(1)
        : [
            { ...title, kind: 'body' as const, token: 'BodyLine', contentStart: title.lead!.rest, lead: undefined },
            ...lines.slice(1),
          ]
    const item: ArticleDraft = {
      ...draft,
      headings: i === 0 ? draft.headings : [],
      kicker: i === 0 ? draft.kicker : null,
      kickerFrom: i === 0 ? draft.kickerFrom : null,
      title,
      subtitle: null,
      leadingBanners: i === 0 ? draft.leadingBanners : [],
      innerBanners: [],
      column: banner,
      banners: [...(i === 0 ? [banner, ...before] : []), ...(i === starts.length - 1 ? after : [])],
      body,
      bylines: [],
      dateline: null,
      titleSpan: { start: words.start, end: words.end },
      columnSpan: null,
      paragraphs: [],
      furniture: [],
      extent: null,
    }
    return item
  })
}

/**
 * Untitled briefs under a briefs banner that stands as the title (`创城动态`): each line that ends
 * a sentence closes an item, an article with no headline of its own. With a dateline or a credit
 * in the body, or fewer than two items, the article stays whole.
 */
function untitledBriefs(ctx: Context, draft: ArticleDraft, banner: Line): ArticleDraft[] {
  if (draft.kicker !== null || draft.subtitle !== null) return [draft]
  const items: Line[][] = [[]]
  for (const line of draft.body) {
    if (line.kind === 'paren' || line.kind === 'lead' || opensWithDateline(ctx, line)) return [draft]
    items[items.length - 1]!.push(line)
    if (line.kind === 'body' && CLOSING_PUNCTUATION.has(ctx.normalized.text.charAt(line.contentEnd - 1))) items.push([])
  }
  const filled = items.filter((lines) => lines.some((line) => line.kind !== 'blank'))
  if (filled.length < 2) return [draft]
  return filled.map((body, i) => ({
    ...draft,
    headings: i === 0 ? draft.headings : [],
    title: null,
    leadingBanners: i === 0 ? draft.leadingBanners : [],
    innerBanners: [],
    column: banner,
    banners: i === 0 ? [banner, ...draft.banners.filter((line) => line !== banner)] : [],
    body,
    bylines: [],
    paragraphs: [],
  }))
}

/** `本报讯 近日,…`: a line that opens with a dateline. */
function opensWithDateline(ctx: Context, line: Line): boolean {
  if (line.kind !== 'body') return false
  const start = line.contentStart
  const folded = ctx.folded(start, Math.min(line.contentEnd, start + MAX_BRIEF_TITLE))
  return readLead(folded, ctx.lexicon).dateline !== null
}

/** The briefs banner over this article: its title, or its column. */
function bannerOf(ctx: Context, draft: ArticleDraft): Line | null {
  const named = (line: Line | null): boolean =>
    line !== null && BRIEFS_BANNER.test(ctx.folded(line.contentStart, line.contentEnd))
  if (draft.title !== null) return named(draft.title) && draft.subtitle === null ? draft.title : null
  return [draft.column, ...draft.banners, ...draft.innerBanners].find(named) ?? null
}

/** A line that opens with short bold words that are no dateline: `**我区开展消防安全检查** 12月18日…`. */
function isItemTitle(ctx: Context, line: Line): boolean {
  if (line.kind !== 'lead' || line.token !== 'LeadLine' || line.lead === undefined) return false
  const { words } = line.lead
  if (words.end - words.start > MAX_BRIEF_TITLE || words.end <= words.start) return false
  return readDateline(ctx.folded(words.start, words.end), ctx.lexicon) === null
}
