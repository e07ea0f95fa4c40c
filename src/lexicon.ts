import type { Role } from './schema.js'
import { builtinVocabulary, type Vocabulary } from './vocabulary/index.js'
import { OUTLET_NAME } from './vocabulary/outlets.js'
import { PREDICATE_WORDS } from './vocabulary/predicate-words.js'
import { SURNAME_NAME_WORDS, SURNAME_WORDS } from './vocabulary/surname-words.js'
import { pairSet } from './pair-set.js'
import { type WordSet, wordSet } from './word-set.js'

/**
 * A vocabulary compiled for fast look-ups, built once per parser. All keys are folded
 * (Traditional → Simplified, one unit for one), so matching never shifts an offset.
 */
export interface Lexicon {
  readonly vocabulary: Readonly<Vocabulary>
  /** Folds a string for matching; the result has the same length. */
  fold(text: string): string
  /** Longest role word that `folded` starts with at `from`, or null. */
  rolePrefix(folded: string, from?: number): string | null
  role(word: string): Role | undefined
  /** Longest trailing role word that `folded` ends with (`摄`), or null. */
  trailingRoleSuffix(folded: string): string | null
  trailingRole(word: string): Role | undefined
  /** Longest outlet that `folded` starts with at `from`, or null. */
  outletPrefix(folded: string, from?: number): string | null
  isOutlet(word: string): boolean
  /** Whether `folded` is an outlet's name and nothing else: a known outlet, or a name shaped as one (`南洋网`, `滁州日报`). */
  isOutletName(folded: string): boolean
  /** Length of the longest surname `folded` starts with (0 when none). */
  surnameLength(folded: string, from?: number): number
  /**
   * Whether the two characters of `folded` at `from` are a common word that opens with a surname
   * (`国家`, `全面`, `黄河`): there the surname character is no surname. From jieba's dictionary;
   * with `orName`, the words it tags as names count too (`高峰`, `荣获`).
   */
  isSurnameWord(folded: string, from: number, orName?: boolean): boolean
  /** Whether a heading's text (folded) is a known column name. */
  isColumn(folded: string): boolean
  /** Longest title ending (`部长`) that `folded` ends with before `end`, or null. */
  titleBefore(folded: string, end: number): string | null
  /** Longest honorific (`先生`) that `folded` starts with at `from`, or null. */
  honorificAt(folded: string, from: number): string | null
  /** The words after a full name that give its title, longest first, as one global expression. */
  readonly titlesAfter: RegExp
  /** Whether one of the words after a full name that give its title starts at `from`. */
  titleAfterAt(folded: string, from: number): boolean
  /** Characters that end a title word (`长` of 部长): 1 in this table, by UTF-16 code. */
  readonly titleEnds: Uint8Array
  /** Characters that start an honorific (`先` of 先生): 1 in this table, by UTF-16 code. */
  readonly honorificStarts: Uint8Array
}

const aliasTables = new WeakMap<Readonly<Record<string, string>>, Uint16Array>()

/**
 * One UTF-16 unit for one: a table from each code to its alias (0 when it has none), built once
 * per aliases object (parsers that add no aliases share the built-in table of thousands).
 */
function aliasTable(aliases: Readonly<Record<string, string>>): Uint16Array {
  let table = aliasTables.get(aliases)
  if (table === undefined) {
    table = new Uint16Array(0x10000)
    for (const [from, to] of Object.entries(aliases)) {
      if (from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0)
    }
    aliasTables.set(aliases, table)
  }
  return table
}

/** The longest title word `titleBefore` finds. */
const MAX_TITLE = 8

