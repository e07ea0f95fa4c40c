/**
 * The common words that open with a surname, from the dictionary of the jieba segmenter (the
 * `@node-rs/jieba` devDependency ships it as `dict.txt`: word, frequency, part of speech), as the
 * source text of `src/vocabulary/surname-words.ts`. A word is kept when it has two characters, its
 * first is one of the built-in one-character surnames, and jieba does not tag it as a person's
 * name (`nr`, `nrt`, `nrfg`) and its corpus has it at least `MIN_FREQUENCY` times: `国家`, `全面`,
 * `黄河`, `马上` are kept, `高峰` and `苏轼` are not.
 * `npm run lexicon` writes it; a test checks it is current.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { builtinSurnames } from '../src/vocabulary/surnames.js'

const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg'])
/** Words seen fewer times in jieba's corpus are too rare to unmake a name (`成军` 12, `马国` 2, against `国家` 79520). */
const MIN_FREQUENCY = 20

/** jieba's tags of the words that open a predicate after its subject: verbs, prepositions, adverbs, conjunctions. */
const PREDICATE_TAGS = new Set(['v', 'p', 'd', 'c'])
/** Only common ones: a rare verb is more often the tail of a name than what follows one. */
const MIN_PREDICATE_FREQUENCY = 300

/** Adds a two-character word to its first character's group; true when it is new. */
function addPair(table: Map<string, Set<string>>, word: string): boolean {
  const set = table.get(word.charAt(0)) ?? new Set<string>()
  const added = !set.has(word.charAt(1))
  set.add(word.charAt(1))
  table.set(word.charAt(0), set)
  return added
}

/** The groups as the generated tables hold them: a first character and its seconds, space-separated. */
const groupsOf = (table: Map<string, Set<string>>): string =>
  [...table.keys()]
    .sort()
    .map((first) => first + [...table.get(first)!].sort().join(''))
    .join(' ')

const dictionaryText = (): string =>
  readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8')

/**
 * The two-character words of jieba's dictionary that open a predicate (tags v, p, d, c), seen at
 * least `MIN_PREDICATE_FREQUENCY` times: what may follow a name (`习近平通过…`, `李四前来…`), as the
 * source text of `src/vocabulary/predicate-words.ts`, grouped by first character.
 */
export function predicateWordsSource(): string {
  const byFirst = new Map<string, Set<string>>()
  let count = 0
  for (const line of dictionaryText().split('\n')) {
    const [word, frequency, tag] = line.trim().split(' ')
    if (word === undefined || tag === undefined || word.length !== 2) continue
    if (!PREDICATE_TAGS.has(tag) || Number(frequency) < MIN_PREDICATE_FREQUENCY) continue
    if (addPair(byFirst, word)) count++
  }
  const groups = groupsOf(byFirst)
  return `/**
 * ${count} common two-character words that open a predicate — jieba tags them v, p, d or c and
 * its corpus has them at least ${MIN_PREDICATE_FREQUENCY} times — from the dictionary of the jieba
 * segmenter (https://github.com/fxsjy/jieba, MIT License), as shipped by @node-rs/jieba: what
 * may follow a name. Written by \`npm run lexicon\` (scripts/lexicon-table.ts). Do not edit:
 * regenerate. Each group is a first character followed by the characters that make a word with it.
 */
export const PREDICATE_WORDS =
  '${groups}'
`
}

export function surnameWordsSource(): string {
  const dictionary = dictionaryText()
  const surnames = new Set(builtinSurnames.filter((surname) => surname.length === 1))
  const words = { common: new Map<string, Set<string>>(), names: new Map<string, Set<string>>() }
  const count = { common: 0, names: 0 }
  for (const line of dictionary.split('\n')) {
    const [word, frequency, tag] = line.trim().split(' ')
    if (word === undefined || tag === undefined || word.length !== 2 || Number(frequency) < MIN_FREQUENCY) continue
    const first = word.charAt(0)
    if (!surnames.has(first)) continue
    const kind = PERSON_TAGS.has(tag) ? 'names' : 'common'
    if (addPair(words[kind], word)) count[kind]++
  }
  const groups = groupsOf
  return `/**
 * ${count.common} common two-character words that open with a surname, from the dictionary of the jieba
 * segmenter (https://github.com/fxsjy/jieba, MIT License), as shipped by @node-rs/jieba, less the
 * words jieba tags as names and those seen fewer than ${MIN_FREQUENCY} times:
 * written by \`npm run lexicon\` (scripts/lexicon-table.ts). Do not edit:
 * regenerate. Each group is a surname followed by the characters that make a word with it.
 */
export const SURNAME_WORDS =
  '${groups(words.common)}'

/**
 * The ${count.names} two-character words of the same dictionary, as often seen, that jieba tags as
 * names (\`高峰\`, \`荣获\`: its tags are not always right); a name with nothing but its own shape to
 * go by may not open with one.
 */
export const SURNAME_NAME_WORDS =
  '${groups(words.names)}'
`
}

/** The characters of a name's given part and of transliterations, from jieba's person entries. */
const NAME_TAG = 'nr'
const TRANSLITERATED_TAG = 'nrt'
/** Added to each count, so that a character seen rarely is not scored as if never. */
const NAME_SMOOTHING = 0.5
const TEXT_SMOOTHING = 100
/** A character is a transliteration's or a place name's when its evidence there is this strong (nats). */
const MIN_FOREIGN_EVIDENCE = 3
/** Seen in fewer transliterations, a character is too rare to tell by. */
const MIN_FOREIGN_COUNT = 3
/** …and stronger than as a given name's by this much (place names: `堡`, `滨`, `村`). */
const PLACE_MARGIN = 1
/** The evidence classes kept: whole nats, from `MIN_CLASS` (also that of a character not listed) to `MAX_CLASS`. */
const MIN_CLASS = -3
const MAX_CLASS = 7

