import { charTable } from '../char-table.js'
import type { PersonReading } from './people.js'

/** A quote read from a normalised text; offsets relative to it. */
export interface QuoteReading {
  start: number
  end: number
  speaker: string | null
  verb: string | null
  kind: 'speech' | 'term'
}

/** Opening and closing marks of a quotation. Nested ‘’ stay inside. */
const PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』' }
/** A term: short, with no clause inside it: `“项目为王”理念`, `“工作项目化、项目清单化”`. */
const MAX_TERM = 24
/** The colon between a speech verb and what it introduces (a comma is no sign: `对于他们来说，“…”`). */
const INTRODUCING = /[：:]/
const CLAUSE = /[，,。；;！!？?：:…]/
/** Verbs that attribute speech, longest first. */
const SPEECH_VERBS = [
  '告诉本报记者',
  '动情地说',
  '激动地说',
  '高兴地说',
  '告诉记者',
  '告诉我们',
  '如是反映',
  '笑着说',
  '如是说',
  '补充道',
  '思索道',
  '表示',
  '说道',
  '指出',
  '强调',
  '介绍',
  '坦言',
  '感慨',
  '感叹',
  '认为',
  '提到',
  '谈到',
  '透露',
  '回忆',
  '解释',
  '回答',
  '直言',
  '问道',
  '喊道',
  '写道',
  '笑道',
  '反映',
  '说',
  '称',
]
const SENTENCE_END = charTable('。！!？?；;')
const QUOTE_MARKS = charTable('“「『”')
const CLAUSE_START = /[。！!？?；;”」』\n]/
const CLAUSE_LENGTH = 40
/** The last characters of the speech verbs: a verb is looked for only before one of them. */
const VERB_ENDS = charTable(SPEECH_VERBS.map((verb) => verb.at(-1)).join(''))
/** The opening marks; `「` and `『` are rare, so most texts are searched for `“` alone. */
const OPENING = /[“「『]/g

/** The speech verb that ends right before `end`, longest first. */
function verbEnding(text: string, end: number): string | undefined {
  if (end === 0 || VERB_ENDS[text.charCodeAt(end - 1)] === 0) return undefined
  return SPEECH_VERBS.find((verb) => text.startsWith(verb, end - verb.length))
}

/** `…高文栋表示：` right before a quote: the verb, and where its clause starts. */
function verbBefore(text: string, at: number): { verb: string; clauseStart: number; verbStart: number } | null {
  let end = at
  while (end > 0 && /[：:，,\s]/.test(text.charAt(end - 1))) end--
  const verb = verbEnding(text, end)
  if (verb === undefined) return null
  const verbStart = end - verb.length
  let clauseStart = verbStart
  while (clauseStart > 0 && end - clauseStart < CLAUSE_LENGTH && !CLAUSE_START.test(text.charAt(clauseStart - 1)))
    clauseStart--
  return { verb, clauseStart, verbStart }
}

/**
 * After a quote, only a verb that ends its sentence is the quote's (`“…”高文栋表示。`): one that
 * goes on introduces what follows (`付兴表示：“…”`, `李女士告诉我们，当天…`).
 */
function verbAfter(text: string, end: number): { verb: string; clauseStart: number; verbStart: number } | null {
  let stop = end
  while (
    stop < text.length &&
    stop - end < CLAUSE_LENGTH &&
    SENTENCE_END[text.charCodeAt(stop)] === 0 &&
    QUOTE_MARKS[text.charCodeAt(stop)] === 0
  )
    stop++
  if (stop < text.length && SENTENCE_END[text.charCodeAt(stop)] === 0) return null
  const verb = verbEnding(text, stop)
  if (verb === undefined) return null
  let clauseStart = end
  while (/[，,\s]/.test(text.charAt(clauseStart))) clauseStart++
  return { verb, clauseStart, verbStart: stop - verb.length }
}

/**
 * Reads quotations: speech with its speaker and verb before (`X表示：“…”`) or after it
 * (`“…”X表示`), over several sentences, with ‘’ nested; short quoted slogans, terms and names are
 * `term` (`“项目为王”理念`) unless a verb and a colon introduce them (`他说：“好”`). Matching reads
 * `folded` (the text folded by the lexicon, the same length); the verb is given as printed. An
 * unattributed quote has a null speaker; an unmatched `“` is none.
 */
