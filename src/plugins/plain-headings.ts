import { CREDIT_MARK, readByline } from '../extract/byline.js'
import { readLead } from '../extract/lead.js'
import { readPublishingLine } from '../extract/publishing-line.js'
import { endsLikePlace, isPlace } from '../facts/bare-names.js'
import { endsWithLeadInVerb } from '../facts/speech-verb-at.js'
import type { Context, Line } from '../pipeline/context.js'
import { LONG_LINE, lineFeatures } from '../label/line-features.js'
import { ECHO_MIN, ECHO_WINDOW, echo } from '../label/headline-echo.js'
import { readerFor } from '../dates/extract.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'
import { isUnitName } from '../vocabulary/unit-names.js'
import { definePlugin } from '../plugin.js'
import { signsNamesAlone } from '../label/signature.js'
import { wholeBold } from '../steps/label.js'
import { isHeadlineCandidate } from './headline-candidate.js'
import { cutLeadInKickers } from './lead-in-kickers.js'
import { allLines, contentOf, cutTeaser, endsInColon, makeHeading } from './lines.js'

const CLAUSE = /[,，、;；]/
/** An in-body subhead runs over two lines at most. */
const MAX_SUBHEAD_LINES = 2
/** A list's mark and its space before a line's words: `• `, `■`; a subtitle's dash is its own. */
const LIST_MARK = /^[•●○◆◇■□▲△★☆▪◎☉※►▶]\s*/

/**
 * Headlines in plain text, where no `#` tells a heading from a paragraph. Runs only on a page
 * with no heading at all (a dumped row's title field aside: the text under it is plain). A group of short lines that are no sentences (no `。`, no clause mark at
 * the end) is a headline when it opens the page, follows the end of an article (a byline, a
 * trailing dateline, page furniture, a teaser cut off with `...`), or is followed by a paragraph that opens with a dateline
 * (or, after a blank line, by a credit line: `奔向人工智能的“海油高地”` / `□ 田昀澍`);
 * elsewhere such a line is an in-body subhead. With no sizes to compare, roles go by position:
 * one line is the title; two, kicker and title (title and subtitle when the second opens with
 * `——` or says what each leader did at the meeting: `汪东进致辞 周心怀出席并讲话 俞进主持`, or when the
 * first says a meeting was held: `王兴主持召开县长办公会` / `安排部署重点工作任务`, or when the second
 * runs much longer: `SUBTITLE_LENGTH`); a line
 * ending in a colon leads into the title after it (`…发表习近平总书记重要文章：` / `《…讲话》`); three, kicker, title and subtitle; more, banners (related links) and the last line the title. Each guess is an `info`.
 *
 * Some pages print each headline after its body (PDF text in content-stream order). A page shows
 * that habit when its headlines echo the lead before them, not the one after (see
 * `headline-echo.ts`): there a group after a sentence that echoes the lead before it, and is
 * followed by the opening of an article (a dateline, a credit, a date), closes that article.
 */
export const plainHeadings = definePlugin({
  name: 'plain-headings',
  steps: [{ name: 'plain-headings', after: 'repeated-headlines', run: promoteHeadlines }],
})

