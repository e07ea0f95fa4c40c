import { type DatelineReading, readDateline } from '../extract/dateline.js'
import { readLead } from '../extract/lead.js'
import { MAX_EVIDENCE_LENGTH } from '../label/line-features.js'
import type { ArticleDraft, Context, Line } from '../pipeline/context.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'

/** A dateline opens a line within this many characters. */
const LEAD_WINDOW = 40

/**
 * build: runs → article drafts. Each text run is an article's body; the heading run before it
 * holds its headline, read by relative level: the title is the last heading of the largest size
 * (fewest `#`), a smaller heading right before it the kicker, a smaller one right after it the
 * subtitle, any other a banner. A line the label step found to open an article (a brief item)
 * ends the article before it; so does a new dispatch — a lead whose dateline names its outlet or
 * date (`【本報消息】…`, `本报讯（记者 张雪峰）…`) — after a bracketed line or furniture, or where
 * the article has no headline (several dispatches under one headline stay one article).
 * A headline printed after its body (`line.trailing`) closes the article instead.
 * Headings after the last text run wait in `pageEndHeadings`.
 */
export function build(ctx: Context): void {
  let headings: Line[] = []
  let body: Line[] = []
  /** Headlines printed after the body (`line.trailing`): they close the article. */
  let trailing: Line[] = []
  /** The line before closed an article: a line in brackets (a byline, a trailing dateline) or furniture. */
  let closed = false
  /** The body holds a sentence already (not only credits above it). */
  let text = false
  for (const run of ctx.runs) {
    // steps may have turned lines into headings or chrome: group by kind, not by the grammar's runs
    for (const line of run.lines) {
      if (line.kind === 'blank') {
        if (body.length > 0) body.push(line)
        continue
      }
      const after = closed && text
      closed = line.kind === 'chrome' || line.kind === 'paren'
      if (line.kind === 'heading' && line.trailing === true && body.length > 0) {
        trailing.push(line)
        continue
      }
      if (trailing.length > 0) {
        // a headline printed after its body closes that article
        ctx.drafts.push(draftFrom(ctx, [...headings, ...trailing], body))
        headings = []
        body = []
        trailing = []
        text = false
      }
      if (line.kind === 'chrome') continue
      if (line.kind === 'heading') {
        if (body.length > 0) {
          ctx.drafts.push(draftFrom(ctx, headings, body))
          headings = []
          body = []
          text = false
        }
        headings.push(line)
      } else if (body.length > 0 && (line.opensArticle || startsDispatch(ctx, line, after, headings, body))) {
        // a brief item, or a new dispatch after the end of one or where no headline stands
        ctx.drafts.push(draftFrom(ctx, headings, body))
        headings = []
        body = [line]
        text = isSentence(ctx, line)
      } else {
        body.push(line)
        text ||= isSentence(ctx, line)
      }
    }
  }
  if (body.length > 0) ctx.drafts.push(draftFrom(ctx, [...headings, ...trailing], body))
  else ctx.pageEndHeadings = headings
}

/** A line of text, not a credit or a label: long, or with a full stop or closing punctuation. */
function isSentence(ctx: Context, line: Line): boolean {
  if (line.kind !== 'body' && line.kind !== 'lead') return false
  if (line.contentEnd - line.contentStart > MAX_EVIDENCE_LENGTH) return true
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
  if (outlet == null || after) return outlet != null
  const own = dispatchOutlet(ctx, body[0]!)
  return own === undefined || own === outlet
}

/**
 * The outlet of the full dateline a line opens with (`【本報消息】…` → `本报`; `''` for one that
 * names only its date: `芙蓉26日讯`); null for a dateline that names neither (`东昌府讯`), undefined
 * for a line with no dateline.
 */
function dispatchOutlet(ctx: Context, line: Line): string | null | undefined {
  const { text } = ctx.normalized
  let words: string
  let reading: DatelineReading | null | undefined
  if (line.kind === 'lead' && line.lead !== undefined) {
    words = ctx.lexicon.fold(text.slice(line.lead.words.start, line.lead.words.end))
    reading = readDateline(words, ctx.lexicon)
  } else if (line.kind === 'body') {
    words = ctx.lexicon.fold(text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + LEAD_WINDOW)))
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
  // a labelled column (`专栏:X`) or a known column name takes no headline role whatever its size
  const column = (line: Line): boolean =>
    ctx.lexicon.isColumn(ctx.lexicon.fold(ctx.normalized.text.slice(line.contentStart, line.contentEnd)))
  const columns = new Set(headings.filter(column))
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
