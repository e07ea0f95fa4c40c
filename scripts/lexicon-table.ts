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
