import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { isHeadlineCandidate } from './headline-candidate.js'
import { allLines, contentOf } from './lines.js'

/** A link to the whole of an article, alone on its line: `阅读全文`, `Read More`, `查看全文`. */
const READ_MORE = /^[\s【[(]*(?:阅读全文|閱讀全文|全文阅读|查看全文|阅读更多|查看详情|read more)[\s】\])>»]*$/i

/**
 * A box of links to other articles, each a headline over a link to the whole of it, as a web copy
 * prints its hot or related news under the article:
 *
 * ```
 * 阅读全文                                       ← the link that ends the item before
 * 行车记录仪视频中可清楚看到…全过程。                ← the teaser's picture caption
 * 行车记录器揭车祸全过程 中学生遭撞后倒地遭卡车辗毙   ← a headline, no text under it: a link
 * 阅读全文
 * ```
 *
 * Between two such links, an item whose one headline is its last line (nothing of the article
 * under it) is a link, furniture: its lines go to `leftovers`, a caption above the headline with
 * them. An item with text under its headline, a dateline or two headlines is a teaser whose lead
 * the page prints, an article (`KRI报告…` / `(吉隆坡3日讯)根据…` / `阅读全文`); the text before the
 * first link is the page's own.
 */
export const teaserLinks = definePlugin({
  name: 'teaser-links',
  steps: [{ name: 'teaser-links', after: 'repeated-headlines', run: dropTeaserLinks }],
})

function dropTeaserLinks(ctx: Context): void {
  const printed = allLines(ctx).filter((line) => line.kind !== 'blank')
  let previousLink = -1
  for (let i = 0; i < printed.length; i++) {
    const line = printed[i]!
    if (line.kind !== 'chrome' || !READ_MORE.test(contentOf(ctx, line))) continue
    const item = previousLink === -1 ? [] : printed.slice(previousLink + 1, i)
    previousLink = i
    // the headline is the item's last line and its only one: text under a headline is its lead
    const heads = item.filter((part) => part.kind !== 'chrome' && isHeadline(ctx, part))
    if (heads.length !== 1 || heads[0] !== item.at(-1) || item.some((part) => part.kind === 'lead')) continue
    for (const part of item) {
      if (part.kind === 'chrome') continue
      part.kind = 'chrome'
      ctx.report(
        'page/teaser-link',
        'info',
        'A headline over a link to the whole article, nothing of its text under it, between two such links, is a link to another page: furniture.',
        { start: part.contentStart, end: part.contentEnd },
      )
    }
  }
}

/** A heading, or a plain line that holds as one on its evidence. */
const isHeadline = (ctx: Context, line: Line): boolean => line.kind === 'heading' || isHeadlineCandidate(ctx, line)