function promoteHeadlines(ctx: Context): void {
  const all = allLines(ctx)
  if (all.some((line) => line.kind === 'heading' && line.attach !== 'forward' && line.wrapperTitle !== true)) return
  // `…座谈会上强调 民营经济…`: a kicker printed on the title's line is a line of the group
  cutLeadInKickers(ctx)
  const lines = allLines(ctx).filter((line) => line.kind !== 'blank')
  const trailingPage = printsHeadlinesAfter(ctx, lines)
  const sectionsAbove = labelsSections(ctx, lines)
  const digest = digestHeadlines(ctx, lines)
  let articleEnded = true // the page start counts as the end of an article
  let articleStart = 0
  // text read under the last headline: a credit before any (after the summary points, `●`, at
  // most) is the byline under the head, and ends nothing
  let textSinceHead = true
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.kind === 'chrome' || line.attach === 'forward') {
      articleEnded = true
      continue
    }
    const trailing =
      trailingPage && isHeadlineCandidate(ctx, line) ? trailingHeadline(ctx, lines, articleStart, i) : null
    if (trailing !== null) {
      closeWithHeadline(ctx, lines.slice(trailing.start, trailing.end + 1))
      articleEnded = true
      articleStart = trailing.end + 1
      i = trailing.end
      continue
    }
    // `邯郸的贫民贷款` / `吴象` / `本报讯 …`: names alone right under the headline sign the article,
    // whatever opens the text after them
    if (!textSinceHead && lines[i - 1]?.kind === 'heading' && signsUnderHeadline(ctx, line)) continue
    // `白甸镇:`, `周口市开发区公用事业局:` above the headline: its kicker, read with the group after it
    if (isNameKicker(ctx, line) && lines[i + 1] !== undefined && isHeadlineCandidate(ctx, lines[i + 1]!)) continue
    if (!isHeadlineCandidate(ctx, line)) {
      // a teaser cut off is text that ends its item; a credit ends an article only after its text
      const signOff = isSignOff(ctx, line)
      textSinceHead ||= line.bullet !== true && !signOff
      articleEnded = textSinceHead && (signOff || cutTeaser(ctx, line))
      continue
    }
    let j = i
    // a line of names alone under the headline signs the article (`邯郸的贫民贷款` / `吴象`), and a
    // publishing line stands under it (`2024-03-05 08:30 记者张三`): the group ends
    while (
      j + 1 < lines.length &&
      lines[j + 1]!.kind !== 'chrome' &&
      isHeadlineCandidate(ctx, lines[j + 1]!) &&
      !signsUnderHeadline(ctx, lines[j + 1]!) &&
      !isPublishingLine(ctx, lines[j + 1]!)
    )
      j++
    const after = lines[j + 1]
    const opensWithDateline =
      after !== undefined &&
      ((after.kind !== 'chrome' &&
        (opensWithLead(ctx, after) || (afterBlank(ctx, line) && isCreditLine(ctx, after)))) ||
        isPublishingLine(ctx, after))
    // a line with clause marks (`一个县50年没上过人民日报,一上就上`) is more often a broken sentence,
    // but not a subtitle that opens with a dash under the title (`——优化区域经济布局,促进区域协调发展`)
    // — nor a headline the page prints again (`repeated-headlines`)
    const broken = (l: Line, k: number): boolean =>
      l.reprinted !== true && CLAUSE.test(contentOf(ctx, l)) && !(k > 0 && contentOf(ctx, l).startsWith('——'))
    const k = opensWithDateline ? -1 : lines.slice(i, j + 1).findIndex(broken)
    if (k >= 0) {
      if (k === 0) {
        articleEnded = false
        continue
      }
      j = i + k - 1
    }
    const next = lines[j + 1]
    // a step knew the line opens an article: a headline glued to its text (`glued-headlines`)
    if (articleEnded || opensWithDateline || digest.has(line) || line.opensArticle === true) {
      const group = lines.slice(i, j + 1)
      // `社政` above `《蘋果日報》…暫停更新`, on a page whose sections stand above their headlines (`港聞`)
      if (sectionsAbove && group.length > 1 && SECTION_LABEL.test(contentOf(ctx, group[0]!))) {
        const label = group.shift()!
        label.kind = 'chrome'
        ctx.report(
          'page/section-label',
          'info',
          'A short label above a headline, on a page that prints its sections so, is read as a section: furniture.',
          { start: label.contentStart, end: label.contentEnd },
        )
      }
      // a bracketed line right under the headline that is no byline: `(2002年第3号)`
      if (
        after !== undefined &&
        /^\(.*\)$/.test(contentOf(ctx, after)) &&
        readByline(fold(ctx, after).slice(1, -1), ctx.lexicon) === null &&
        readLead(fold(ctx, after).slice(1), ctx.lexicon).dateline === null
      ) {
        group.push(after)
        j++
      }
      // a kicker that leads into the title with a colon: `杂志发表习近平总书记重要文章：` / `《在文艺工作座谈会上的讲话》`
      const title = lines[j + 2]
      if (after !== undefined && title !== undefined && leadsIntoTitle(ctx, after) && isHeadlineCandidate(ctx, title)) {
        group.push(after, title)
        j += 2
      }
      // the publishing line under the headline is part of the head, and a subtitle may follow it
      // (`县委书记的一天` / `发表日期:2011-02-12 点击` / `——走近县委书记(上)`): the article goes on after them
      if (lines[j + 1] !== undefined && lines[j + 1]!.kind === 'chrome' && isPublishingLine(ctx, lines[j + 1]!)) {
        j++
        const subtitle = lines[j + 1]
        if (subtitle !== undefined && isHeadlineCandidate(ctx, subtitle) && fold(ctx, subtitle).startsWith('——')) {
          group.push(subtitle)
          j++
        }
      }
      const above = lines[i - 1]
      if (above !== undefined && isNameKicker(ctx, above)) group.unshift(above)
      assignLevels(ctx, group)
      articleEnded = false
      articleStart = i
      textSinceHead = false
    } else {
      // one or two short lines between paragraphs are an in-body subhead (`凌晨時分走廊講電話` /
      // `鄰居三度報警`); a group at the end is a signature (a line of a narrow column's width is a
      // wrapped line of text)
      const group = lines.slice(i, j + 1)
      if (
        group.length <= MAX_SUBHEAD_LINES &&
        next !== undefined &&
        next.kind === 'body' &&
        group.every((l) => l.features?.columnWidth !== 1)
      )
        for (const l of group) l.subhead = true
      articleEnded = false
    }
    i = j
  }
}

