import { readByline } from '../extract/byline.js'
import { creditsPeople, stampEnd } from '../extract/publishing-line.js'
import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { EPAPER_SOURCE } from '../vocabulary/outlets.js'
import { allLines, contentOf, makeHeading } from './lines.js'

/**
 * Lines of page furniture: no article takes them, they end up in `leftovers`. Read folded to
 * Simplified, each from the line's start (written with its `^`, joined into one expression below).
 */
const CHROME_LINES: readonly RegExp[] = [
  /^第\s*\d+\s*版\s*(?:\([^)]*\))?$/, // 第3版()  第5版(各地传真)  第 1 版
  /^\d{4}年\d{1,2}月\d{1,2}日.{0,16}第\s*\d+\s*版$/, // 1957年7月20日人民日报 第3版
  /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]$/, // 2022年12月22日 星期四
  /^\d{4}-\d{1,2}-\d{1,2}$/, // 1995-09-18
  /^(?:星期|周)[一二三四五六日天]$/, // 星期三: a date line's weekday on a line of its own
  /^[\u3400-\u9fff()]{2,30}(?:主管|主办)+$/, // 中国海洋石油集团有限公司主管主办: the paper's sponsor
  new RegExp(`^${EPAPER_SOURCE.source}$`), // 《 人民日报 》（ 2022年12月22日   第 01 版）
  /^(?:第\s*\d+\s*版\s*(?:\([^)]*\))?\s*)?专栏:\s*$/, // an empty column label: 专栏:  第1版()专栏:
  /^\((?:下转|上接|转|接)第?\s*[\dA-Z一二三四五六七八九十]+\s*版\)$/, // a jump line: (下转第三版), (上接第1版)
  /^[\u3400-\u9fff]{0,8}(?:热线|电话|传真)\s*:\s*[\d\-()\s]{7,}$/, // a telephone alone: 新闻热线:0855-8222000
  /^(?:热门|相关)?(?:标签|关键词|关键字|热词|tags?)\s*:/, // 标签: 分支机构 走进欧洲, 热门关键词: 杏林镇 怀远县
  /^(?:分类|类别)\s*:/, // a site's category: 分類: 焦點新聞
  // a site's consent notice: 請同意我們的隱私權規範,才能啟用聽新聞的功能。 本網站使用相關技術…當您關閉此視窗,代表您同意上述規範。
  /^(?=[^。]{0,80}隐私)(?=[^。]{0,80}同意)[^。]{0,100}。?$/,
  // a site's rights notice, sentence or not: 本网站所刊登的…均为中华龙都网版权所有,未经中华龙都网授权,请勿转载或建立镜像。
  // 凡本网注明“来源:…”的所有作品,均为…合法拥有版权或有权使用的作品,未经本网授权不得转载、摘编…
  /^[^。]{0,60}(?:版权(?:所有|归)|拥有版权)[^。]{0,40}(?:转载|复制|镜像|摘编)[^。]{0,20}。?$/,
  /^(?:https?:\/\/|www\.)\S+(?:\s+[^。\s][^。]{0,40})?$/, // an address, alone or with its stamp: https://www.gov.cn/, http://… 2001年10月22日 11:31 南方都市報
  // an archive record's field, its text printed after: 【期号】= 691, an empty 【正文】=
  /^【(?:(?!正文)[\u3400-\u9fff]{1,6}】\s*=|[\u3400-\u9fff]{1,6}】\s*=\s*$)/,
  /^(?:相关阅读|相关新闻|延伸阅读|推荐阅读)\s*:?\s*$/, // 相关阅读:
  /^(?:内容|内容详情)\s*:?$/, // a record's or an app's label over the text: 内容
  // a reader survey's widget: 您对这篇文章的满意度, 非常满意基本满意不太满意很不满意不做评价, 对此文章发表评论
  /^(?:您对(?:这|此|本)篇?(?:文章|新闻|稿件)的满意度|(?:\s*(?:非常满意|基本满意|不太满意|很不满意|不满意|满意|一般|不做评价)){3,}|对(?:此|这篇|本)(?:文章|新闻)发表评论)$/,
  /^(?:<[^>]*>\s*)+$/, // HTML tags alone
  /^<!--/, // an HTML comment's start
  /^(?:您(?:现在|当前)?的|当前)位置/, // navigation: `您当前的位置 : 婺城新闻网 > 新闻中心`
  /^(?:作者:\S*\s+)?(?:来源|文章来源|稿源|信息来源|发布时间|发布日期|原标题)\s*:/, // 来源:聊城日报 2022-12-22 08:30, 原标题:… (web copies)
  /^(?:您好.{0,3})?欢迎(?:来到|访问|光临)/, // 您好!欢迎来到我们的网站!  欢迎光临睢宁新闻网!
  /^(?:分享(?:到)?|A\+\s*A-|打印|关闭|字号[:：]?.*|报刊搜索.*)$/, // widgets
  // share and comment widgets: `微信扫一扫,即刻分享!`, `还没有评论,快来抢沙发吧!`, `已有0人参与,点击查看更多精彩评论`
  /^(?:(?:微信)?扫一扫[^。]{0,12}|还没有评论[^。]{0,12}|已有\d+人参与[^。]{0,16}|评论\s*\d+人参与[^。]{0,12})$/,
  /^[-–—\s]*(?:[Aa]dvertisement|ADVERTISEMENT|广告|廣告)[-–—\s]*$/, // an advertisement's slot: -Advertisement-, 广告
  // a web archive's capture stamp: archived 17 Mar 2025 03:24:33 UTC, The Wayback Machine - https://web.archive.org/…
  /^(?:archived\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*UTC|The Wayback Machine\b)/,
]

