import { charTable, isHan } from '../char-table.js'
import { SPEECH_VERBS } from '../vocabulary/speech-verbs.js'
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  SENTENCE_END,
  firstNamed,
  lastNamed,
  type Named,
  namedIn,
} from './attribution.js'
import type { PersonReading } from './people.js'

/** A quote read from a normalised text; offsets relative to it. */
export interface QuoteReading {
  start: number
  end: number
  speaker: string | null
  verb: string | null
  kind: 'speech' | 'term'
}

/**
 * What a text hands to the next one of the same article: who spoke last and who was named last,
 * so that a quote opening the next paragraph keeps its speaker and `他说` finds its person.
 */
export interface QuoteContext {
  speaker: string | null
  person: string | null
}

/** Opening and closing marks of a quotation; `‘’` nested inside one is listed after it. */
const PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』' }
/** A term: short, with no clause inside it: `“项目为王”理念`, `“工作项目化、项目清单化”`. */
const MAX_TERM = 24
/** The colon between a speech verb and what it introduces (a comma is no sign: `对于他们来说，“…”`). */
const INTRODUCING = /[：:]/
const CLAUSE = /[，,。；;！!？?：:…]/
/** What ends a quote that is an utterance of its own: a sentence's end, or words trailing off. */
const UTTERANCE_END = charTable('。！!？?；;…')
const OPENING_MARKS = charTable('“「『')
const LEFT_SINGLE = 0x2018 // ‘
const RIGHT_SINGLE = 0x2019 // ’
/** What a quote that is a clause of its own stands after. */
const CLAUSE_OPENERS = charTable('，,：:')
const CLOSING_MARKS = charTable('”」』')
/** The opening marks; `「` and `『` are rare, so most texts are searched for `“` alone. */
const OPENING = /[“「『]/g
/** A speech verb whose words go on after a comma or colon: `…的话说，`. */
const SPEECH_VERB_GOING_ON = new RegExp(`(?:${SPEECH_VERBS.join('|')})[，,：:]`)

/**
 * Reads quotations: speech with its speaker and verb before (`X表示：“…”`) or after it
 * (`“…”X表示`), over several sentences; nested `‘’` spans are listed as terms after their quote;
 * short quoted slogans, terms and names are `term` (`“项目为王”理念`) unless a verb and a colon
 * introduce them (`他说：“好”`) or a speaker follows them (`“好”他说`). A quote with no verb of its
 * own is given the speaker of its sentence (`卢育军说，…，“…”`) or, opening a sentence, the speaker
 * before it goes on. Matching reads `folded` (the text folded by the lexicon, the same length); the
 * verb is given as printed. An unattributed quote has a null speaker; an unmatched `“` is none.
 *
 * @example
 * readQuotes('“好。”他说。', [])[0]?.verb //=> '说'
 */
export function readQuotes(text: string, people: readonly PersonReading[], folded = text): QuoteReading[] {
  return scanQuotes(text, people, folded).quotes
}

/** One quotation mark pair found, before its speaker is settled. */
interface Found {
  reading: QuoteReading
  /** The verb's clause before or after it, when it has one. */
  attribution: Attribution | null
  nested: QuoteReading[]
}

/**
 * The quotes of a paragraph, and the quote it leaves open: an opening mark that no mark closes,
 * with its attribution (`他说：“第一段…`). A quote over several paragraphs opens each with `“` and
 * closes only the last (see `articleFacts`). `context` is read and updated: the last speaker and
 * person carry over to the next paragraph.
 *
 * @example
 * scanQuotes('他说：“第一段', []).unclosed?.kind //=> 'speech'
 */