const fold = (ctx: Context, line: Line): string => ctx.folded(line.contentStart, line.contentEnd)

/** A digest's briefs run as headline, paragraph, headline, paragraph…: this many pairs at least. */
const MIN_DIGEST_PAIRS = 3

/**
 * The headlines of a digest: single short lines, each over one paragraph that closes its sentence,
 * in a run of `MIN_DIGEST_PAIRS` pairs or more (`日本研制先进火箭…` / `《远东经济评论》说,…。` /
 * `民柬游击队攻占…` / `红色高棉组织十六日说,…。` …). Subheads of one text stand over several
 * paragraphs; numbered ones (`一、稳住经济大盘`) are no headline candidates.
 */
function digestHeadlines(ctx: Context, lines: Line[]): Set<Line> {
  const heads = new Set<Line>()
  let run: Line[] = []
  let lastPair = -2
  const flush = (): void => {
    if (run.length >= MIN_DIGEST_PAIRS) for (const line of run) heads.add(line)
    run = []
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    const text = lines[i + 1]!
    const pair =
      isHeadlineCandidate(ctx, line) &&
      text.kind === 'body' &&
      !isHeadlineCandidate(ctx, text) &&
      CLOSING_PUNCTUATION.has(contentOf(ctx, text).slice(-1)) &&
      (lines[i + 2] === undefined || lines[i + 2]!.kind !== 'body' || isHeadlineCandidate(ctx, lines[i + 2]!))
    if (!pair) continue
    if (lastPair !== i - 2) flush()
    run.push(line)
    lastPair = i
    i++
  }
  flush()
  return heads
}

/** A label of two to four Han characters alone on a line: `社政`, `港聞`. */
const SECTION_LABEL = /^[\u3400-\u9fff]{2,4}$/

/**
 * Whether the page prints its sections above their headlines: a line of a section's name alone
 * (furniture: `港聞`) stands right above a headline line. The other such labels above headlines
 * on the page (`社政`) are sections too, not kickers or titles.
 */
function labelsSections(ctx: Context, lines: Line[]): boolean {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    if (line.kind !== 'chrome' || line.features?.sectionOnly !== 1 || !SECTION_LABEL.test(contentOf(ctx, line)))
      continue
    if (isHeadlineCandidate(ctx, lines[i + 1]!)) return true
  }
  return false
}

/** `白甸镇:`, `周口市开发区公用事业局:`: a name and a colon alone on a line. */
const MAX_PLACE_NAME = 6
const NAME_LABEL = /^([\u3400-\u9fff]{2,12})\s*:$/

/**
 * Whether a line is a place's or a unit's name and a colon (`白甸镇:`, `周口市开发区公用事业局:`), as
 * county papers print a kicker above the title; a clause that leads in (`现将事项通知如下:`) is none.
 */
function isNameKicker(ctx: Context, line: Line): boolean {
  if (line.kind !== 'body') return false
  const label = NAME_LABEL.exec(fold(ctx, line))
  if (label === null) return false
  const name = label[1]!
  return (name.length <= MAX_PLACE_NAME && endsLikePlace(name)) || isUnitName(name)
}

/** What no line's token tells: the characters alone are read. */
const NO_MARKS = { heading: false, bold: false, dateline: false, credit: false }

