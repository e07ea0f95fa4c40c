import { readDateline } from '../extract/dateline.js'
import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { MAX_EVIDENCE_LENGTH } from '../label/line-features.js'
import { hasRoleCredit } from '../steps/label.js'
import { allLines, contentOf, makeHeading } from './lines.js'
import { LEADING_MARKS } from '../vocabulary/index.js'

/** A headline is printed again in at most this many lines. */
const MAX_REPEAT_LINES = 4
/** Longer lines are text: a paragraph printed twice is a converter's slip, not a headline. */
const MAX_HEADLINE_LENGTH = 120
/** From this many lines on, the lines printed again are the headline's kicker, title and subtitle. */
const MIN_GROUP_LINES = 3

/**
 * A headline printed twice, as archives and blogs do: whole on one line, then again line by line
 * (or once more the same). The printing that carries the roles is kept, the other is furniture:
 *
 * ```
 * ### 苏皖冀晋鲁豫各地战云密布  国民党策动全面内战  倾两师之众…   ← furniture
 * 苏皖冀晋鲁豫各地战云密布                                     ← kicker
 * 国民党策动全面内战                                           ← title
 * 倾两师之众进迫我定远县境…                                    ← subtitle
 * ```
 *
 * With one or two lines printed again, the whole line is the title and the repeat is furniture
 * (`蔡崇正:樣樣第二 蒼祐一生二奶命` / `蔡崇正:樣樣第二` / `蒼祐一生二奶命`). A web page's title, the
 * headline and the site's name (`县领导赴梁集镇“助三夏” -凯发体育手机`), is furniture when the
 * headline follows. Runs before the plain headlines, on headings and on short plain lines alike.
 */
export const repeatedHeadlines = definePlugin({
  name: 'repeated-headlines',
  steps: [{ name: 'repeated-headlines', after: 'label', run: dropRepeats }],
})

function dropRepeats(ctx: Context): void {
  dropContentsLists(ctx)
  const printed = allLines(ctx).filter((line) => line.kind !== 'blank')
  const at = new Map(printed.map((line, index) => [line, index]))
  const lines = printed.filter((line) => line.kind !== 'chrome')
  for (let i = 0; i < lines.length; i++) {
    const whole = lines[i]!
    if (whole.kind !== 'heading' && whole.kind !== 'body') continue
    if (isPageTitle(ctx, lines, i) || printedAgainBelow(ctx, printed, at.get(whole)!)) {
      whole.kind = 'chrome'
      continue
    }
    const repeat = repeatOf(ctx, lines, i)
    if (repeat.length === 0) continue
    if (
      furnitureBetween(printed, at.get(whole)!, at.get(repeat[0]!)!) ||
      TRAILING_STARS.test(ctx.folded(whole.contentStart, whole.contentEnd))
    ) {
      // `三年来培养出… 现有大中小学…` / `第1版()` / `专栏:` / the head line by line: the archive's copy
      // of the headline above the page's furniture, or a mirror's with its stars (`…“套路”******`);
      // the lines after it are the printed head
      whole.kind = 'chrome'
    } else if (repeat.length === 1 && marked(ctx, whole)) {
      // `• 安华促地方政府…` / `安华促地方政府…`: a link of a list of headlines, then the headline
      whole.kind = 'chrome'
    } else if (repeat.length === 1 && whole.kind === 'body' && creditFollows(ctx, lines[i + 2])) {
      // a plain line printed again over its byline: the copy over the byline is the headline
      whole.kind = 'chrome'
    } else if (repeat.length < MIN_GROUP_LINES) {
      // the whole line is the headline, a clause's mark in it or not (`为一棵树,挪一条路 北京守护…`)
      for (const line of repeat) line.kind = 'chrome'
      whole.reprinted = true
    } else if (whole.kind !== 'heading') {
      // a plain line printed again in three lines and more: the lines are one headline, left to
      // the plain headlines, which give the roles by position (no sizes say which)
      whole.kind = 'chrome'
      for (const line of repeat) line.reprinted = true
    } else {
      whole.kind = 'chrome'
      const n = repeat.length
      repeat.forEach((line, index) => {
        makeHeading(line, index === n - 2 ? 1 : 2)
      })
    }
    i += repeat.length
  }
}