export function compileLexicon(vocabulary: Readonly<Vocabulary>): Lexicon {
  const aliases = aliasTable(vocabulary.aliases)
  const fold = (text: string): string => {
    let out = ''
    let last = 0
    for (let i = 0; i < text.length; i++) {
      const alias = aliases[text.charCodeAt(i)]!
      if (alias !== 0) {
        out += text.slice(last, i) + String.fromCharCode(alias)
        last = i + 1
      }
    }
    return last === 0 ? text : out + text.slice(last)
  }
  const build = (words: Iterable<string>): WordSet => wordSet(Array.from(words, fold))
  const roles = new Map(Object.entries(vocabulary.roles).map(([word, role]) => [fold(word), role] as const))
  const trailing = new Map(Object.entries(vocabulary.trailingRoles).map(([word, role]) => [fold(word), role] as const))
  const roleWords = build(roles.keys())
  const trailingWords = build(trailing.keys())
  const outletWords = build(vocabulary.outlets)
  const surnameWords = build(vocabulary.surnames)
  const columnWords = build(vocabulary.columns)
  const titleWords = build(vocabulary.titles)
  const titleEnds = new Uint8Array(0x10000)
  for (const word of vocabulary.titles) titleEnds[fold(word).charCodeAt(word.length - 1)] = 1
  const honorificStarts = new Uint8Array(0x10000)
  for (const word of vocabulary.honorifics) honorificStarts[fold(word).charCodeAt(0)] = 1
  const honorificWords = build(vocabulary.honorifics)
  const titlesAfterSource = `(?:${
    [...new Set(vocabulary.titlesAfter.map(fold))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|') || '(?!)'
  })`
  const titleAfterSticky = new RegExp(titlesAfterSource, 'y')
  return {
    vocabulary,
    fold,
    rolePrefix: (folded, from = 0) => roleWords.prefix(folded, from),
    role: (word) => roles.get(word),
    trailingRoleSuffix: (folded) => trailingWords.suffixBefore(folded, folded.length),
    trailingRole: (word) => trailing.get(word),
    outletPrefix: (folded, from = 0) => outletWords.prefix(folded, from),
    isOutlet: (word) => outletWords.has(word),
    isOutletName: (folded) => outletWords.has(folded) || OUTLET_NAME.test(folded),
    surnameLength: (folded, from = 0) => surnameWords.prefixLength(folded, from),
    isSurnameWord,
    isColumn: (folded) => columnWords.has(folded),
    titleBefore: (folded, end) => titleWords.suffixBefore(folded, end, end - MAX_TITLE),
    honorificAt: (folded, from) => honorificWords.prefix(folded, from),
    titlesAfter: new RegExp(titlesAfterSource, 'g'),
    titleAfterAt: (folded, from) => {
      titleAfterSticky.lastIndex = from
      return titleAfterSticky.test(folded)
    },
    titleEnds,
    honorificStarts,
  }
}

let commonWords: ((text: string, from: number) => boolean) | null = null
let nameWords: ((text: string, from: number) => boolean) | null = null

/** Whether `folded` has a word opening with a surname at `from` (the tables are read on first use). */
function isSurnameWord(folded: string, from: number, orName = false): boolean {
  commonWords ??= pairSet(SURNAME_WORDS)
  if (commonWords(folded, from)) return true
  if (!orName) return false
  nameWords ??= pairSet(SURNAME_NAME_WORDS)
  return nameWords(folded, from)
}

let predicateWords: ((text: string, from: number) => boolean) | null = null

/**
 * Whether a common word that opens a predicate stands at `from` (`通过`, `前来`, `表示`), from
 * jieba's dictionary: what may follow a name.
 *
 * @example
 * opensPredicate('习近平通过电视', 3) //=> true
 */
export function opensPredicate(folded: string, from: number): boolean {
  predicateWords ??= pairSet(PREDICATE_WORDS)
  return predicateWords(folded, from)
}

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let builtinLexicon: Lexicon | null = null

/** The lexicon of the built-in vocabulary, compiled on first use: for the extractors used alone. */
export const defaultLexicon = (): Lexicon => (builtinLexicon ??= compileLexicon(builtinVocabulary))