/**
 * A web copy's publishing line, which follows the headline: labelled fields (`2017-03-08 09:00:03
 * 来源: 婺城新闻网`), or furniture that holds a date and a publishing label or a widget's word
 * (`人民日报海外版 2022年01月01日 报道 浏览次数:`), or a date stamped with a time (`2025-11-24 06:56`).
 */
function isPublishingLine(ctx: Context, line: Line): boolean {
  const folded = fold(ctx, line)
  if (readPublishingLine(folded, ctx.lexicon) !== null) return true
  if (line.kind !== 'chrome') return false
  const features = lineFeatures(folded, NO_MARKS)
  return features.hasDate === 1 && (features.metaLabel === 1 || features.navigation === 1 || STAMPED_TIME.test(folded))
}

/** A time of day after a date: a web copy's publishing stamp (`2025-11-24 06:56`), which a paper's date line has not. */
const STAMPED_TIME = /\d\s*(?:日|\s)\s*\d{1,2}:\d{2}/

/** Whether a line opens with a lead: a dateline, or an inline credit with none (`记者李浩然报道:`). */
function opensWithLead(ctx: Context, line: Line): boolean {
  const lead = readLead(fold(ctx, line), ctx.lexicon)
  return lead.dateline !== null || lead.byline !== null
}

/** The last line of the group of headline candidates from `i`, cut before its first clause line (`i - 1`: none). */
function groupEnd(ctx: Context, lines: Line[], i: number): number {
  let j = i - 1
  while (j + 1 < lines.length && lines[j + 1]!.kind !== 'chrome' && isHeadlineCandidate(ctx, lines[j + 1]!)) {
    // a clause line, or the publishing line under the headline (`2024-03-05 08:30 记者张三`), ends it
    if (CLAUSE.test(contentOf(ctx, lines[j + 1]!)) || isPublishingLine(ctx, lines[j + 1]!)) break
    j++
  }
  return j
}

/** Whether the last line of text before `i` (furniture passed over: `（下转第二版）`) ends a sentence. */
function followsSentence(ctx: Context, lines: Line[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && lines[k]!.kind === 'chrome') k--
  const before = lines[k]
  if (before === undefined || before.kind !== 'body') return false
  return CLOSING_PUNCTUATION.has(ctx.normalized.text.charAt(before.contentEnd - 1))
}

/** The text of lines `from`…`to - 1`, furniture left out: the start of an article's lead. */
function leadText(ctx: Context, lines: Line[], from: number, to: number): string {
  let text = ''
  for (let k = from; k < to && text.length < ECHO_WINDOW; k++)
    if (lines[k]!.kind !== 'chrome') text += contentOf(ctx, lines[k]!)
  return text
}

/** Whether line `i` opens an article: a dateline, a credit line, or a date at its start (`10 月 9 日，…`). */
function articleOpensAt(ctx: Context, lines: Line[], i: number): boolean {
  const line = lines[i]
  if (line === undefined || line.kind === 'chrome') return false
  const folded = fold(ctx, line)
  if (opensWithLead(ctx, line) || isCreditLine(ctx, line) || line.kind === 'paren') return true
  const head = folded.slice(0, 24).replace(/[ \u3000]/g, '')
  const first = readerFor().read(head, { issue: null, reference: null, previous: null })[0]
  return first !== undefined && first.index === 0 && first.value.stated.day !== undefined
}

/** A line of names alone (`宗何`): the signature that ends an article, no headline. */
function isSignature(ctx: Context, line: Line): boolean {
  const credit = readByline(fold(ctx, line), ctx.lexicon)
  return credit !== null && credit.outlet === null && credit.contributors.every((c) => c.roleWord === null)
}

/** A line of names alone under a headline (`邯郸的贫民贷款` / `吴象`): the article's signature. */
function signsUnderHeadline(ctx: Context, line: Line): boolean {
  const folded = fold(ctx, line)
  const credit = readByline(folded, ctx.lexicon)
  return credit !== null && signsNamesAlone(credit, folded, ctx.lexicon)
}

const joined = (ctx: Context, group: Line[]): string => group.map((line) => contentOf(ctx, line)).join('')

/**
 * A headline printed after its article (whose lines start at `from`), in the candidates from `i`:
 * after a sentence and a signature, if any, the lines that echo the article's lead, more than
 * the text after them, followed by an article's opening or the page's end. Null when there is none.
 */
