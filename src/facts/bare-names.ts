import { bloomFrom, bloomHas } from '../bloom.js'
import { charTable, codeAt, isHan } from '../char-table.js'
import { type Lexicon, opensPredicate } from '../lexicon.js'
import {
  FOREIGN_EVIDENCE,
  FOREIGN_WORDS,
  GIVEN_EVIDENCE,
  NAME_END_WORDS,
  PLACE_END_CHARACTERS,
  PERSON_NAMES,
  PLACE_WORDS,
  SURNAME_EVIDENCE,
} from '../vocabulary/name-characters.js'
import { SURNAME_END_WORDS } from '../vocabulary/surname-words.js'
import { NOT_IN_NAME, PREPOSITIONS } from './name-chars.js'
import { NAME_WEIGHTS as W } from './name-weights.js'
import { speechVerbAt } from './speech-verb-at.js'
import { CN_NUMERALS } from './starts.js'

/** A name read from running text with nothing but its own evidence: where it is, and its score. */
export interface BareName {
  start: number
  end: number
  score: number
}

/** The class of a character not in a table of evidence (the lowest the tables keep). */
const UNLISTED = -3
const PUNCTUATION = charTable('\\s,，。.;；:：!！?？、“”"\'‘’()（）《》—…●0-9０-９')
const FUNCTION_WORDS = charTable('和与及同向对给为将从以由据让请被把跟是的了并在当')
const NUMERALS = charTable(`${CN_NUMERALS}几数每各0-9０-９`)
/** Forms of address after a surname (`杜氏`, `吕老`, `唐师傅`): the surname alone is the name. */
const ADDRESS = charTable('氏老师')
/** Function words and time words that open what follows a subject: `则`, `也`, `今年`. */
const AFTER_SUBJECT =
  /(?:[和与及同向对给为将从以由据让被把跟是的了并在也就都等曾已正还又说则却便才更今昨]|目前|当时|当年|一直)/y

interface Tables {
  surname: Int8Array
  given: Int8Array
  /** The transliteration evidence of each character; `NOT_FOREIGN` for one that is no transliteration's. */
  foreign: Int8Array
  place: Uint8Array
  places: Uint8Array
  /** jieba's common words of transliteration characters only (`豪迈`). */
  foreignWords: Uint8Array
  /** jieba's words that end with a surname (`这位`, `老师`). */
  surnameEnds: Uint8Array
  /** jieba's common words that open with a given name's character and no surname (`基地`). */
  nameEnds: Uint8Array
  /** jieba's names of a surname and two characters (`毛泽东`). */
  persons: Uint8Array
}
let tables: Tables | null = null

/** A table of classes from `<class><chars>` groups; other characters get `UNLISTED`. */
function classTable(groups: string, unlisted = UNLISTED): Int8Array {
  const table = new Int8Array(0x10000).fill(unlisted)
  for (const group of groups.split(' ')) {
    const match = /^(-?\d+)(.*)$/.exec(group)
    if (match === null) continue
    for (let i = 0; i < match[2]!.length; i++) table[match[2]!.charCodeAt(i)] = Number(match[1])
  }
  return table
}

const tablesOf = (): Tables =>
  (tables ??= {
    surname: classTable(SURNAME_EVIDENCE),
    given: classTable(GIVEN_EVIDENCE),
    foreign: classTable(FOREIGN_EVIDENCE, NOT_FOREIGN),
    place: charTable(PLACE_END_CHARACTERS),
    places: bloomFrom(PLACE_WORDS),
    foreignWords: bloomFrom(FOREIGN_WORDS),
    surnameEnds: bloomFrom(SURNAME_END_WORDS),
    nameEnds: bloomFrom(NAME_END_WORDS),
    persons: bloomFrom(PERSON_NAMES),
  })

/** Whether `word` is one of jieba's common places (`PLACE_WORDS`, a Bloom filter: about one word in 900 is taken for one wrongly). */
export const isPlace = (word: string, start = 0, end = word.length): boolean =>
  bloomHas(tablesOf().places, word, start, end)

