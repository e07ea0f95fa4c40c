import type { IToken } from 'chevrotain'
import {
  type ArticleParse,
  ArticleParser,
  articleToken,
  Blank,
  Heading,
  type OpensArticle,
  Text,
  TrailingHeading,
} from '../../grammar/article-parser.js'
import { type DatelineReading, readDateline } from '../extract/dateline.js'
import { readLead } from '../extract/lead.js'
import { ECHO_MIN, ECHO_WINDOW, echo } from '../label/headline-echo.js'
import { MAX_EVIDENCE_LENGTH } from '../label/line-features.js'
import { endsWithPhotoCredit, isCreditedCaption } from '../label/photo-items.js'
import type { ArticleDraft, Context, Line } from '../pipeline/context.js'
import { cutTeaser, endsInColon } from '../plugins/lines.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'

/** A column's label in brackets on a line of its own: `【图片新闻】`. */
const BRACKETED_LABEL = /^【[^】]+】$/
/** A listing's link to more of a column, after its label: `社論 更多`, `要闻 更多>>`. */
const MORE_LINK = /(?<=\S)\s*(?:更多|more)\s*[>»]*$/i

/** Where a heading's words as a label lie in its folded content: inside brackets, before a link to more. */
function labelRange(folded: string): [number, number] {
  if (BRACKETED_LABEL.test(folded)) return [1, folded.length - 1]
  const more = MORE_LINK.exec(folded)
  return [0, more === null ? folded.length : more.index]
}

/** A heading's words as a label: `【图片新闻】` → 图片新闻, `社论 更多` → 社论. */
const labelWords = (folded: string): string => folded.slice(...labelRange(folded))

/** A dateline opens a line within this many characters. */
const LEAD_WINDOW = 40

/** The article grammar is the same for every parser: built once, on first use. */
let articleParser: ArticleParser | null = null

/**
 * build: the labelled lines → article drafts, as the article grammar (`grammar/article-parser.ts`)
 * reads them: an article is its headings, then its text, then the headlines printed after it
 * (`line.trailing`). Each heading run before a text holds its headline, read by relative level:
 * the title is the last heading of the largest size (fewest `#`), a smaller heading right before
 * it the kicker (with the lines above it of a headline printed again line by line), a smaller one
 * right after it the subtitle, any other a banner. The grammar's
 * `GATE` asks where a text line opens an article of its own: a line the label step found to open
 * one (a brief item), or a new dispatch — a lead whose dateline names its outlet or date
 * (`【本報消息】…`, `本报讯（记者 张雪峰）…`) — after a bracketed line, furniture or a teaser cut
 * off (`…...`), or at the captions printed between one of these and its lead — or where the
 * article has no headline (several dispatches under one headline stay one article). Furniture
 * is out of the grammar's stream: it splits no article. Headings after the last text wait in
 * `pageEndHeadings`, unless a kicker ending in a colon leads into their title: a notice of its own.
 */
export function build(ctx: Context): void {
  const tokens: IToken[] = []
  /** Lines whose line before (blank lines passed over) closed an article: in brackets (a byline, a trailing dateline) or furniture. */
  const afterClosing = new Set<Line>()
  let closed = false
  for (const run of ctx.runs) {
    for (const line of run.lines) {
      if (line.kind === 'blank') {
        tokens.push(articleToken(Blank, line, tokens.length))
        continue
      }
      if (closed) afterClosing.add(line)
      // a teaser cut off ends its item too: the listing's next lead opens its own, whatever its outlet
      closed = line.kind === 'chrome' || line.kind === 'paren' || cutTeaser(ctx, line)
      if (line.kind === 'chrome') continue
      const type = line.kind !== 'heading' ? Text : line.trailing === true ? TrailingHeading : Heading
      tokens.push(articleToken(type, line, tokens.length))
    }
  }
  const captions = captionsOpening(ctx, afterClosing)
  // whether the article's body holds a sentence already (not only credits above it): read once a line
  let reading: ArticleParse<Line> | null = null
  let read = 0
  let text = false
  const opens: OpensArticle<Line> = (line, article) => {
    if (line.opensArticle === true) return true
    // the dispatch that the captions above it opened goes on
    const first = article.body[0]
    if (first !== undefined && captions.has(first) && article.body.every((l) => l.kind === 'blank' || captions.has(l)))
      return false
    if (article !== reading) {
      reading = article
      read = 0
      text = false
    }
    for (; read < article.body.length; read++) text ||= isSentence(ctx, article.body[read]!)
    return startsDispatch(ctx, line, afterClosing.has(line) && text, article.headings, article.body)
  }
  articleParser ??= new ArticleParser()
  const { articles, pageEnd } = articleParser.read(tokens, opens)
  // the grammar places every line (tests/grammar.test.ts reads every page of up to six lines)
  for (const error of articleParser.errors) {
    const line = error.token.payload as Line | undefined
    const span = line === undefined ? { start: 0, end: 0 } : { start: line.contentStart, end: line.contentEnd }
    ctx.report('parse/unexpected-line', 'error', error.message, span)
  }
  for (const article of articles) ctx.drafts.push(draftFrom(ctx, article.headings, article.body))
  if (introducesItsTitle(ctx, pageEnd)) ctx.drafts.push(draftFrom(ctx, pageEnd, []))
  else ctx.pageEndHeadings = pageEnd
}