function trailingHeadline(ctx: Context, lines: Line[], from: number, i: number): { start: number; end: number } | null {
  if (from >= i || !followsSentence(ctx, lines, i)) return null
  const last = groupEnd(ctx, lines, i)
  let start = i
  while (start <= last && isSignature(ctx, lines[start]!)) start++
  const before = leadText(ctx, lines, from, i)
  let end = start - 1
  while (end < last && echo(contentOf(ctx, lines[end + 1]!), before) >= ECHO_MIN) end++
  if (end < start) return null
  const words = joined(ctx, lines.slice(start, end + 1))
  const after = leadText(ctx, lines, end + 1, lines.length)
  const closes = end + 1 === lines.length || articleOpensAt(ctx, lines, end + 1)
  return closes && echo(words, before) > echo(words, after) ? { start, end } : null
}

/**
 * Whether the page prints its headlines after their bodies: two or more groups after a sentence
 * read as headlines of the article before them, and more than the groups that echo the text after them.
 */
function printsHeadlinesAfter(ctx: Context, lines: Line[]): boolean {
  let back = 0
  let forward = 0
  let from = 0
  for (let i = 0; i < lines.length; i++) {
    if (!isHeadlineCandidate(ctx, lines[i]!) || !followsSentence(ctx, lines, i)) continue
    const trailing = trailingHeadline(ctx, lines, from, i)
    if (trailing !== null) {
      back++
      from = trailing.end + 1
      i = trailing.end
      continue
    }
    const last = groupEnd(ctx, lines, i)
    if (last < i) continue
    const words = joined(ctx, lines.slice(i, last + 1))
    const after = echo(words, leadText(ctx, lines, last + 1, lines.length))
    if (
      articleOpensAt(ctx, lines, last + 1) &&
      after >= ECHO_MIN &&
      after > echo(words, leadText(ctx, lines, from, i))
    ) {
      forward++
      from = last + 1
    }
    i = last
  }
  return back >= 2 && back > forward
}

/** A headline printed after its article: it closes that article (see `build`). */
function closeWithHeadline(ctx: Context, group: Line[]): void {
  assignLevels(ctx, group)
  for (const line of group) line.trailing = true
}

/** Whether a blank line stands before `line`: it opens a block of its own. */
function afterBlank(ctx: Context, line: Line): boolean {
  const { text } = ctx.normalized
  let i = line.start - 1
  if (text.charCodeAt(i) !== 0x0a) return line.start === 0
  i--
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--
  return i < 0 || text.charCodeAt(i) === 0x0a
}

/** A credit line under a headline: names after a credit mark (`□ 田昀澍`), or role words and names (`本报记者 张三`). */
function isCreditLine(ctx: Context, line: Line): boolean {
  const folded = fold(ctx, line)
  const credit = readByline(folded, ctx.lexicon)
  return credit !== null && (CREDIT_MARK.test(folded) || credit.contributors.some((c) => c.roleWord !== null))
}

/** A line that signs an article off: a credit line (`□ 本报记者 张守坤`, `(记者 张三)`), a trailing dateline or agency in brackets. */
function isSignOff(ctx: Context, line: Line): boolean {
  const folded = fold(ctx, line)
  const inner = line.kind === 'paren' ? folded.slice(1, -1) : folded
  const credit = readByline(inner, ctx.lexicon)
  if (credit !== null && (line.kind === 'paren' || credit.contributors.some((c) => c.roleWord !== null))) return true
  // `(新华社北京12月31日电)`, and the agency alone an item comes from: `(法新社)`
  return line.kind === 'paren' && (readLead(inner, ctx.lexicon).dateline !== null || ctx.lexicon.isOutlet(inner))
}

/** A short body line, no sentence or clause in it, that ends in a colon: it leads into the line after it. */
function leadsIntoTitle(ctx: Context, line: Line): boolean {
  const content = contentOf(ctx, line)
  return (
    line.kind === 'body' &&
    content.length <= LONG_LINE &&
    endsInColon(ctx, line) &&
    !CLAUSE.test(content) &&
    !content.includes('。')
  )
}

/** What a meeting report's subtitle says each leader did, closing each of its parts. */
const ROLE_AT_MEETING = /(?:出席|主持|讲话|致辞|发言|参加|陪同|会见|宣读)$/

