import { readByline } from '../extract/byline.js'
import { readLead } from '../extract/lead.js'
import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { cutAtGaps, cutLine, isGap } from './lines.js'

/** A lead is read within this many characters. */
const LEAD_WINDOW = 80
/** A kind word, then the byline's bracket: where a full lead's dateline ends. */
const KIND_THEN_BRACKET = /(?:讯|訊|电|電|报道|報道|报导|報導|消息)\s*\(/g
/** The words of a dateline before its kind word are at most this long. */
const MAX_LEAD_WORDS = 24
/** A sentence's end, perhaps with its closing quote, right before a lead (a space of the layout between). */
const AFTER_SENTENCE = /[。！？!?][”」』)]?\s*$/
/**
 * A headline spaced off between a sentence's end and the lead, as a flattened page prints it
 * (`…重新運轉。 逾千兩岸青年共話創業 香港文匯報訊(記者…)`): four to thirty characters, no clause or
 * sentence marks; the group is its words.
 */
const SPACED_HEADLINE =
  /[。！？!?][”」』)]?\s+([^。！？!?,，、;；:：\s](?:[^。！？!?,，、;；:：]{2,28}[^。！？!?,，、;；:：\s]))\s+$/
/** A place's name right before an outlet, spaced off before it, is the outlet's (`香港` of `香港文匯報`): two or three characters. */
const PLACE_BEFORE_OUTLET = [2, 3]
/** A headline glued to the lead after it is this long at most, with no clause or sentence marks. */
const GLUED_HEADLINE = 30
const CLAUSE_OR_SENTENCE = /[。！？!?,，、;；:：]/

/**
 * Dispatches run together on one line, as a flipbook's text layer or a converter prints a page:
 * a full lead — a dateline that names its outlet, and a byline in brackets — after a sentence's
 * end, or glued to a headline or credit before it, starts the next dispatch. The line is cut
 * there, and the part opens an article of its own:
 *
 * ```
 * …堪稱史上“最忙”春運。本報訊(德州晚報全媒體記者 張明凱)1 月 30 日,德州市…
 *                      ↑ a line of its own from here
 * ```
 *
 * A short line's credit glued to its headline after a credit's mark is cut off the same way
 * (`合肥各界对报纸充满期待□本刊记者 王晓峰 文/图`).
 */
export const inlineLeads = definePlugin({
  name: 'inline-leads',
  steps: [{ name: 'inline-leads', after: 'archive-records', run: cutAtLeads }],
})

function cutAtLeads(ctx: Context): void {
  /** The last lines with text, newest last: a headline printed again may open a run-on line. */
  const above: Line[] = []
  for (const run of ctx.runs) {
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      if (line.kind === 'blank') continue
      if (line.kind !== 'body') {
        remember(above, line)
        continue
      }
      const parts =
        line.contentEnd - line.contentStart <= LEAD_WINDOW
          ? partsAtCreditMark(ctx, line)
          : partsAtLeads(ctx, line, above)
      remember(above, line)
      if (parts.length === 1) continue
      run.lines.splice(i, 1, ...parts)
      i += parts.length - 1
    }
  }
}

/** How many lines above a run-on line are looked at for the headline it prints again. */
const HEADLINE_LOOKBACK = 6
/** A headline printed again is this long at least: shorter lines open too many texts by chance. */
const MIN_REPRINTED = 6

function remember(above: Line[], line: Line): void {
  above.push(line)
  if (above.length > HEADLINE_LOOKBACK) above.shift()
}

/**
 * Whether `part` opens with the whole of a line just above it: a web copy's headline printed
 * again at the start of its text, with its subtitle (`把中美关系的大厦建设得更牢、更高、更美 ——记…会晤`)
 * glued to the dispatch's lead after it.
 */
function printsHeadlineAbove(ctx: Context, part: Line, above: readonly Line[]): boolean {
  const { text } = ctx.normalized
  return above.some((line) => {
    const length = line.contentEnd - line.contentStart
    return (
      length >= MIN_REPRINTED &&
      length < part.contentEnd - part.contentStart &&
      text.startsWith(text.slice(line.contentStart, line.contentEnd), part.contentStart)
    )
  })
}

/** Where a run-on line is cut: before a lead, or before the headline spaced off before it. */
interface Cut {
  at: number
  headline: boolean
}

/**
 * Where the outlet at `at` starts, with a place's name before it that the dateline reads as the
 * outlet's (`香港文匯報訊`), spaced off from the words before.
 */
function placeBefore(ctx: Context, folded: string, at: number, outletEnd: number): number {
  for (const length of PLACE_BEFORE_OUTLET) {
    const from = at - length
    if (from < 1 || !isGap(folded.charCodeAt(from - 1))) continue
    const outlet = readLead(folded.slice(from, from + LEAD_WINDOW), ctx.lexicon).dateline?.reading.outlet
    if (outlet?.[0] === 0 && outlet[1] === outletEnd + length) return from
  }
  return at
}