/**
 * Captions printed above a dispatch after the end of the article before (`港聞 2014年09月16日` /
 * `…造成阻塞。(盧翊銘攝)` / `【明報專訊】…`): they open the dispatch's article, not close the one
 * before, and the dispatch's dateline goes on in it. The first of each such run of captions after a
 * closing is marked to open an article when the run leads to a dispatch's full dateline; the
 * captions are returned.
 */
function captionsOpening(ctx: Context, afterClosing: Set<Line>): Set<Line> {
  const captions = new Set<Line>()
  for (const run of ctx.runs) {
    const lines = run.lines.filter((line) => line.kind !== 'blank')
    for (let i = 0; i < lines.length; i++) {
      if (!afterClosing.has(lines[i]!) || !isCreditedCaption(ctx, lines[i]!)) continue
      let j = i
      while (j + 1 < lines.length && isCreditedCaption(ctx, lines[j + 1]!)) j++
      const next = lines[j + 1]
      if (next !== undefined && dispatchOutlet(ctx, next) != null) {
        lines[i]!.opensArticle = true
        for (let k = i; k <= j; k++) captions.add(lines[k]!)
      }
      i = j
    }
  }
  return captions
}

/**
 * Headings at the page end whose title comes after a kicker ending in a colon are a headline of
 * their own, a notice with nothing under it (`…杂志发表习近平总书记重要文章：` / `《在文艺工作座谈会上的讲话》`),
 * not banners of the article before.
 */
function introducesItsTitle(ctx: Context, headings: Line[]): boolean {
  const title = headings[headings.length - 1]
  const kicker = headings[headings.length - 2]
  if (title === undefined || kicker === undefined || kicker.level <= title.level) return false
  return endsInColon(ctx, kicker)
}

/** A line of text, not a credit or a label: long, a teaser cut off, or with a full stop or closing punctuation. */
function isSentence(ctx: Context, line: Line): boolean {
  if (line.kind !== 'body' && line.kind !== 'lead') return false
  if (line.contentEnd - line.contentStart > MAX_EVIDENCE_LENGTH || cutTeaser(ctx, line)) return true
  const { text } = ctx.normalized
  return (
    CLOSING_PUNCTUATION.has(text.charAt(line.contentEnd - 1)) ||
    text.slice(line.contentStart, line.contentEnd).includes('。')
  )
}

/**
 * Whether `line` starts a new dispatch: it opens with a full dateline, and the line before closed
 * an article, or the article has no headline and its own dateline (if any) names the same outlet —
 * a relayed dispatch of another agency (`【本刊讯】…` then `【路透社台北九月二十七日电】…`) continues it.
 */
function startsDispatch(ctx: Context, line: Line, after: boolean, headings: Line[], body: Line[]): boolean {
  if (!after && headings.length > 0) return false
  const outlet = dispatchOutlet(ctx, line)
  if (outlet == null) return false
  const own = after ? undefined : dispatchOutlet(ctx, body[0]!)
  if (own !== undefined && own !== outlet) return false
  // asked only where a dispatch would start: captions printed before its dateline are its own,
  // and under a headline with nothing but captions the dispatch is the headline's
  if (headings.length > 0) return !onlyCaptions(ctx, body)
  return !picturesDispatch(ctx, body, line)
}

/** Whether every line so far is a photo's caption closed by its credit (`…吶喊慶祝。中央社記者鄭清元攝`). */
function onlyCaptions(ctx: Context, body: Line[]): boolean {
  let captions = 0
  for (const line of body) {
    if (line.kind === 'blank') continue
    if (!endsWithPhotoCredit(ctx, line)) return false
    captions++
  }
  return captions > 0
}

/**
 * Whether the lines so far are the photo captions of the dispatch that `line` opens, printed
 * before its dateline: each closes with its photographer's credit and restates the dispatch's lead
 * (`浚县农商银行员工代表在烈士公墓前默哀。 王硕 摄` / `本报讯 （记者 汪丽娜 通讯员 王硕）4月4日上午，浚县农商银行…`).
 */