/**
 * Whether a word ends with a character that ends place names more than anything else (`镇`, `村`, `县`:
 * jieba's places, `PLACE_END_CHARACTERS`).
 *
 * @example
 * endsLikePlace('白甸镇') //=> true
 */
export const endsLikePlace = (word: string): boolean => tablesOf().place[word.charCodeAt(word.length - 1)] === 1

/** Whether a character is more a transliteration's than a given name's (`斯`, `尔`): one near a name makes it likelier a word or a foreign name's part. */
const isForeign = (t: Tables, code: number): boolean =>
  t.foreign[code]! >= W.foreignCharacterClass && t.foreign[code]! > t.given[code]!

/** Whether a common word of jieba's opens at `from` (those that open with a surname or a predicate). */
const wordAt = (folded: string, from: number, lexicon: Lexicon): boolean =>
  from >= 0 && (lexicon.isSurnameWord(folded, from) || opensPredicate(folded, from))

/** Military units, named after a person (`雷锋班`, `黄继光连`, `王杰班`): after a name, one that opens no predicate makes it the unit's. */
const UNITS = charTable('班连排营')

/** Whether the surname at `at` and two characters are one of jieba's names (`PERSON_NAMES`). */
const isKnownName = (t: Tables, folded: string, at: number, surname: number, given: number): boolean =>
  surname === 1 && given === 2 && bloomHas(t.persons, folded, at, at + 3)

/** Whether a single `—` between Han characters stands at `at`: it joins two words (`索契—北京`, a route, a pair), ending no clause. */
const joiningDash = (folded: string, at: number): boolean =>
  folded.charAt(at) === '—' &&
  folded.charAt(at - 1) !== '—' &&
  folded.charAt(at + 1) !== '—' &&
  isHan(codeAt(folded, at - 1)) &&
  isHan(codeAt(folded, at + 1))

/** Whether a speech verb, a predicate or a title opens at `at` (`王刚强调`, `张学良将军`). */
function predicateAt(folded: string, at: number, lexicon: Lexicon): boolean {
  if (speechVerbAt(folded, at) || opensPredicate(folded, at) || lexicon.titleAfterAt(folded, at)) return true
  for (let length = 2; length <= MAX_TITLE_AFTER; length++)
    if (lexicon.titleBefore(folded, at + length)?.length === length) return true
  return false
}

/** The longest title word looked for after a name (`总经理`). */
const MAX_TITLE_AFTER = 4
/** What joins a name to the next or closes a list of them (`习近平和…`, `潘吉星等`): a name may end before one. */
const LIST_JOINS = charTable('和与及等')

/**
 * Whether the surname at `at` ends a word of jieba's (`这位`, `老师`, `担任`), so no name opens there,
 * unless a word that opens a predicate ends before it, its first character that word's (`派出马晓春`,
 * not `出马`).
 *
 * @example
 * surnameInsideWord('这位慈祥的老人', 1) //=> true
 */
export function surnameInsideWord(folded: string, at: number): boolean {
  return (
    isHan(codeAt(folded, at - 1)) &&
    bloomHas(tablesOf().surnameEnds, folded, at - 1, at + 1) &&
    !opensPredicate(folded, at - 2)
  )
}

/**
 * Whether a name ending at `end` would end inside a word: its last character and the next are a
 * common word of jieba's that opens with no surname (`杨梅基地`: `NAME_END_WORDS`) or one that opens
 * a predicate (`尹弘陪同`), and no speech verb, predicate or title opens after it
 * (`王刚强调`, `张学良将军`: `刚强` and `良将` are words, but so are `强调` and `将军`), nor what joins
 * names (`习近平和普京`, `潘吉星等`).
 *
 * @example
 * endsInWord('建设杨梅基地', 5, defaultLexicon()) //=> true
 */
export function endsInWord(folded: string, end: number, lexicon: Lexicon): boolean {
  if (end < 1 || !isHan(codeAt(folded, end)) || !isHan(codeAt(folded, end - 1))) return false
  if (!opensPredicate(folded, end - 1) && !bloomHas(tablesOf().nameEnds, folded, end - 1, end + 1)) return false
  return LIST_JOINS[folded.charCodeAt(end)] !== 1 && !predicateAt(folded, end, lexicon)
}

