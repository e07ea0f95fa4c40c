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
import { bloomOf } from '../src/bloom.js'
import { packHan } from './han-pack.js'
import { NAME_WEIGHTS as W } from '../src/facts/name-weights.js'
import { builtinSurnames } from '../src/vocabulary/surnames.js'

const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg'])
/** Words seen fewer times in jieba's corpus are too rare to unmake a name (`成军` 12, `马国` 2, against `国家` 79520). */
const MIN_FREQUENCY = 20

/** jieba's tags of the words that open a predicate after its subject: verbs, prepositions, adverbs, conjunctions. */
const PREDICATE_TAGS = new Set(['v', 'p', 'd', 'c'])
/** Only common ones: a rare verb is more often the tail of a name than what follows one. */
const MIN_PREDICATE_FREQUENCY = 300

/**
 * The words that end with a surname are kept from this often (all tags, names too: `这位`, `老师`,
 * `亨利`): rarer ones would cost the bundle more than they keep out.
 */
const MIN_END_FREQUENCY = 100
/** The bits of their Bloom filter for each word: about one pair in 100 that is no word is taken for one (`bloomHas`). */
const END_BITS = 10

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
  return `import { unpackHan } from '../han-pack.js'

/**
 * ${count} common two-character words that open a predicate — jieba tags them v, p, d or c and
 * its corpus has them at least ${MIN_PREDICATE_FREQUENCY} times — from the dictionary of the jieba
 * segmenter (https://github.com/fxsjy/jieba, MIT License), as shipped by @node-rs/jieba: what
 * may follow a name. Written by \`npm run lexicon\` (scripts/lexicon-table.ts). Do not edit:
 * regenerate. Each group is a first character followed by the characters that make a word with it.
 */
export const PREDICATE_WORDS = unpackHan(
  '${packHan(groups)}',
)
`
}

export function surnameWordsSource(): string {
  const dictionary = dictionaryText()
  const surnames = new Set(builtinSurnames.filter((surname) => surname.length === 1))
  const words = { common: new Map<string, Set<string>>(), names: new Map<string, Set<string>>() }
  const count = { common: 0, names: 0 }
  const ending = new Set<string>()
  for (const line of dictionary.split('\n')) {
    const [word, frequency, tag] = line.trim().split(' ')
    if (word === undefined || tag === undefined || word.length !== 2) continue
    if (Number(frequency) >= MIN_END_FREQUENCY && surnames.has(word.charAt(1))) ending.add(word)
    if (Number(frequency) < MIN_FREQUENCY) continue
    const first = word.charAt(0)
    if (!surnames.has(first)) continue
    const kind = PERSON_TAGS.has(tag) ? 'names' : 'common'
    if (addPair(words[kind], word)) count[kind]++
  }
  const groups = groupsOf
  return `import { unpackHan } from '../han-pack.js'

/**
 * ${count.common} common two-character words that open with a surname, from the dictionary of the jieba
 * segmenter (https://github.com/fxsjy/jieba, MIT License), as shipped by @node-rs/jieba, less the
 * words jieba tags as names and those seen fewer than ${MIN_FREQUENCY} times:
 * written by \`npm run lexicon\` (scripts/lexicon-table.ts). Do not edit:
 * regenerate. Each group is a surname followed by the characters that make a word with it.
 */
export const SURNAME_WORDS = unpackHan(
  '${packHan(groups(words.common))}',
)

/**
 * The ${count.names} two-character words of the same dictionary, as often seen, that jieba tags as
 * names (\`高峰\`, \`荣获\`: its tags are not always right); a name with nothing but its own shape to
 * go by may not open with one.
 */
export const SURNAME_NAME_WORDS = unpackHan(
  '${packHan(groups(words.names))}',
)

/**
 * The ${ending.size} two-character words of the same dictionary that end with a one-character surname, seen
 * at least ${MIN_END_FREQUENCY} times, whatever their tag (\`这位\`, \`老师\`, \`名叫\`, \`亨利\`): a name does not open inside one, so
 * \`这位慈祥\` has no name \`位慈祥\`. A Bloom filter (\`src/bloom.ts\`) of ${END_BITS} bits each.
 */
export const SURNAME_END_WORDS =
  '${bloomOf([...ending].sort(), END_BITS)}'
`
}