/**
 * Where each full lead of a run-on line starts, as offsets in `content`: a dateline that opens
 * with its outlet and a byline in brackets, right after a sentence's end (a headline spaced off
 * between them starts a part of its own), or glued to words before it that are no clause (a headline, a credit: `…文檢/張一帥2008年以來“最復雜春運天氣”來襲本報訊(記者 張明凱)…`).
 */
function leadStarts(ctx: Context, content: string): Cut[] {
  const starts: Cut[] = []
  const folded = ctx.lexicon.fold(content)
  KIND_THEN_BRACKET.lastIndex = 0
  for (let kind = KIND_THEN_BRACKET.exec(folded); kind !== null; kind = KIND_THEN_BRACKET.exec(folded)) {
    for (let at = Math.max(1, kind.index - MAX_LEAD_WORDS); at < kind.index; at++) {
      if (ctx.lexicon.outletPrefix(folded, at) === null) continue
      const lead = readLead(folded.slice(at, at + LEAD_WINDOW), ctx.lexicon)
      if (lead.dateline?.start !== 0 || lead.dateline.reading.outlet === null || lead.byline === null) continue
      if (at + lead.dateline.end < kind.index) continue
      // `据新华社电(记者…)`: the lead opens at the 据 that cites the dispatch
      const start = citedAt(ctx, folded, placeBefore(ctx, folded, at, lead.dateline.reading.outlet[1]))
      if (start === 0) break // the line opens with it: nothing to cut
      const window = folded.slice(Math.max(0, start - GLUED_HEADLINE - 2), start)
      const headline = SPACED_HEADLINE.exec(window)
      const before = window.slice(-GLUED_HEADLINE)
      if (headline !== null) {
        const words = start - window.length + headline.index + headline[0].lastIndexOf(headline[1]!)
        starts.push({ at: words, headline: true }, { at: start, headline: false })
      } else if (AFTER_SENTENCE.test(before) || !CLAUSE_OR_SENTENCE.test(before))
        starts.push({ at: start, headline: false })
      break
    }
  }
  return starts
}

/** Where the lead whose outlet stands at `at` starts: at the `据` before it when that reads as its dateline. */
function citedAt(ctx: Context, folded: string, at: number): number {
  if (folded.charCodeAt(at - 1) !== 0x636e) return at // 据
  const cited = readLead(folded.slice(at - 1, at - 1 + LEAD_WINDOW), ctx.lexicon)
  return cited.dateline?.start === 0 ? at - 1 : at
}

/** The marks a credit opens with, inside a line: `合肥各界对报纸充满期待□本刊记者 王晓峰 文/图`. */
const INNER_CREDIT_MARK = /(?<=[^\s■□◎☉])[■□◎☉](?=\S)/
/** Words before a glued credit are a headline's: this long at least, no sentence in them. */
const MIN_GLUED_WORDS = 4

/**
 * A short line with a credit glued to its words after a credit's mark (`□本刊记者 王晓峰 文/图`),
 * cut before the mark when what follows reads as a credit with a role word: the headline and its
 * credit, each a line of its own.
 */
function partsAtCreditMark(ctx: Context, line: Line): Line[] {
  const content = ctx.normalized.text.slice(line.contentStart, line.contentEnd)
  const mark = INNER_CREDIT_MARK.exec(content)
  if (mark === null || mark.index < MIN_GLUED_WORDS || CLAUSE_OR_SENTENCE.test(content.slice(0, mark.index)))
    return [line]
  const credit = readByline(ctx.folded(line.contentStart + mark.index, line.contentEnd), ctx.lexicon)
  if (credit === null || !credit.contributors.some((c) => c.roleWord !== null)) return [line]
  return cutLine(line, [line.contentStart + mark.index])
}

/**
 * The line cut before each full lead it holds. Where the part before the first lead prints the
 * headline above again, it is furniture and the dispatch goes on in the headline's article.
 */
function partsAtLeads(ctx: Context, line: Line, above: readonly Line[]): Line[] {
  const content = ctx.normalized.text.slice(line.contentStart, line.contentEnd)
  // most lines hold no kind word before a bracket: passed over before they are folded
  KIND_THEN_BRACKET.lastIndex = 0
  if (!KIND_THEN_BRACKET.test(content)) return [line]
  const cuts = leadStarts(ctx, content)
  if (cuts.length === 0) return [line]
  // the layout's spaces before a cut are no part's words
  const gaps = cuts.map(({ at }): [number, number] => {
    let from = at
    while (from > 0 && isGap(content.charCodeAt(from - 1))) from--
    return [line.contentStart + from, line.contentStart + at]
  })
  const parts = cutAtGaps(line, gaps, () => true)
  const reprint = printsHeadlineAbove(ctx, parts[0]!, above)
  if (reprint) parts[0]!.kind = 'chrome'
  // the next dispatch of a run-on line: a paragraph, and an article of its own, under the headline
  // spaced off before it or none
  parts.slice(1).forEach((part, index) => {
    part.opensParagraph = true
    const underHeadline = cuts[index - 1]?.headline === true
    if (!(reprint && index === 0) && !underHeadline) part.opensArticle = true
  })
  return parts
}