function picturesDispatch(ctx: Context, body: Line[], line: Line): boolean {
  const { text } = ctx.normalized
  let lead: string | null = null
  let captions = 0
  // stops at the first line that is no such caption: most articles' first line
  for (const caption of body) {
    if (caption.kind === 'blank') continue
    if (!endsWithPhotoCredit(ctx, caption)) return false
    lead ??= text.slice(line.contentStart, line.contentStart + ECHO_WINDOW)
    if (echo(text.slice(caption.contentStart, caption.contentEnd), lead) < ECHO_MIN) return false
    captions++
  }
  return captions > 0
}

/**
 * The outlet of the full dateline a line opens with (`【本報消息】…` → `本报`; `''` for one that
 * names only its date: `芙蓉26日讯`); null for a dateline that names neither (`东昌府讯`), undefined
 * for a line with no dateline.
 */
function dispatchOutlet(ctx: Context, line: Line): string | null | undefined {
  let words: string
  let reading: DatelineReading | null | undefined
  if (line.kind === 'lead' && line.lead !== undefined) {
    words = ctx.folded(line.lead.words.start, line.lead.words.end)
    reading = readDateline(words, ctx.lexicon)
  } else if (line.kind === 'body') {
    words = ctx.folded(line.contentStart, Math.min(line.contentEnd, line.contentStart + LEAD_WINDOW))
    const lead = readLead(words, ctx.lexicon).dateline
    reading = lead?.reading
    if (lead !== null) words = words.slice(lead.start, lead.end)
  } else return undefined
  if (reading == null) return undefined
  if (reading.outlet === null && reading.date === null) return null
  return reading.outlet === null ? '' : words.slice(reading.outlet[0], reading.outlet[1])
}

function draftFrom(ctx: Context, headings: Line[], body: Line[]): ArticleDraft {
  const draft: ArticleDraft = {
    headings,
    kicker: null,
    kickerFrom: null,
    title: null,
    subtitle: null,
    leadingBanners: [],
    innerBanners: [],
    column: null,
    banners: [],
    body,
    bylines: [],
    dateline: null,
    columnSpan: null,
    titleSpan: null,
    paragraphs: [],
    furniture: [],
    extent: null,
  }
  // a labelled column (`专栏:X`) or a known column name, in brackets or none (`【图片新闻】`), takes
  // no headline role whatever its size
  const column = (line: Line): boolean =>
    ctx.lexicon.isColumn(labelWords(ctx.folded(line.contentStart, line.contentEnd)))
  const columns = new Set(headings.filter(column))
  // the column's words are the label's, its brackets or link left out: `【图片新闻】` → 图片新闻
  for (const line of columns) {
    const folded = ctx.folded(line.contentStart, line.contentEnd)
    const [start, end] = labelRange(folded)
    line.contentEnd = line.contentStart + end
    line.contentStart += start
  }
  const named = headings.filter(
    (line) => line.contentEnd > line.contentStart && line.attach !== 'forward' && !columns.has(line),
  )
  if (named.length === 0) {
    draft.innerBanners = headings.filter((line) => line.attach === 'forward' || columns.has(line))
    return draft
  }
  let titleIndex = 0
  for (let i = 1; i < named.length; i++) if (named[i]!.level <= named[titleIndex]!.level) titleIndex = i
  const title = named[titleIndex]!
  draft.title = title
  let first = titleIndex
  let last = titleIndex
  const before = named[titleIndex - 1]
  if (before !== undefined && before.level > title.level) {
    draft.kicker = before
    first--
    // a headline printed again line by line is one headline: the lines above its kicker are kicker too
    while (
      first > 0 &&
      before.reprinted === true &&
      named[first - 1]!.reprinted === true &&
      named[first - 1]!.level === before.level
    )
      first--
    if (first < titleIndex - 1) draft.kickerFrom = named[first]!
  }
  const after = named[titleIndex + 1]
  if (after !== undefined && after.level > title.level) {
    draft.subtitle = after
    last++
  }
  // banners in page order: labelled columns, and named headings outside kicker…subtitle
  const role = new Map(named.map((line, index) => [line, index]))
  const isBanner = (line: Line): boolean => {
    const index = role.get(line)
    return line.attach === 'forward' || columns.has(line) || (index !== undefined && (index < first || index > last))
  }
  draft.leadingBanners = headings.filter((line) => isBanner(line) && line.start < named[first]!.start)
  draft.innerBanners = headings.filter((line) => isBanner(line) && line.start >= named[first]!.start)
  return draft
}