/** The characters of a name's given part and of transliterations, from jieba's person entries. */
const NAME_TAG = 'nr'
const TRANSLITERATED_TAG = 'nrt'
/** Added to each count, so that a character seen rarely is not scored as if never. */
const NAME_SMOOTHING = 0.5
const TEXT_SMOOTHING = 100
/** Seen in fewer transliterations, a character is too rare to tell by. */
const MIN_FOREIGN_COUNT = 3
/**
 * The lowest class of transliteration evidence kept (whole nats): a name may hold a character as
 * common in other words (`内塔尼亚胡`, `阿拉法特`); a character not listed is not a transliteration's.
 */
const MIN_FOREIGN_CLASS = -1
/** The most that what stands around a name adds to its score (\`MOST_CONTEXT\` of \`src/facts/bare-names.ts\`). */
const MOST_CONTEXT =
  Math.max(W.afterPunctuation, W.afterTitle, W.afterFunctionWord, 0) +
  Math.max(W.beforePunctuation, W.beforeSpeechVerb, W.beforePredicate, W.beforeWord, W.beforeOther)
/** The longest transliterated name the reader reads (`MAX_TRANSLITERATED` of `src/facts/bare-names.ts`). */
const MAX_TRANSLITERATED = 7
/** A character with this much evidence is a transliteration's when the `nr` entries are sorted (below). */
const STRONG_FOREIGN = 2
/**
 * What jieba tags a place (`ns`), or a name it has in these forms too (`伊拉克人`, `斯里兰卡人`,
 * `阿尔巴尼亚语`, `哈萨克斯坦共和国`): jieba tags many countries `nrt` or `nr`; people's names have no such forms.
 */
const PLACE_FORMS = ['人', '语', '族', '国', '省', '州', '共和国', '王国']
/**
 * What jieba names a place or an organisation (`ns`, `nt`) after a word it tags as a person's
 * (`赫尔辛基大学`, `阿里巴巴公司`, `迪斯尼乐园`): the word, made of transliteration characters only,
 * is that place or organisation. No form a person's name takes (`克林顿政府`, `尼赫鲁大学` aside).
 */
const ORGANISATION_FORMS = ['市', '县', '地区', '大学', '公司', '集团', '乐园', '银行']
/**
 * Characters that stand before or after a person in a sentence (prepositions; `当`, `说`, `曾`): a
 * place of jieba's that its person entries also hold with one of them (`向普京`, `普京当`, both
 * `nr`) is a person's name too, and not vetoed.
 */
const PERSON_BEFORE = '向和同与跟对给为把被让从于及'
const PERSON_AFTER = '说当是在的了和与也就都曾已称'
/** Places seen fewer times are left out of the filter: the common ones are those a text names before a title (`印度总理`). */
const MIN_PLACE_FREQUENCY = 100
/** Places, organisations and brands of transliteration characters only (`达沃斯`…) are kept from this often. */
const MIN_FOREIGN_PLACE_FREQUENCY = 20
/** Common words of transliteration characters only (`豪迈`, `a`) seen this often are no name. */
const MIN_FOREIGN_WORD_FREQUENCY = 100
/** The bits of the place filter for each place: about one word in 900 that is none is taken for one (`bloomHas`). */
const PLACE_BITS = 20
/** …and stronger than as a given name's by this much (place names: `堡`, `滨`, `村`). */
const PLACE_MARGIN = 1
/**
 * The words a name does not end inside (`杨梅基地` has no name `杨梅基`): jieba's two-character
 * words seen this often, not a person's, that open with a character of given names of this much
 * evidence (class 1 and up: `基` of `基地`), and with no surname (those only cost a name that ends
 * in one, `初一` of `刘元初一起`: `SURNAME_WORDS`); those that open a predicate are in `PREDICATE_WORDS`. Rarer ones (1,000 times: 452 words), or ones of weaker name characters, cost
 * the bundle more and kept out nothing more on the eval sets and the fixtures.
 */
const MIN_NAME_END_FREQUENCY = 3000
const MIN_NAME_END_CLASS = 0.5
/** The bits of their Bloom filter for each word: about one pair in 900 that is no word is taken for one. */
const NAME_END_BITS = 20
/**
 * Person entries of jieba's seen this often are kept as known names (`毛泽东`, `王安石`): rarer ones
 * are as often words jieba mistagged (`太阳伞`, `毋宁死`).
 */
const MIN_PERSON_FREQUENCY = 20
/** The bits of their Bloom filter for each name: about one reading in 100 that is none is taken for one. */
const PERSON_BITS = 10
/** The evidence classes kept: whole nats, from `MIN_CLASS` (also that of a character not listed) to `MAX_CLASS`. */
const MIN_CLASS = -3
const MAX_CLASS = 7