/** Whether `line` credits people by their roles: `記者張麗英/報導`. */
const creditFollows = (ctx: Context, line: Line | undefined): boolean =>
  line !== undefined && line.kind !== 'heading' && hasRoleCredit(ctx, ctx.folded(line.contentStart, line.contentEnd))

/** Whether page furniture stands between the printed lines at `from` and `to`. */
function furnitureBetween(printed: Line[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (printed[k]!.kind === 'chrome') return true
  return false
}

/** The lines after `lines[i]` whose text, joined, is its text (spaces aside); none when they are not. */
function repeatOf(ctx: Context, lines: Line[], i: number): Line[] {
  const first = lines[i]!
  const room = first.contentEnd - first.contentStart
  if (room === 0 || room > MAX_HEADLINE_LENGTH) return []
  // the lines printed again are no longer than the whole, spaces aside: most pages stop here
  const next = lines[i + 1]
  if (next === undefined || next.contentEnd - next.contentStart > room) return []
  const whole = squeeze(ctx, first)
  let joined = ''
  for (let k = 1; k <= MAX_REPEAT_LINES && i + k < lines.length; k++) {
    const line = lines[i + k]!
    if (line.kind !== 'heading' && line.kind !== 'body') return []
    if (line.contentEnd - line.contentStart > room) return []
    joined += squeeze(ctx, line)
    if (joined === whole) return lines.slice(i + 1, i + k + 1)
    if (joined.length >= whole.length || !whole.startsWith(joined)) return []
  }
  return []
}

/**
 * A line's text to compare, its spaces, the marks of a list before it (`• `), a mirror's stars
 * after it (`******`) and a forum's widget in brackets after it (`[复制链接]`) taken out.
 */
const squeeze = (ctx: Context, line: Line): string => {
  const text = ctx.folded(line.contentStart, line.contentEnd)
  return text
    .slice(LEADING_MARKS.exec(text)?.[0].length ?? 0)
    .replace(TRAILING_STARS, '')
    .replace(TRAILING_WIDGET, '')
    .replace(/\s+/g, '')
}

/** `渤海十万余农民涌入人民解放军 [复制链接]`: a forum's widget after its copy of the thread's title. */
const TRAILING_WIDGET = /\s\[[^\]\n]{1,8}\]\s*$/

/** `…记者调查智能电视使用“套路”******`: the stars a mirror prints after its copy of the headline. */
const TRAILING_STARS = /\*{3,}\s*$/

/** Whether a line opens with the marks of a list (`• `, `· `). */
const marked = (ctx: Context, line: Line): boolean => LEADING_MARKS.test(contentOf(ctx, line))

/** `县领导赴梁集镇“助三夏” -凯发体育手机`: a web page's title, the headline and the site's name. */
const SITE_SUFFIX = /^(.+?)\s*(?:\s-|_|\s\||－|——)\s*[^\s-_|－—][^-_|－—]{0,20}$/
/** The separators `SITE_SUFFIX` looks for. */
const SITE_SEPARATOR = /\s-|_|\s\||－|——/
/** The headline a page title repeats follows it within this many lines. */
const MAX_TITLE_DISTANCE = 4

/** Whether `lines[i]` is a web page's title: a later line within a few is its text before the site's name. */
function isPageTitle(ctx: Context, lines: Line[], i: number): boolean {
  const line = lines[i]!
  if (line.contentEnd - line.contentStart > MAX_HEADLINE_LENGTH) return false
  const content = contentOf(ctx, line)
  // most lines hold no separator at all: passed over at a glance
  if (!SITE_SEPARATOR.test(content)) return false
  const title = SITE_SUFFIX.exec(content)
  if (title === null) return false
  const headline = ctx.lexicon.fold(title[1]!).replace(/\s+/g, '')
  for (let k = 1; k <= MAX_TITLE_DISTANCE && i + k < lines.length; k++) {
    if (squeeze(ctx, lines[i + k]!) === headline) return true
  }
  return false
}