/** Groups of characters by class, `<class><chars>` space-separated, highest class first. */
function classGroups(evidence: Map<string, number>): string {
  const byClass = new Map<number, string[]>()
  for (const [char, value] of evidence) {
    if (value < MIN_CLASS + 0.5) continue
    const cls = Math.max(MIN_CLASS, Math.min(MAX_CLASS, Math.round(value)))
    byClass.set(cls, [...(byClass.get(cls) ?? []), char])
  }
  return [...byClass.keys()]
    .sort((a, b) => b - a)
    .map((cls) => cls + byClass.get(cls)!.sort().join(''))
    .join(' ')
}

/**
 * The evidence of each character for the bare-name reader, as the source text of
 * `src/vocabulary/name-characters.ts`: how much likelier a character is as a surname (first of a
 * two- or three-character `nr` entry) or as a given name's (the rest of one) than in the other
 * words of the dictionary, counted by their frequency — a log-odds in nats, rounded; and the
 * characters of transliterated names (`nrt`, and `nr` of four or more) and the last characters of
 * place names (`ns`), where that is their stronger use.
 */
export function nameCharactersSource(): string {
  const surnames = new Set(builtinSurnames.filter((surname) => surname.length === 1))
  const count = (map: Map<string, number>, char: string, n = 1): void => {
    map.set(char, (map.get(char) ?? 0) + n)
  }
  const first = new Map<string, number>()
  const given = new Map<string, number>()
  const foreign = new Map<string, number>()
  const place = new Map<string, number>()
  const text = new Map<string, number>()
  const totals = { first: 0, given: 0, foreign: 0, place: 0, text: 0 }
  for (const line of dictionaryText().split('\n')) {
    const [word, frequency, tag] = line.trim().split(' ')
    if (word === undefined || tag === undefined) continue
    if (tag === NAME_TAG && (word.length === 2 || word.length === 3)) {
      count(first, word.charAt(0))
      totals.first++
      for (const char of word.slice(1)) count(given, char)
      totals.given += word.length - 1
    } else if (tag === TRANSLITERATED_TAG || (tag === NAME_TAG && word.length >= 4)) {
      for (const char of word) count(foreign, char)
      totals.foreign += word.length
    }
    if (tag === 'ns' && word.length >= 2) {
      count(place, word.charAt(word.length - 1))
      totals.place++
    }
    if (!PERSON_TAGS.has(tag)) {
      for (const char of word) count(text, char, Number(frequency))
      totals.text += word.length * Number(frequency)
    }
  }
  const odds = (map: Map<string, number>, total: number, char: string): number =>
    Math.log(((map.get(char) ?? 0) + NAME_SMOOTHING) / total) -
    Math.log(((text.get(char) ?? 0) + TEXT_SMOOTHING) / totals.text)
  const surnameEvidence = new Map([...surnames].map((char) => [char, odds(first, totals.first, char)] as const))
  const givenEvidence = new Map([...given.keys()].map((char) => [char, odds(given, totals.given, char)] as const))
  const givenOf = (char: string): number => givenEvidence.get(char) ?? MIN_CLASS
  const foreignChars = [...foreign.keys()].filter((char) => {
    if (foreign.get(char)! < MIN_FOREIGN_COUNT) return false
    const value = odds(foreign, totals.foreign, char)
    return value >= MIN_FOREIGN_EVIDENCE && value > givenOf(char)
  })
  const placeChars = [...place.keys()].filter(
    (char) => odds(place, totals.place, char) > givenOf(char) + PLACE_MARGIN && givenOf(char) > MIN_CLASS,
  )
  return `/**
 * The evidence of each character for the bare-name reader (\`src/facts/bare-names.ts\`), from the
 * dictionary of the jieba segmenter (https://github.com/fxsjy/jieba, MIT License), as shipped by
 * @node-rs/jieba: how much likelier a character is in the person names it tags \`nr\` than in its
 * other words (weighted by their frequency), as a log-odds in whole nats, ${MIN_CLASS} to ${MAX_CLASS}.
 * Written by \`npm run lexicon\` (scripts/lexicon-table.ts). Do not edit: regenerate. Each group is
 * a class followed by its characters.
 */

/** The one-character built-in surnames, by how often jieba's two- and three-character names open with them. */
export const SURNAME_EVIDENCE =
  '${classGroups(surnameEvidence)}'

/** The characters of the given names of jieba's names, of class above ${MIN_CLASS}; any other character is of class ${MIN_CLASS}. */
export const GIVEN_EVIDENCE =
  '${classGroups(givenEvidence)}'

/** The ${foreignChars.length} characters that are more a transliterated name's (\`nrt\`) than a given name's: \`斯\`, \`尔\`, \`娃\`. */
export const FOREIGN_CHARACTERS =
  '${foreignChars.sort().join('')}'

/** The ${placeChars.length} characters that end place names (\`ns\`) more than they are a given name's: \`堡\`, \`村\`. */
export const PLACE_END_CHARACTERS =
  '${placeChars.sort().join('')}'
`
}