export function scanQuotes(
  text: string,
  people: readonly PersonReading[],
  folded = text,
  context: QuoteContext = { speaker: null, person: null },
): { quotes: QuoteReading[]; unclosed: QuoteReading | null } {
  const named = namedIn(people)
  const found: Found[] = []
  let unclosed: Found | null = null
  const cornered = folded.includes('「') || folded.includes('『')
  for (let at = nextOpening(folded, 0, cornered); at !== -1; at = nextOpening(folded, at + 1, cornered)) {
    const end = folded.indexOf(PAIRS[folded.charAt(at)]!, at + 1)
    if (end === -1) {
      // unmatched: none after it can close either; a later paragraph may
      const before = attributionBefore(folded, at)
      unclosed = {
        reading: { start: at, end: text.length, speaker: null, verb: null, kind: 'speech' },
        attribution: before,
        nested: nestedTerms(folded, at + 1, folded.length),
      }
      break
    }
    found.push(read(folded, at, end, named, found.at(-1)))
    at = end
  }
  const all = unclosed === null ? found : [...found, unclosed]
  settleSpeakers(text, folded, all, named, context)
  const quotes: QuoteReading[] = []
  for (const quote of found) quotes.push(quote.reading, ...quote.nested)
  if (unclosed !== null) quotes.push(...unclosed.nested)
  const last = named.at(-1)
  if (last !== undefined) context.person = last.name
  return { quotes, unclosed: unclosed?.reading ?? null }
}

/**
 * The quote from the mark at `at` to the one at `end`: its kind, and the verb around it. A quote
 * right after another (`“…”“…”`) is of the same kind.
 */
function read(folded: string, at: number, end: number, named: readonly Named[], previous: Found | undefined): Found {
  const inner = folded.slice(at + 1, end)
  const before = attributionBefore(folded, at)
  // a verb after is the quote's when the quote opens its sentence or the verb ends it (`“…”X说。`);
  // else the quote is part of a sentence with a speaker of its own, and the verb introduces what follows
  let after = before === null ? attributionAfter(folded, end + 1) : null
  if (after !== null && !opensSentence(folded, at) && SENTENCE_END[folded.charCodeAt(after.verbEnd)] === 0) after = null
  // `他说：“好”`, `“好”他说`: a verb with a colon before, or a speaker after, makes even a short quote speech
  const introduced = before !== null && INTRODUCING.test(folded.slice(before.verbEnd, at))
  // a quote that ends with its own `。`, `！` or `？` is a sentence someone said
  const sentence = UTTERANCE_END[folded.charCodeAt(end - 1)] === 1
  let kind: QuoteReading['kind']
  if (introduced || after !== null) kind = 'speech'
  else if (
    before === null &&
    !sentence &&
    (previous?.reading.end === at
      ? previous.reading.kind === 'term'
      : OPENING_MARKS[folded.charCodeAt(end + 1)] === 1 && firstNamed(named, sentenceStart(folded, at), at) === null)
  )
    kind = 'term' // quotes in a row, unattributed, no sentence and no one's: a list of slogans (`“…”“…”`)
  else if (inner.length <= MAX_TERM && !CLAUSE.test(inner))
    kind = before === null && partialQuote(folded, at, end) ? 'speech' : 'term'
  else if (before === null && !sentence && isHan(folded.charCodeAt(end + 1)))
    kind = 'term' // `“国家兴亡，匹夫有责”的信念`: a saying the sentence goes on from
  else kind = 'speech'
  return {
    reading: { start: at, end: end + 1, speaker: null, verb: null, kind },
    attribution: kind === 'speech' ? (before ?? after) : null,
    nested: nestedTerms(folded, at + 1, end),
  }
}

/**
 * Whether the short quote from `at` to `end` is the last clause of a sentence that a speech verb
 * began: words of indirect speech quoted (`…的话说，世界是相互联系的，…“中国经济持续增长至关重要”。`),
 * not a word of it (`他告诉记者，报道两会是个“苦差事”。`).
 */
function partialQuote(folded: string, at: number, end: number): boolean {
  if (SENTENCE_END[folded.charCodeAt(end + 1)] === 0 || CLAUSE_OPENERS[folded.charCodeAt(at - 1)] === 0) return false
  return SPEECH_VERB_GOING_ON.test(folded.slice(sentenceStart(folded, at), at))
}

/** Where the sentence holding `at` starts: after the last sentence end or closing mark before it. */
function sentenceStart(folded: string, at: number): number {
  let start = at
  while (
    start > 0 &&
    SENTENCE_END[folded.charCodeAt(start - 1)] === 0 &&
    CLOSING_MARKS[folded.charCodeAt(start - 1)] === 0
  )
    start--
  return start
}