/** Groups of characters by class, `<class><chars>` space-separated, highest class first: those of `floor` and above, in classes from `min`. */
function classGroups(evidence: Map<string, number>, floor = MIN_CLASS + 0.5, min = MIN_CLASS): string {
  const byClass = new Map<number, string[]>()
  for (const [char, value] of evidence) {
    if (value < floor) continue
    const cls = Math.max(min, Math.min(MAX_CLASS, Math.round(value)))
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
  const entries = dictionaryText()
    .split('\n')
    .map((line) => line.trim().split(' '))
    .filter((entry): entry is [string, string, string] => entry.length === 3)
  const known = new Set(entries.map(([word]) => word))
  const tagOf = new Map(entries.map(([word, , tag]) => [word, tag] as const))
  const isPlace = (word: string, tag: string): boolean =>
    tag === 'ns' || (PERSON_TAGS.has(tag) && PLACE_FORMS.some((form) => known.has(word + form)))
  const isOrganisation = (word: string): boolean =>
    ORGANISATION_FORMS.some((form) => ['ns', 'nt'].includes(tagOf.get(word + form) ?? ''))
  // the places jieba's person entries hold after a preposition or before a function word
  const personLike = new Set<string>()
  for (const [word, , tag] of entries) {
    if (!PERSON_TAGS.has(tag) || word.length < 3) continue
    if (PERSON_BEFORE.includes(word.charAt(0))) personLike.add(word.slice(1))
    if (PERSON_AFTER.includes(word.charAt(word.length - 1))) personLike.add(word.slice(0, -1))
  }
  const foreignWords: string[] = []
  const foreignPlaces: string[] = []
  const first = new Map<string, number>()
  const given = new Map<string, number>()
  const place = new Map<string, number>()
  const text = new Map<string, number>()
  const totals = { first: 0, given: 0, place: 0, text: 0 }
  const transliterated: string[] = []
  const otherNames: string[] = []
  const places: string[] = []
  for (const [word, frequency, tag] of entries) {
    if (tag === NAME_TAG && (word.length === 2 || word.length === 3)) {
      count(first, word.charAt(0))
      totals.first++
      for (const char of word.slice(1)) count(given, char)
      totals.given += word.length - 1
    }
    if (isPlace(word, tag)) {
      if (word.length >= 2 && Number(frequency) >= MIN_PLACE_FREQUENCY && !personLike.has(word)) places.push(word)
    } else if (tag === TRANSLITERATED_TAG && word.length >= 2) transliterated.push(word)
    else if (tag === NAME_TAG && word.length >= 2) otherNames.push(word)
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
  const nameEnds = entries
    .filter(
      ([word, frequency, tag]) =>
        word.length === 2 &&
        Number(frequency) >= MIN_NAME_END_FREQUENCY &&
        !PERSON_TAGS.has(tag) &&
        givenOf(word.charAt(0)) >= MIN_NAME_END_CLASS &&
        !surnames.has(word.charAt(0)) &&
        !PREDICATE_TAGS.has(tag),
    )
    .map(([word]) => word)
  const nameEndWords = [...new Set(nameEnds)].sort()
  // the characters of transliterations: from jieba's `nrt` entries, then also from its `nr` entries
  // made only of characters the `nrt` ones show to be a transliteration's (`莫斯利`, not `邓小平`)
  const foreign = new Map<string, number>()
  let foreignTotal = 0
  const countForeign = (word: string): void => {
    for (const char of word) count(foreign, char)
    foreignTotal += word.length
  }
  for (const word of transliterated) countForeign(word)
  const strong = (char: string): boolean =>
    (foreign.get(char) ?? 0) >= MIN_FOREIGN_COUNT && odds(foreign, foreignTotal, char) >= STRONG_FOREIGN
  for (const word of otherNames.filter((name) => [...name].every(strong))) countForeign(word)
  const foreignEvidence = new Map(
    [...foreign.keys()]
      .filter((char) => foreign.get(char)! >= MIN_FOREIGN_COUNT)
      .map((char) => [char, odds(foreign, foreignTotal, char)] as const),
  )
  const classOf = (value: number): number => Math.max(MIN_FOREIGN_CLASS, Math.min(MAX_CLASS, Math.round(value)))
  const ofForeign = (word: string): boolean => [...word].every((char) => foreignEvidence.has(char))
  for (const [word, frequency, tag] of entries) {
    if (word.length < 2 || word.length > MAX_TRANSLITERATED || !ofForeign(word) || personLike.has(word)) continue
    // only the words the reader could read as a name: their evidence and the best context reach its threshold
    const evidence = [...word].reduce((sum, char) => sum + classOf(foreignEvidence.get(char)!) - W.foreignCost, 0)
    if (evidence + MOST_CONTEXT < W.foreignThreshold) continue
    if (
      ((tag === 'nt' || tag === 'nz') && Number(frequency) >= MIN_FOREIGN_PLACE_FREQUENCY) ||
      (PERSON_TAGS.has(tag) && isOrganisation(word))
    )
      foreignPlaces.push(word)
    else if (!PERSON_TAGS.has(tag) && Number(frequency) >= MIN_FOREIGN_WORD_FREQUENCY) foreignWords.push(word)
  }
  const placeChars = [...place.keys()].filter(
    (char) => odds(place, totals.place, char) > givenOf(char) + PLACE_MARGIN && givenOf(char) > MIN_CLASS,
  )
  // jieba's names of a surname and two characters, less what its tags got wrong: a place (`白鹿原`:
  // a character that ends places more than given names), a common word after the surname's
  // character (`高水平`, `胡萝卜`), a character of no given name (`卢浮宫`), a transliteration
  const endsPlaces = (char: string): boolean => odds(place, totals.place, char) > givenOf(char) + PLACE_MARGIN
  const placeSet = new Set(places)
  const commonWords = new Set(
    entries
      .filter(
        ([word, frequency, tag]) => word.length === 2 && !PERSON_TAGS.has(tag) && Number(frequency) >= MIN_FREQUENCY,
      )
      .map(([word]) => word),
  )
  const personNames = entries
    .filter(
      ([word, frequency, tag]) =>
        (tag === NAME_TAG || tag === 'nrfg') &&
        word.length === 3 &&
        surnames.has(word.charAt(0)) &&
        Number(frequency) >= MIN_PERSON_FREQUENCY &&
        !placeSet.has(word) &&
        !endsPlaces(word.charAt(2)) &&
        !commonWords.has(word.slice(1)) &&
        [...word.slice(1)].every((char) => givenOf(char) > MIN_CLASS) &&
        ![...word].every(strong),
    )
    .map(([word]) => word)
    .sort()
  // only the places a reader could take for a name: a surname and one or two characters (`印度`),
  // or transliteration characters only (`伊拉克`)
  const placeWords = [...new Set(places)]
    .filter(
      (word) =>
        (surnames.has(word.charAt(0)) && word.length <= 3) ||
        [...word].every((char) => (foreignEvidence.get(char) ?? -Infinity) >= STRONG_FOREIGN - 0.5),
    )
    .concat(foreignPlaces.filter((word) => !places.includes(word)))
    .sort()
  return `import { unpackHan } from '../han-pack.js'

/**
 * The evidence of each character for the bare-name reader (\`src/facts/bare-names.ts\`), from the
 * dictionary of the jieba segmenter (https://github.com/fxsjy/jieba, MIT License), as shipped by
 * @node-rs/jieba: how much likelier a character is in the person names it tags \`nr\` than in its
 * other words (weighted by their frequency), as a log-odds in whole nats, ${MIN_CLASS} to ${MAX_CLASS}.
 * Written by \`npm run lexicon\` (scripts/lexicon-table.ts). Do not edit: regenerate. Each group is
 * a class followed by its characters.
 */

/** The one-character built-in surnames, by how often jieba's two- and three-character names open with them. */
export const SURNAME_EVIDENCE = unpackHan(
  '${packHan(classGroups(surnameEvidence))}',
)

/** The characters of the given names of jieba's names, of class above ${MIN_CLASS}; any other character is of class ${MIN_CLASS}. */
export const GIVEN_EVIDENCE = unpackHan(
  '${packHan(classGroups(givenEvidence))}',
)

/**
 * The characters of transliterated names (jieba's \`nrt\`, and its \`nr\` made of them only, less
 * places), by how much likelier they are there than in its other words: ${MIN_FOREIGN_CLASS} to ${MAX_CLASS} nats.
 */
export const FOREIGN_EVIDENCE = unpackHan(
  '${packHan(classGroups(foreignEvidence, MIN_FOREIGN_CLASS - 0.5, MIN_FOREIGN_CLASS))}',
)

/**
 * The ${placeWords.length} places a reader could take for a name, as a Bloom filter (\`src/bloom.ts\`) of
 * ${PLACE_BITS} bits each: those of a surname and one or two characters (\`印度\`) or of transliteration
 * characters only (\`伊拉克\`) that jieba names at least ${MIN_PLACE_FREQUENCY} times (\`ns\`, and the \`nr\`/\`nrt\`
 * it also has as \`…人\`, \`…语\`, \`…族\`, \`…国\`, \`…省\`, \`…州\`); the places, organisations and brands of
 * transliteration characters only that the reader could read as a name, seen at least ${MIN_FOREIGN_PLACE_FREQUENCY} times (\`nt\`, \`nz\`, and the
 * \`nr\`/\`nrt\` it also has as \`…大学\`, \`…公司\`, \`…乐园\`… \`ns\` or \`nt\`: \`赫尔辛基\`, \`阿里巴巴\`); less the
 * places its person entries hold after a preposition or before a function word (\`向普京\`, \`普京当\`).
 */
export const PLACE_WORDS =
  '${bloomOf(placeWords, PLACE_BITS)}'

/**
 * The ${foreignWords.length} common words of jieba's made of characters of transliterations only (\`豪迈\`: not
 * a person's, place's or organisation's), seen at least ${MIN_FOREIGN_WORD_FREQUENCY} times, that the reader could
 * read as a name: no transliterated name. A Bloom filter of ${PLACE_BITS} bits each.
 */
export const FOREIGN_WORDS =
  '${bloomOf([...new Set(foreignWords)].sort(), PLACE_BITS)}'

/**
 * The ${nameEndWords.length} common two-character words of jieba's, seen at least ${MIN_NAME_END_FREQUENCY} times and not a person's,
 * that open with a character of given names (\`基\` of \`基地\`) and with no surname: a name
 * does not end inside one (\`杨梅基地\` has no name \`杨梅基\`), nor inside one of \`PREDICATE_WORDS\`. A Bloom filter of ${NAME_END_BITS} bits each.
 */
export const NAME_END_WORDS =
  '${bloomOf(nameEndWords, NAME_END_BITS)}'

/**
 * The ${personNames.length} names of a one-character surname and two characters that jieba tags as a person's
 * (\`nr\`, \`nrfg\`) and has at least ${MIN_PERSON_FREQUENCY} times, places aside: \`毛泽东\`, \`王安石\`, \`李自成\` — a
 * reading that is one is likelier a name (\`NAME_WEIGHTS.knownName\`). A Bloom filter of ${PERSON_BITS} bits each.
 */
export const PERSON_NAMES =
  '${bloomOf(personNames, PERSON_BITS)}'

/** The ${placeChars.length} characters that end place names (\`ns\`) more than they are a given name's: \`堡\`, \`村\`. */
export const PLACE_END_CHARACTERS = unpackHan(
  '${packHan(placeChars.sort().join(''))}',
)
`
}

/** The third-person pronouns that stand for one person. */
const PRONOUNS = ['他', '她']
/** Words seen fewer times are too rare to keep a pronoun out. */
const MIN_PRONOUN_WORD_FREQUENCY = 20

/**
 * The words of jieba's dictionary that hold `他` or `她` and are more than the pronoun (`其他`,
 * `他们`, `吉他`), seen at least `MIN_PRONOUN_WORD_FREQUENCY` times, as the source text of
 * `src/vocabulary/pronoun-words.ts`: a pronoun inside one stands for no one person.
 */
export function pronounWordsSource(): string {
  const words: string[] = []
  for (const line of dictionaryText().split('\n')) {
    const [word, frequency] = line.trim().split(' ')
    if (word === undefined || word.length < 2 || Number(frequency) < MIN_PRONOUN_WORD_FREQUENCY) continue
    if (PRONOUNS.some((pronoun) => word.includes(pronoun))) words.push(word)
  }
  words.sort()
  return `/**
 * The ${words.length} words of the dictionary of the jieba segmenter (https://github.com/fxsjy/jieba, MIT
 * License), as shipped by @node-rs/jieba, that hold ${PRONOUNS.map((p) => `\`${p}\``).join(' or ')} and are more than the pronoun, seen
 * at least ${MIN_PRONOUN_WORD_FREQUENCY} times: a pronoun inside one (\`其他\`, \`他们\`, \`吉他\`) stands for no one person.
 * Written by \`npm run lexicon\` (scripts/lexicon-table.ts). Do not edit: regenerate.
 */
export const PRONOUN_WORDS: readonly string[] = [
${words.map((word) => `  '${word}',\n`).join('')}]
`
}