/**
 * Whether the name from `at` to `end` names a military unit after a person: a unit follows it and
 * opens no predicate or title (`雷锋班的战士`, not `班长`, `连续`), or its last given character is one
 * and no speech verb or predicate follows (`“王杰班”`, not `杨思班说`).
 */
function namesUnit(folded: string, at: number, surname: number, end: number, lexicon: Lexicon): boolean {
  if (UNITS[codeAt(folded, end)] === 1 && !predicateAt(folded, end, lexicon)) return true
  if (end - at - surname < 2 || UNITS[codeAt(folded, end - 1)] === 0) return false
  AFTER_SUBJECT.lastIndex = end
  return !predicateAt(folded, end, lexicon) && !AFTER_SUBJECT.test(folded)
}

/**
 * The score of reading `folded` from `at` as a surname of `surname` characters and a given name of
 * `given`, or null where it cannot be a name: the evidence of its characters plus that of what
 * stands around it, weighed by `NAME_WEIGHTS`. With `least`, null too where the score is below it:
 * the costlier checks are made only for a reading that reaches it.
 *
 * @example
 * nameScore('，田晚霞一心扑在卖鞋上', 1, 1, 2, defaultLexicon()) // a score above the threshold
 */
export function nameScore(
  folded: string,
  at: number,
  surname: number,
  given: number,
  lexicon: Lexicon,
  least = Number.NEGATIVE_INFINITY,
): number | null {
  const end = at + surname + given
  if (end > folded.length) return null
  const t = tablesOf()
  // a name of jieba's (`周恩来`) may hold characters that are seldom a name's
  const known = isKnownName(t, folded, at, surname, given)
  for (let i = at + surname; i < end; i++) {
    const code = folded.charCodeAt(i)
    if (!isHan(code) || (NOT_IN_NAME[code] === 1 && !known)) return null
  }
  // `杜氏`, `王先生`, `唐军先生`: a form of address is not the given name
  if (ADDRESS[folded.charCodeAt(at + surname)] === 1) return null
  // `和宝贵`, `向大家`: after a character, a surname that is also a function word is the function word
  if (surname === 1 && PREPOSITIONS[folded.charCodeAt(at)] === 1 && isHan(codeAt(folded, at - 1))) return null
  // a part of a name with `·` is that name's (`唐隆功·吴森提`)
  if (folded.charAt(at - 1) === '·' || folded.charAt(end) === '·') return null
  let score = surname === 1 ? t.surname[folded.charCodeAt(at)]! : W.compoundSurname
  for (let i = at + surname; i < end; i++) score += t.given[folded.charCodeAt(i)]!
  if (known) score += W.knownName
  if (given === 1) score += W.oneGivenCharacter
  if (surname === 1 && (wordAt(folded, at, lexicon) || (given === 1 && lexicon.isSurnameWord(folded, at, true))))
    score += W.commonWord
  if (given === 2 && wordAt(folded, at + surname, lexicon)) score += W.commonWord
  if (t.place[folded.charCodeAt(end - 1)] === 1) score += W.placeEnd
  for (let i = Math.max(0, at - 1); i < Math.min(folded.length, end + 2); i++)
    if (isForeign(t, folded.charCodeAt(i))) score += W.foreignCharacter
  if (score + MOST_CONTEXT < least) return null
  score += before(folded, at, lexicon) + after(folded, end, lexicon)
  if (score < least) return null
  for (let i = at + surname; i < end; i++) if (lexicon.honorificAt(folded, i) !== null) return null
  // `这位慈祥`, `老师李明`: no name opens inside a word that ends with its surname
  if (surnameInsideWord(folded, at)) return null
  // `王书记`: a surname and a title name no one
  if ((lexicon.titleBefore(folded, end)?.length ?? 0) >= given) return null
  // `杨梅基地`: no name ends inside a word
  if (endsInWord(folded, end, lexicon)) return null
  // `“王杰班”`, `雷锋班`: a unit named after a person is no person
  if (namesUnit(folded, at, surname, end, lexicon)) return null
  // `印度总理`: a place is no name (looked up last, and only for a reading that would be one)
  if (score >= W.threshold && bloomHas(t.places, folded, at, end)) return null
  return score
}

