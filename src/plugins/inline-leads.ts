import { readLead } from '../extract/lead.js'
import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'

/** A sentence ends here: a new dispatch may follow. */
const SENTENCE_END = /[。！？!?][”」』)]?/g
/** A lead is read within this many characters. */
const LEAD_WINDOW = 80
/** A dateline's words, its kind word, then the byline's bracket: the shape a full lead opens with. */
const LEAD_SHAPE = /[^\s。，,！？!?]{1,24}?(?:讯|訊|电|電|报道|報道|报导|報導|消息)\s*\(/y

/**
 * Dispatches run together on one line, as a flipbook's text layer or a converter prints a page:
 * a sentence's end, then a full lead — a dateline that names its outlet, and a byline in brackets
 * — starts the next dispatch. The line is cut there, and the part opens an article of its own:
 *
 * ```
 * …堪稱史上“最忙”春運。本報訊(德州晚報全媒體記者 張明凱)1 月 30 日,德州市…
 *                      ↑ a line of its own from here
 * ```
 */
export const inlineLeads = definePlugin({
  name: 'inline-leads',
  steps: [{ name: 'inline-leads', after: 'archive-records', run: cutAtLeads }],
})

function cutAtLeads(ctx: Context): void {
  for (const run of ctx.runs) {
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      if (line.kind !== 'body' || line.contentEnd - line.contentStart <= LEAD_WINDOW || !holdsLead(ctx, line)) continue
      const parts = partsAtLeads(ctx, line)
      if (parts.length === 1) continue
      run.lines.splice(i, 1, ...parts)
      i += parts.length - 1
    }
  }
}

/** A headline glued to the lead after it is this long at most, with no clause or sentence marks. */
const GLUED_HEADLINE = 30
const CLAUSE_OR_SENTENCE = /[。！？!?,，、;；:：]/
const KIND_THEN_BRACKETS = /(?:讯|訊|电|電|报道|報道|报导|報導|消息)\s*\(/g

/**
 * `…文檢/張一帥2008年以來“最復雜春運天氣”來襲本報訊(記者 張明凱)1月30日,…`: a full lead glued to
 * the words before it, where those words are no clause (a headline, a credit): where the lead's
 * outlet starts, as offsets in `content`.
 */
function gluedLeads(ctx: Context, content: string): number[] {
  const cuts: number[] = []
  const folded = ctx.lexicon.fold(content)
  KIND_THEN_BRACKETS.lastIndex = 0
  for (let kind = KIND_THEN_BRACKETS.exec(folded); kind !== null; kind = KIND_THEN_BRACKETS.exec(folded)) {
    for (let at = Math.max(1, kind.index - MAX_LEAD_WORDS); at < kind.index; at++) {
      if (ctx.lexicon.outletPrefix(folded, at) === null) continue
      const lead = readLead(folded.slice(at, at + LEAD_WINDOW), ctx.lexicon)
      if (lead.dateline?.start !== 0 || lead.dateline.reading.outlet === null || lead.byline === null) continue
      if (at + lead.dateline.end < kind.index) continue
      if (!CLAUSE_OR_SENTENCE.test(folded.slice(Math.max(0, at - GLUED_HEADLINE), at))) cuts.push(at)
      break
    }
  }
  return cuts
}

/** The words of a dateline before its kind word are at most this long. */
const MAX_LEAD_WORDS = 24

/** A lead's byline bracket after a kind word: the line may hold a full lead (most lines hold none). */
const KIND_THEN_BRACKET = /(?:讯|訊|电|電|报道|報道|报导|報導|消息)\s*\(/

function holdsLead(ctx: Context, line: Line): boolean {
  KIND_THEN_BRACKET.lastIndex = 0
  return KIND_THEN_BRACKET.test(ctx.normalized.text.slice(line.contentStart, line.contentEnd))
}

/** The line cut before each full lead that follows a sentence's end. */
function partsAtLeads(ctx: Context, line: Line): Line[] {
  const { text } = ctx.normalized
  const content = text.slice(line.contentStart, line.contentEnd)
  const cuts: number[] = []
  SENTENCE_END.lastIndex = 0
  for (let end = SENTENCE_END.exec(content); end !== null; end = SENTENCE_END.exec(content)) {
    const at = end.index + end[0].length
    LEAD_SHAPE.lastIndex = at
    if (!LEAD_SHAPE.test(content)) continue
    const lead = readLead(ctx.lexicon.fold(content.slice(at, at + LEAD_WINDOW)), ctx.lexicon)
    if (lead.dateline?.start === 0 && lead.dateline.reading.outlet !== null && lead.byline !== null)
      cuts.push(line.contentStart + at)
  }
  for (const cut of gluedLeads(ctx, content))
    if (!cuts.includes(line.contentStart + cut)) cuts.push(line.contentStart + cut)
  if (cuts.length === 0) return [line]
  cuts.sort((a, b) => a - b)
  const parts: Line[] = []
  let start = line.contentStart
  for (const cut of [...cuts, line.contentEnd]) {
    const first = parts.length === 0
    parts.push({
      ...line,
      start: first ? line.start : start,
      begin: first ? line.begin : start,
      contentStart: start,
      contentEnd: cut,
      end: cut === line.contentEnd ? line.end : cut,
      hardBreak: cut === line.contentEnd && line.hardBreak,
      opensParagraph: !first || line.opensParagraph,
      // the next dispatch of a run-on line: an article of its own, under no headline
      opensArticle: !first || line.opensArticle,
    })
    start = cut
  }
  return parts
}