/** Whether the quote at `at` opens its sentence: nothing but spaces before it, back to the sentence's start. */
function opensSentence(folded: string, at: number): boolean {
  return folded.slice(sentenceStart(folded, at), at).trim() === ''
}

/** The `‘…’` spans between `from` and `to`, as terms. */
function nestedTerms(folded: string, from: number, to: number): QuoteReading[] {
  const terms: QuoteReading[] = []
  // looked for inside the quote only, so that the time grows with the quotes' length, not the text's
  let open = -1
  for (let at = from; at < to; at++) {
    const code = folded.charCodeAt(at)
    if (code === LEFT_SINGLE && open === -1) open = at
    else if (code === RIGHT_SINGLE && open !== -1) {
      terms.push({ start: open, end: at + 1, speaker: null, verb: null, kind: 'term' })
      open = -1
    }
  }
  return terms
}

/**
 * Gives each speech quote its speaker, in order: the subject of its verb's clause; without a verb,
 * the first person of its sentence, or, when it opens its sentence, the speaker before it (a quote
 * that goes on); a paragraph's opening quotes with no speaker before take the next one's speaker.
 */
function settleSpeakers(
  text: string,
  folded: string,
  quotes: readonly Found[],
  named: readonly Named[],
  context: QuoteContext,
): void {
  // a quote goes on with its speaker within a paragraph; across paragraphs only an open one does
  let speaker: string | null = null
  const waiting: QuoteReading[] = []
  for (const { reading, attribution } of quotes) {
    if (reading.kind !== 'speech') continue
    if (attribution !== null) {
      reading.verb = text.slice(attribution.verbStart, attribution.verbEnd)
      reading.speaker = subject(folded, attribution.clauseStart, attribution.verbStart, named, context)
    } else {
      const start = sentenceStart(folded, reading.start)
      if (opensSentence(folded, reading.start)) reading.speaker = speaker
      else
        reading.speaker =
          firstNamed(named, start, reading.start) ?? pronounSpeaker(folded, start, reading.start, named, context)
    }
    if (reading.speaker === null && attribution === null && speaker === null) waiting.push(reading)
    else if (reading.speaker !== null) {
      for (const quote of waiting) quote.speaker = reading.speaker
      waiting.length = 0
      speaker = reading.speaker
    }
  }
  context.speaker = speaker
}

/**
 * The speaker of a verb's clause: the last person named in it, or a pronoun's person (`她说`): the
 * last one named before; the pronoun itself when no one is.
 */
function subject(
  folded: string,
  clauseStart: number,
  clauseEnd: number,
  named: readonly Named[],
  context: QuoteContext,
): string | null {
  const person = lastNamed(named, clauseStart, clauseEnd)
  if (person !== null) return person
  // a pronoun subject (`他`, `他总是`), else nothing: a guess is worse than no speaker
  const clause = folded.slice(clauseStart, clauseEnd)
  const last = (clause.split(/[，,]/).pop() ?? '').trim().replace(/^(?:而|但|并|还|也|则|随后|同时|对此)/, '')
  const pronoun = /^[他她](?![们人])/.exec(last)
  return pronoun === null ? null : (lastNamed(named, 0, clauseStart) ?? context.person ?? pronoun[0])
}

/** The person a `他`/`她` between `from` and `to` stands for: the last one named before it, else the pronoun. */
function pronounSpeaker(
  folded: string,
  from: number,
  to: number,
  named: readonly Named[],
  context: QuoteContext,
): string | null {
  const stretch = folded.slice(from, to)
  const at = stretch.search(/[他她](?![们人])/)
  return at === -1 ? null : (lastNamed(named, 0, from + at) ?? context.person ?? stretch.charAt(at))
}

/** The next opening mark from `from`, or -1. */
function nextOpening(text: string, from: number, cornered: boolean): number {
  if (!cornered) return text.indexOf('“', from)
  OPENING.lastIndex = from
  return OPENING.exec(text)?.index ?? -1
}