/** What stands before a name at `at` adds. */
function before(folded: string, at: number, lexicon: Lexicon): number {
  const numeral = NUMERALS[codeAt(folded, at - 1)] === 1 ? W.afterNumeral : 0
  if (joiningDash(folded, at - 1)) return W.afterWord
  if (at === 0 || PUNCTUATION[folded.charCodeAt(at - 1)] === 1) return W.afterPunctuation + numeral
  if (lexicon.titleBefore(folded, at) !== null) return W.afterTitle + numeral
  if (FUNCTION_WORDS[folded.charCodeAt(at - 1)] === 1) return W.afterFunctionWord + numeral
  if (wordAt(folded, at - 1, lexicon)) return W.commonWord + numeral
  // `交相辉映`, `风华正茂`: after another word, the name may be its tail (not after a title's end or a predicate: `随着王莲香`)
  if (lexicon.titleEnds[folded.charCodeAt(at - 1)] === 1 || opensPredicate(folded, at - 2)) return numeral
  return W.afterWord + numeral
}

/**
 * Whether what opens at `at` may follow a subject: a predicate word of jieba's, a function or time
 * word, or a title (`颁发`, `目前`, `则`, `总统`).
 *
 * @example
 * opensAfterSubject('帕尔库·尤迪特颁发了', 7, defaultLexicon()) //=> true
 */
export function opensAfterSubject(folded: string, at: number, lexicon: Lexicon): boolean {
  AFTER_SUBJECT.lastIndex = at
  return opensPredicate(folded, at) || AFTER_SUBJECT.test(folded) || lexicon.titleAfterAt(folded, at)
}

/** What stands after a name ending at `end` adds. */
function after(folded: string, end: number, lexicon: Lexicon): number {
  if (joiningDash(folded, end)) return W.beforeOther
  if (end === folded.length || PUNCTUATION[folded.charCodeAt(end)] === 1) return W.beforePunctuation
  if (speechVerbAt(folded, end)) return W.beforeSpeechVerb
  if (opensAfterSubject(folded, end, lexicon)) return W.beforePredicate
  // across the end, a word that opens with a surname (`初一`: `刘元初一起`) costs, as it does a
  // transliterated name in any word (`特朗普通电话`); a bare name ends inside no other (`endsInWord`)
  if (wordAt(folded, end - 1, lexicon)) return W.commonWord
  if (wordAt(folded, end, lexicon)) return W.beforeWord
  return W.beforeOther
}

/** The most that what stands after a name adds to its score. */
const MOST_AFTER = Math.max(W.beforePunctuation, W.beforeSpeechVerb, W.beforePredicate, W.beforeWord, W.beforeOther)
/** The most that what stands before and after a name adds to its score (no other term adds). */
const MOST_CONTEXT = Math.max(W.afterPunctuation, W.afterTitle, W.afterFunctionWord, 0) + MOST_AFTER

/**
 * The names of running text that nothing but their own evidence shows (`田晚霞一心扑在卖鞋上`,
 * `继王义夫夺得…`): at each surname, the better of one or two given characters, kept where its
 * score reaches `NAME_WEIGHTS.threshold`; of two that overlap, the higher. One pass, a few
 * look-ups a character.
 *
 * @example
 * readBareNames('从此，田晚霞一心扑在卖鞋上。', defaultLexicon()) //=> [{ start: 3, end: 6, score: … }]
 */