/** A headline printed again further down comes back within this many lines. */
const MAX_REPEAT_DISTANCE = 10

/**
 * Whether `lines[i]`, a headline's length, is printed again further down with page furniture and
 * nothing but short lines between: an e-paper reader's item title above the printed head
 * (`铺头村和美宜居入画来` / `日期:12-23` / `版面:第A03版` / a caption / kicker / `铺头村和美宜居入画来`).
 * `lines` holds the furniture too.
 */
function printedAgainBelow(ctx: Context, lines: Line[], i: number): boolean {
  const line = lines[i]!
  const room = line.contentEnd - line.contentStart
  if (room === 0 || room > MAX_HEADLINE_LENGTH) return false
  const text = squeeze(ctx, line)
  let furniture = false
  for (let k = 1; k <= MAX_REPEAT_DISTANCE && i + k < lines.length; k++) {
    const other = lines[i + k]!
    if (other.kind === 'chrome') {
      furniture = true
      continue
    }
    if (other.contentEnd - other.contentStart > MAX_EVIDENCE_LENGTH) return false
    // a dateline printed again (`新华社六日讯` over each dispatch of a page) is none of a list of headlines
    // the repeat is no longer than the line (a widget after its copy is left out of `text`)
    const length = other.contentEnd - other.contentStart
    if (furniture && length <= room && length >= text.length && squeeze(ctx, other) === text)
      return readDateline(ctx.folded(line.contentStart, line.contentEnd), ctx.lexicon) === null
  }
  return false
}

/** A list of the page's headlines holds at least this many lines, one after another. */
const MIN_CONTENTS_LINES = 3
/** A headline of the list is printed again within this many lines after it. */
const MAX_CONTENTS_DISTANCE = 8

/**
 * A list of the page's headlines above the articles, as web pages and e-paper guides print it: three
 * or more plain lines of a headline's shape (no `。`, no clause or label marks) with no blank line
 * between, one of them printed again within a few lines after the list. The list is furniture:
 *
 * ```
 * 為台灣拚經濟 卻開放晶圓廠登陸…這不是矛盾嗎?   ← furniture
 * 拿出魄力處罰晶圓偷跑業者!                     ← furniture
 * 為奧林匹亞競賽說幾句話                         ← furniture
 *
 * 為台灣拚經濟 卻開放晶圓廠登陸…這不是矛盾嗎?   ← the headline
 * ```
 */
function dropContentsLists(ctx: Context): void {
  const lines = allLines(ctx)
  let i = 0
  while (i < lines.length) {
    let end = i
    while (end < lines.length && isListedHeadline(ctx, lines[end]!)) end++
    if (end - i >= MIN_CONTENTS_LINES && printedAfter(ctx, lines, i, end)) {
      for (let k = i; k < end; k++) lines[k]!.kind = 'chrome'
    }
    i = Math.max(end, i + 1)
  }
}

/** A sentence's or a label's marks: a listed headline has none. */
const SENTENCE_MARKS = /[。,，、;；:：]/

/** A line of a headline's shape: plain text, not too long, no sentence's or label's marks. */
function isListedHeadline(ctx: Context, line: Line): boolean {
  if (line.kind !== 'body') return false
  const length = line.contentEnd - line.contentStart
  return length > 1 && length <= MAX_EVIDENCE_LENGTH && !SENTENCE_MARKS.test(contentOf(ctx, line))
}

/** Whether one of the lines from `from` to `to` is printed again within a few lines after them. */
function printedAfter(ctx: Context, lines: Line[], from: number, to: number): boolean {
  const listed = new Set<string>()
  for (let k = from; k < to; k++) listed.add(squeeze(ctx, lines[k]!))
  let seen = 0
  for (let k = to; k < lines.length && seen < MAX_CONTENTS_DISTANCE; k++) {
    const line = lines[k]!
    if (line.kind === 'blank') continue
    seen++
    if (line.kind !== 'chrome' && listed.has(squeeze(ctx, line))) return true
  }
  return false
}