/** Lines of furniture that hold no sentence: tried only on a line without `。`. */
const CHROME_PLAIN_LINES: readonly RegExp[] = [
  // a masthead's imprint, two of its labels or more: `荣昌区融媒体中心出版 刊号:(渝)2019526 本报热线:87339716 …`
  // an imprint line, no sentence: `国内统一刊号:CN37-0018 邮发代号:23-24 新闻热线:…`
  /^[^。]*(?:刊号|热线|出版物号|邮发代号|国外代号)[^。]*(?:刊号|热线|出版物号|邮发代号|国外代号)[^。]*$/,
  /^[^。]*(?:版权所有|[Cc]opyright|All Rights Reserved|©|ICP[备证]|备案号)[^。]*$/, // 光明网版权所有, Copyright @ 2012 … 豫ICP备…
  /^[^\s。]+\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[gG][iI][fF]|[wW][eE][bB][pP])$/, // an image file name, a caption glued on or none: 小區里有個“讀報小組”(分離圖)QQ圖片(2417720)-20220217075214.jpg
]

/** Furniture told by a part of the line, wherever it stands. */
const CHROME_MARKS: readonly RegExp[] = [
  /\{\{\s*[\w.$]+\s*\}\}/, // a page template's placeholder left unrendered: 粉絲: {{bookData.followerCount}}
  /-->$/, // an HTML comment's end: `2020-06-11 2 2 滁州日报 content_9888.html … /enpproperty-->`
  /(?:\s[a-z-]+="[^"]*")+\s*\/?>$/, // an HTML tag's tail, its `<` cut off: `SourcePh" style="display:none">`
  /(?:点击数|浏览次数|阅读次数|字号)\s*:\s*$/, // 编辑:周忻昊 点击数: 字号: (a web page's widgets)
]

/**
 * The page's own staff, named by the words that say so — 值班 (on duty), 本期 (this issue), 本版
 * (this page): `本期值班副总编 / 姜啸啸 责任编辑 / 常容轩 …`, `值班编委/张广 本版编辑/陈广江 …`.
 * Furniture, not an article's credits (read on the folded text).
 */
const PAGE_STAFF = /^(?:本期|本版|今日)?值班[\u3400-\u9fff]{1,4}\s*[:/]|^本版(?:责任)?(?:编辑|责编|主编|美编)\s*[:/]/

/** The source word after a web copy's stamp: `未知`, `新华社`. */
const SOURCE_WORD = /^[^\s。,/]{1,12}$/

/**
 * Whether a line is a web copy's stamp (`2020-06-19 10:10 未知`, `2021-08-01 10:51 新华社`), a
 * source word after it or none: a word that names no contributor (nor reports from a place:
 * `編譯陳成良／綜合報導`).
 */
function isStamp(ctx: Context, folded: string): boolean {
  const end = stampEnd(folded)
  if (end === -1) return false
  const word = folded.slice(end)
  return word === '' || (SOURCE_WORD.test(word) && readByline(word, ctx.lexicon) === null)
}

/** A line longer than this is text, not page furniture above the articles. */
const MAX_MASTHEAD_ROOM = 40

/** One expression for each list: a line is tried once against each, from its start where it can be. */
const fromStart = (patterns: readonly RegExp[]): RegExp =>
  new RegExp(`^(?:${patterns.map((pattern) => pattern.source.slice(1)).join('|')})`)
const CHROME = fromStart(CHROME_LINES)
const CHROME_PLAIN = fromStart(CHROME_PLAIN_LINES)
const CHROME_MARK = new RegExp(CHROME_MARKS.map((pattern) => pattern.source).join('|'))

/** Whether a line (folded) is page furniture by its shape alone. */
const isChromeLine = (folded: string): boolean =>
  CHROME.test(folded) || CHROME_MARK.test(folded) || (!folded.includes('。') && CHROME_PLAIN.test(folded))

/**
 * `专栏:舆论监督有成效`: a labelled column, always for the article after it. A page's name
 * (`第4版 :五江之源`) is no column: the label step reads it as furniture.
 */
const COLUMN_LABEL = /^(?:第\s*\d+\s*版\s*(?:\([^)]*\))?\s*)?(?:专栏|栏目)\s*:\s*(?=\S)/

/** `专栏:X`, `第1版(要闻)专栏:X`: a line that labels the column of the article after it. */
export const isColumnLabel = (content: string): boolean => COLUMN_LABEL.test(content)

/**
 * Page furniture of e-paper sites and archives: page labels, mastheads (a line naming an outlet
 * alone above the page's first sentence: `正气天地博客网`), empty column labels, HTML
 * left-overs, image file names, share widgets, the page's staff (`本版编辑/X`) and the source lines of web copies (`来源:`,
 * `原标题:`) become chrome; labelled columns
 * (`专栏:X`) become banners of the article after them.
 */
export const pageLabels = definePlugin({
  name: 'page-labels',
  steps: [
    {
      name: 'page-labels',
      after: 'crawl-labels',
      run(ctx) {
        splitWidgetCredits(ctx)
        // above the first sentence of the page, a line naming an outlet alone is its masthead
        let text = false
        for (const line of allLines(ctx)) {
          if (line.kind === 'blank' || line.kind === 'chrome') continue
          const content = contentOf(ctx, line)
          const folded = ctx.folded(line.contentStart, line.contentEnd)
          if (
            (isChromeLine(folded) && !creditsPeople(folded, ctx.lexicon)) ||
            PAGE_STAFF.test(folded) ||
            isStamp(ctx, folded) ||
            (!text && ctx.lexicon.isOutletName(folded))
          ) {
            line.kind = 'chrome'
            continue
          }
          text ||= line.kind !== 'heading' && (content.length > MAX_MASTHEAD_ROOM || content.includes('。'))
          const label = COLUMN_LABEL.exec(content)
          if (label !== null && content.length <= 40) {
            makeHeading(line, 1, label[0].length)
            line.attach = 'forward'
          }
        }
      },
    },
  ],
})

/** `编辑:周忻昊 点击数: 字号:`: an editor's credit, then a web page's widgets. */
const WIDGET_CREDIT =
  /^(?:编辑|责编|责任编辑|作者)\s*:\s*[\u3400-\u9fff·]{2,8}(?= +(?:点击数|浏览次数|阅读次数|字号)\s*:)/

/**
 * A web page's widget line that opens with the article's editor (`编辑:周忻昊 点击数: 字号:`) is
 * cut in two: the credit stays text, for the body to read, and the widgets are furniture.
 */
function splitWidgetCredits(ctx: Context): void {
  for (const run of ctx.runs) {
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      if (line.kind !== 'body') continue
      const credit = WIDGET_CREDIT.exec(contentOf(ctx, line))
      if (credit === null) continue
      const cut = line.contentStart + credit[0].length
      let rest = cut
      while (ctx.normalized.text.charCodeAt(rest) === 0x20) rest++
      const widgets: Line = { ...line, kind: 'chrome', start: rest, begin: rest, contentStart: rest }
      run.lines.splice(i, 1, { ...line, contentEnd: cut, end: cut, hardBreak: false }, widgets)
      i++
    }
  }
}