export function readBareNames(folded: string, lexicon: Lexicon): BareName[] {
  const out: BareName[] = []
  const t = tablesOf()
  for (let at = 0; at < folded.length; at++) {
    const surname = lexicon.surnameLength(folded, at)
    if (surname === 0) continue
    let best: BareName | null = null
    // the characters' evidence and the best context bound the score: most surnames stop here
    const own = surname === 1 ? t.surname[folded.charCodeAt(at)]! : W.compoundSurname
    const first = own + t.given[codeAt(folded, at + surname)]! + MOST_CONTEXT
    for (const given of [1, 2]) {
      const bound = given === 1 ? first + W.oneGivenCharacter : first + t.given[codeAt(folded, at + surname + 1)]!
      if (bound < W.threshold && (bound + W.knownName < W.threshold || !isKnownName(t, folded, at, surname, given)))
        continue
      const score = nameScore(folded, at, surname, given, lexicon, W.threshold)
      if (score !== null && (best === null || score > best.score))
        best = { start: at, end: at + surname + given, score }
    }
    if (best === null || best.score < W.threshold) continue
    const last = out[out.length - 1]
    if (last !== undefined && last.end > best.start) {
      if (last.score < best.score) out[out.length - 1] = best
    } else out.push(best)
  }
  return out
}

/**
 * The name beside a name in a list, across the `、` at `mark` (`马晓春、常昊、周鹤洋`): on `side`
 * `'after'` the item that opens after the mark, on `'before'` the one that ends at it; a surname and
 * one or two characters, scored as a bare name is, kept where the score reaches
 * `NAME_WEIGHTS.listThreshold` — lower than a name alone needs, a list's items being alike — and
 * where its other end is the list's: a `、` or, for its first or last item, where a bare name may
 * open or end. The better of the readings; null when none is kept.
 *
 * @example
 * listNeighbour('马晓春、常昊、周鹤洋', 5, 'before', defaultLexicon()) //=> { start: 3, end: 5, score: … }
 */
export function listNeighbour(
  folded: string,
  mark: number,
  side: 'after' | 'before',
  lexicon: Lexicon,
): BareName | null {
  let best: BareName | null = null
  for (let length = 2; length <= 4; length++) {
    const start = side === 'after' ? mark + 1 : mark - length
    if (start < 0) break
    const surname = lexicon.surnameLength(folded, start)
    const given = length - surname
    if (surname === 0 || given < 1 || given > 2) continue
    const end = start + length
    // `张三、李四三人`: an item holds no numeral
    if (NUMERALS[codeAt(folded, end - 1)] === 1) continue
    // the item's other end: a `、`, or where a name may open (before the first item) or end (after the last)
    const edge = side === 'after' ? end : start - 1
    if (folded.charAt(edge) !== '、') {
      if (side === 'before' && !opensItem(folded, start, lexicon)) continue
    }
    const score = nameScore(folded, start, surname, given, lexicon, W.listThreshold)
    if (score === null || score < W.listThreshold || isPlace(folded, start, end)) continue
    if (best === null || score > best.score) best = { start, end, score }
  }
  return best
}

/** Whether the first item of a list may open at `start`: after punctuation, a function word, a title's end or a word that opens a predicate (`派出马晓春、…`). */
function opensItem(folded: string, start: number, lexicon: Lexicon): boolean {
  const code = codeAt(folded, start - 1)
  return (
    !isHan(code) ||
    FUNCTION_WORDS[code] === 1 ||
    lexicon.titleEnds[code] === 1 ||
    opensPredicate(folded, start - 2) ||
    lexicon.titleBefore(folded, start) !== null
  )
}

/** Words of motion or place before a transliteration: `在达沃斯`, `赴莫斯科`. */
const LOCATIVE = charTable('在赴抵到至')
/** The longest transliterated name read (`纳扎尔巴耶夫`, `恩塔翁维基耶`). */
const MAX_TRANSLITERATED = 7
/** The class of a character that is no transliteration's. */
const NOT_FOREIGN = -128

/**
 * Whether a name may open at `start`: at the start of the text, after punctuation, a function word
 * or a title's end, or after a word that opens a predicate (`会见阿拉法特`); not inside a word
 * (`内塔尼亚胡` has no name `塔尼亚胡`).
 */
