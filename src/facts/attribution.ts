import { charTable } from '../char-table.js'
import { NOT_SPEECH, SPEECH_VERBS } from '../vocabulary/speech-verbs.js'
import type { PersonReading } from './people.js'

/** A speech verb near a quote, and the clause its subject is in. */
export interface Attribution {
  clauseStart: number
  verbStart: number
  verbEnd: number
}

/** One naming of a person: where it starts and ends. */
export interface Named {
  name: string
  start: number
  end: number
}

/** A clause ends at these; the clause of a verb is looked for back to one of them. */
const CLAUSE_START = charTable('。！!？?；;”」』\n')
/** The longest clause a speaker is looked for in. */
const CLAUSE_LENGTH = 40
/**
 * How many clauses after a quote may hold its verb: the first, or a second after a place or a
 * time (`“…”盘锦市…指挥大厅里，科长刘尊龙告诉记者`).
 */
const AFTER_CLAUSES = 2
/** What ends a clause after a quote. */
const CLAUSE_END = charTable('，,；;：:。！!？?“”「」『』\n')
/** Marks that end a sentence; a quote that ends with one inside is an utterance of its own. */
export const SENTENCE_END = charTable('。！!？?；;')
/** Marks a clause after a quote may go on past to the next one. */
const GOES_ON = charTable('，,')
const BETWEEN_VERB_AND_QUOTE = charTable('：:，, \t')
/** The last characters of the speech verbs: a verb is looked for only before one of them. */
const VERB_ENDS = charTable(SPEECH_VERBS.map((verb) => verb.at(-1)).join(''))

/** The speech verb that ends right before `end`, longest first; none inside `对…来说`, `据说`. */
function verbEnding(text: string, end: number): string | undefined {
  if (end === 0 || VERB_ENDS[text.charCodeAt(end - 1)] === 0) return undefined
  const verb = SPEECH_VERBS.find((word) => text.startsWith(word, end - word.length))
  if (verb === undefined || NOT_SPEECH.some((word) => text.startsWith(word, end - word.length))) return undefined
  return verb
}

/**
 * `…高文栋表示：` right before the quote at `at`: the verb, and where its clause starts.
 *
 * @example
 * attributionBefore('李四说：“好”', 4) //=> { clauseStart: 0, verbStart: 2, verbEnd: 3 }
 */
export function attributionBefore(text: string, at: number): Attribution | null {
  let end = at
  while (end > 0 && BETWEEN_VERB_AND_QUOTE[text.charCodeAt(end - 1)] === 1) end--
  const verb = verbEnding(text, end)
  if (verb === undefined) return null
  const verbStart = end - verb.length
  let clauseStart = verbStart
  while (clauseStart > 0 && end - clauseStart < CLAUSE_LENGTH && CLAUSE_START[text.charCodeAt(clauseStart - 1)] === 0)
    clauseStart--
  return { clauseStart, verbStart, verbEnd: end }
}

/**
 * The verb after a quote (from `from`, past its closing mark): the first clause of its sentence that
 * ends with one, within `AFTER_CLAUSES`, or later where the verb ends the sentence, within
 * `CLAUSE_LENGTH` of the quote (`“…”高文栋表示。`, `“…”吴春耕表示，针对…`).
 *
 * @example
 * attributionAfter('“好。”李四说。', 4) //=> { clauseStart: 4, verbStart: 6, verbEnd: 7 }
 */
export function attributionAfter(text: string, from: number): Attribution | null {
  let clauseStart = from
  for (let clause = 0; clauseStart - from < CLAUSE_LENGTH; clause++) {
    while (clauseStart < text.length && /[，,\s]/.test(text.charAt(clauseStart))) clauseStart++
    let end = clauseStart
    while (end < text.length && end - clauseStart < CLAUSE_LENGTH && CLAUSE_END[text.charCodeAt(end)] === 0) end++
    if (end - clauseStart >= CLAUSE_LENGTH) return null
    const verb = verbEnding(text, end)
    // the first clauses, or one whose verb ends the sentence (`“…”近日，在…现场，村民代表徐长丰如是反映。`)
    if (
      verb !== undefined &&
      end - verb.length >= clauseStart &&
      (clause < AFTER_CLAUSES || end === text.length || SENTENCE_END[text.charCodeAt(end)] === 1)
    )
      return { clauseStart, verbStart: end - verb.length, verbEnd: end }
    if (end >= text.length || GOES_ON[text.charCodeAt(end)] === 0) return null
    clauseStart = end + 1
  }
  return null
}

/** Every naming of the people, the first and the later mentions, by where it starts. */
export function namedIn(people: readonly PersonReading[]): Named[] {
  const named: Named[] = []
  for (const person of people) {
    named.push({ name: person.name, start: person.start, end: person.end })
    for (const mention of person.mentions) named.push({ name: person.name, start: mention.start, end: mention.end })
  }
  return named.sort((a, b) => a.start - b.start)
}

/** The index of the first naming that starts at or after `at` (binary search). */
function firstFrom(named: readonly Named[], at: number): number {
  let low = 0
  let high = named.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (named[middle]!.start < at) low = middle + 1
    else high = middle
  }
  return low
}

/** The last person named from `from` to before `to`, or null. */
export function lastNamed(named: readonly Named[], from: number, to: number): string | null {
  const last = named[firstFrom(named, to) - 1]
  return last !== undefined && last.start >= from ? last.name : null
}

/** The first person named from `from` to before `to`, or null. */
export function firstNamed(named: readonly Named[], from: number, to: number): string | null {
  const first = named[firstFrom(named, from)]
  return first !== undefined && first.start < to ? first.name : null
}