/**
 * `汪东进致辞 周心怀出席并讲话 俞进主持`, `李强主持`: a line that says, part by part, what each
 * leader did at the meeting — a report's subtitle, never its kicker.
 */
function namesRolesAtMeeting(content: string): boolean {
  const parts = content.split(/\s+/).filter((part) => part.length > 0)
  return parts.length > 0 && parts.every((part) => part.length >= 3 && ROLE_AT_MEETING.test(part))
}

/** A meeting held, closing the line: `王兴主持召开县长办公会`, `全国政协举行新年茶话会`. */
const MEETING_HELD = /(?:召开|举行)\S{0,24}(?:会|会议|仪式|论坛)$/

/**
 * `王兴主持召开县长办公会` / `安排部署重点工作任务`: a meeting report's title says the meeting was
 * held, and the line under it what the meeting did — its subtitle, not the title after a kicker.
 */
const holdsMeeting = (content: string): boolean => MEETING_HELD.test(content)

/** The characters of a headline line without its spaces. */
const wordsLength = (content: string): number => content.replace(/\s+/g, '').length

/**
 * How much longer than the line above a subtitle runs, at least (`艺术节送戏到基层` /
 * `十多个剧团为6万多观众演出11场`); a line about as long is the title under a kicker
 * (`学习贯彻党的二十大精神` / `全区安全生产工作会议召开`). Set on the two-line heads of the eval
 * pages' gold: the subtitles ran 1.3 to 3 times their title, the titles 0.6 to 1.1 times their kicker.
 */
const SUBTITLE_LENGTH = 1.25

/** A line of two to six Han characters alone: a place's name (`万灵镇`) when jieba's places say so. */
const PLACE_ALONE = /^[\u3400-\u9fff]{2,6}$/

/** The levels of a headline group's lines by position: 1 the title, 2 kicker or subtitle. */
function levelsOf(ctx: Context, group: Line[]): number[] {
  const n = group.length
  // the line after a kicker that ends in a colon is the title; the lines up to the colon lead into it
  const colon = group.findIndex((line, index) => index < n - 1 && endsInColon(ctx, line))
  if (colon >= 0) return group.map((_, index) => (index === colon + 1 ? 1 : 2))
  if (n === 1) return [1]
  if (n === 2) {
    const first = ctx.folded(group[0]!.contentStart, group[0]!.contentEnd)
    const second = ctx.folded(group[1]!.contentStart, group[1]!.contentEnd)
    if (/^(?:——|\()/.test(second) || namesRolesAtMeeting(second) || holdsMeeting(first)) return [1, 2]
    // the main head is the shorter line: a line under it much longer says more, its subtitle —
    // unless the first is a place alone (`万灵镇`) or ends in what someone says or asks
    // (`北京市委、市政府宣布`, `中宣部发出通知要求`): a kicker that leads into the title
    const leadsIn = (PLACE_ALONE.test(first) && (endsLikePlace(first) || isPlace(first))) || endsWithLeadInVerb(first)
    return wordsLength(second) >= SUBTITLE_LENGTH * wordsLength(first) && !leadsIn ? [1, 2] : [2, 1]
  }
  // kicker lines, the title, the subtitle: three lines, or one headline printed again line by line
  if (n === 3 || group.every((line) => line.reprinted)) return group.map((_, index) => (index === n - 2 ? 1 : 2))
  // more: banners (related links), the last line the title
  return [...Array<number>(n - 1).fill(2), 1]
}

function assignLevels(ctx: Context, group: Line[]): void {
  const n = group.length
  const levels = levelsOf(ctx, group)
  group.forEach((line, index) => {
    if (wholeBold(line)) {
      // the heading is the bold words, without their `**`
      line.contentStart = line.lead!.words.start
      line.contentEnd = line.lead!.words.end
      delete line.lead
    }
    // a list's mark before the words (`• 市县议员和村长难产…`) is no word of the headline
    makeHeading(line, levels[index]!, LIST_MARK.exec(contentOf(ctx, line))?.[0].length ?? 0)
  })
  if (n > 1) {
    ctx.report(
      'headline/guessed-roles',
      'info',
      `Plain text gives no heading sizes: ${n} headline lines were read by position.`,
      {
        start: group[0]!.contentStart,
        end: group[n - 1]!.contentEnd,
      },
    )
  }
}