function opensName(folded: string, start: number, lexicon: Lexicon): boolean {
  const code = codeAt(folded, start - 1)
  if (code === 0x00b7) return false
  return (
    !isHan(code) || FUNCTION_WORDS[code] === 1 || lexicon.titleEnds[code] === 1 || opensPredicate(folded, start - 2)
  )
}

/**
 * The transliterated names of running text (`谢苗诺娃`, `卡尔波夫`, `莫斯利`): at each character of
 * transliterations (`FOREIGN_EVIDENCE`), the best of the runs of two to seven of them, scored by
 * their evidence less `NAME_WEIGHTS.foreignCost` each and by what stands around it as a bare name
 * is; kept where the score reaches `NAME_WEIGHTS.foreignThreshold` and the run is not a place or
 * an organisation (`伊拉克`, `赫尔辛基`, `阿里巴巴`: `PLACE_WORDS`) nor a common word (`豪迈`:
 * `FOREIGN_WORDS`), and one after `在`, `赴`, `抵` … costs `NAME_WEIGHTS.afterLocative`; a run does not end before a strong transliteration character (`特朗普`, not
 * `特朗`). Of two that overlap, the higher. A few look-ups a character.
 *
 * @example
 * readTransliteratedNames('卡尔波夫说', defaultLexicon()) //=> [{ start: 0, end: 4, score: … }]
 */
export function readTransliteratedNames(folded: string, lexicon: Lexicon): BareName[] {
  const t = tablesOf()
  const out: BareName[] = []
  for (let start = 0; start < folded.length; start++) {
    if (t.foreign[folded.charCodeAt(start)] === NOT_FOREIGN) continue
    // the runs' evidence and the best context bound their scores: most starts stop here, at a glance
    let most = -Infinity
    for (let end = start + 1, sum = 0; end <= Math.min(folded.length, start + MAX_TRANSLITERATED); end++) {
      const cls = t.foreign[folded.charCodeAt(end - 1)]!
      if (cls === NOT_FOREIGN) break
      sum += cls - W.foreignCost
      if (end > start + 1 && sum > most) most = sum
    }
    if (most + MOST_CONTEXT < W.foreignThreshold || !opensName(folded, start, lexicon)) continue
    let best: BareName | null = null
    let evidence = t.foreign[folded.charCodeAt(start)]! - W.foreignCost
    let opening: number | null = null
    // the runs from `start` checked against the places, up to this end: checked only when a run may be read
    let checked = start + 1
    let place = false
    for (let end = start + 2; end <= Math.min(folded.length, start + MAX_TRANSLITERATED); end++) {
      const cls = t.foreign[folded.charCodeAt(end - 1)]!
      if (cls === NOT_FOREIGN) break
      evidence += cls - W.foreignCost
      if (folded.charAt(end) === '·') continue
      // `特朗普`: a transliteration goes on while its characters do
      if (end < start + MAX_TRANSLITERATED && isForeign(t, codeAt(folded, end))) continue
      // the evidence and the best context bound the score: most runs stop here
      opening ??= before(folded, start, lexicon) + (LOCATIVE[codeAt(folded, start - 1)] === 1 ? W.afterLocative : 0)
      if (evidence + opening + MOST_AFTER < W.foreignThreshold) continue
      // `巴勒斯坦人`, `罗马尼亚`: what opens with a place is the place's, not a shorter name's or a longer one's
      while (checked < end && !place) place = bloomHas(t.places, folded, start, ++checked)
      if (place) break
      if (bloomHas(t.foreignWords, folded, start, end)) continue
      let score = evidence + opening + after(folded, end, lexicon)
      if (end - start === 2 && wordAt(folded, start, lexicon)) score += W.commonWord
      if (score >= W.foreignThreshold && (best === null || score > best.score)) best = { start, end, score }
    }
    if (best === null || place) continue
    const last = out[out.length - 1]
    if (last !== undefined && last.end > best.start) {
      if (last.score < best.score) out[out.length - 1] = best
    } else out.push(best)
  }
  return out
}