export function readQuotes(text: string, people: readonly PersonReading[], folded = text): QuoteReading[] {
  return scanQuotes(text, people, folded).quotes
}

/**
 * The quotes of a paragraph, and the quote it leaves open: an opening mark that no mark closes,
 * with its attribution (`他说：“第一段…`). A quote over several paragraphs opens each with `“` and
 * closes only the last (see `articleFacts`).
 */
export function scanQuotes(
  text: string,
  people: readonly PersonReading[],
  folded = text,
): { quotes: QuoteReading[]; unclosed: QuoteReading | null } {
  const out: QuoteReading[] = []
  const cornered = folded.includes('「') || folded.includes('『')
  for (let at = nextOpening(folded, 0, cornered); at !== -1; at = nextOpening(folded, at + 1, cornered)) {
    const close = PAIRS[folded.charAt(at)]!
    const end = folded.indexOf(close, at + 1)
    if (end === -1) {
      // unmatched: none after it can close either; a later paragraph may
      return {
        quotes: out,
        unclosed: {
          start: at,
          end: text.length,
          ...attribution(text, folded, verbBefore(folded, at), people),
          kind: 'speech',
        },
      }
    }
    const inner = folded.slice(at + 1, end)
    const before = verbBefore(folded, at)
    // `他说：“好”`: a verb and a colon make even a short quote speech
    const introduced = before !== null && INTRODUCING.test(folded.slice(before.verbStart + before.verb.length, at))
    const kind = !introduced && inner.length <= MAX_TERM && !CLAUSE.test(inner) ? 'term' : 'speech'
    const { speaker, verb } =
      kind === 'speech' ? attribution(text, folded, before ?? verbAfter(folded, end + 1), people) : NO_ATTRIBUTION
    out.push({ start: at, end: end + 1, speaker, verb, kind })
    at = end
  }
  return { quotes: out, unclosed: null }
}

const NO_ATTRIBUTION = { speaker: null, verb: null } as const

/** Who said it, and the verb as printed (`說` stays `說`), from a verb found around a quote. */
function attribution(
  text: string,
  folded: string,
  found: { verb: string; clauseStart: number; verbStart: number } | null,
  people: readonly PersonReading[],
): { speaker: string | null; verb: string | null } {
  if (found === null) return NO_ATTRIBUTION
  return {
    speaker: speakerIn(folded.slice(found.clauseStart, found.verbStart), found.clauseStart, people),
    verb: text.slice(found.verbStart, found.verbStart + found.verb.length),
  }
}

/** The next opening mark from `from`, or -1. */
function nextOpening(text: string, from: number, cornered: boolean): number {
  if (!cornered) return text.indexOf('“', from)
  OPENING.lastIndex = from
  return OPENING.exec(text)?.index ?? -1
}

/** The speaker of a clause: the last person named in it, or a short subject such as `他`. */
function speakerIn(clause: string, clauseStart: number, people: readonly PersonReading[]): string | null {
  const clauseEnd = clauseStart + clause.length
  let speaker: string | null = null
  let latest = -1
  const consider = (name: string, start: number): void => {
    if (start >= clauseStart && start < clauseEnd && start > latest) {
      speaker = name
      latest = start
    }
  }
  for (const person of people) {
    consider(person.name, person.start)
    for (const mention of person.mentions) consider(person.name, mention.start)
  }
  if (speaker !== null) return speaker
  // a pronoun subject (`他`, `他总是`), else nothing: a guess is worse than no speaker
  const subject = (clause.split(/[，,]/).pop() ?? '').trim().replace(/^(?:据|而|但|并|还|也|则|随后|同时|对此)/, '')
  const pronoun = /^(他们|她们|他|她|大家|对方)(?:总是|也|还|都|又|就|曾|再|便|则|常常|经常|一直)?$/.exec(subject)
  return pronoun === null ? null : pronoun[1]!
}
