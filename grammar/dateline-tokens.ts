/**
 * Tokens of a dateline, the words before a report's kind word (`本报北京12月21日电`), read from
 * folded text (`訊` → `讯`). Most are custom patterns: the outlet words come from the compiled
 * lexicon of the parser at hand (plugins add outlets), and the kind word, a date and a separator
 * are told by where they stand: the kind word closes the text, a date runs up to it.
 *
 * ```
 * According  据                      only opening the words, before an outlet: a source cited (`据新华社电`)
 * Relay      据 + an outlet           after the outlet: the outlet it relays (`新华社据塔斯社…`)
 * Agency     中央社                  two to six Han characters, an outlet, before a slash
 * Slash      ／                      folded to `/`, with the spaces around it
 * Outlet     本报 | 新华社 | 长江日报 … the lexicon's longest outlet opening the words
 * ReporterWord 记者                  right after the outlet: the reporters the dispatch names (CNA's `中央社記者X台北29日電`)
 * ReporterName 戴雅真                 after the role word or a separator: a surname and a given name, the place after the last
 * Day        12月21日 | 十二月二十一日 | 7日   a day of a month, running up to the kind word
 * NotADay    32日 | 13月5日           the shape of a date that is none: part of the place
 * Separator  、 | · | -               between places (`芙蓉、波德申`), `-` after a brand (`四川新闻网-成都日报`)
 * PlaceChar  北                       one Han character or digit, not a word of a sentence (`的是了着过`)
 * Compiled   综合                    right before the kind word: a report compiled from sources (`综合报导`)
 * Parent     (湖北日报网)              an outlet's name in brackets after the words: the outlet's parent (`荆楚网(湖北日报网)讯`)
 * Xun        讯 | 专讯 | 报导          Dian  电 | 专电        Report  报道        News  消息
 * ```
 */
import { type CustomPatternMatcherReturn, createToken, type IToken, Lexer, type TokenType } from 'chevrotain'
import type { Lexicon } from '../src/lexicon.js'
import { smallNumber } from '../src/numerals.js'
import { OUTLET_BRAND } from '../src/vocabulary/outlets.js'

/**
 * What the custom patterns read besides the text: the lexicon of the parser at hand and where the
 * kind word starts. The reader sets both right before it lexes, so one lexer serves every parser.
 */
export const datelineScan: { lexicon: Lexicon | null; kindStart: number } = { lexicon: null, kindStart: -1 }

/** Kind words of two characters, tried before the one-character `讯` and `电`. */
const LONG_KINDS: Readonly<Record<string, 'xun' | 'dian' | 'report' | 'news'>> = {
  报道: 'report', // a web outlet's `云上通山报道`
  报导: 'xun', // Taiwan's 報導: `台北报导`
  专讯: 'xun', // Hong Kong's 專訊: `明报专讯`
  专电: 'dian', // 專電: `中央社/ 巴黎9日专电`
  消息: 'news', // Macau's `本报消息`
}

/**
 * Where the kind word that closes `folded` starts, or -1: the longest kind word it ends with
 * (`专讯` before `讯`).
 *
 * @example
 * kindStart('明报专讯') //=> 2
 */
export function kindStart(folded: string): number {
  const length = folded.length
  if (length >= 2 && LONG_KINDS[folded.slice(length - 2)] !== undefined) return length - 2
  const last = folded.charCodeAt(length - 1)
  return last === 0x8baf || last === 0x7535 ? length - 1 : -1 // 讯, 电
}

/** The kind of the word at the kind start: what each kind token matches. */
function kindWord(text: string, offset: number): 'xun' | 'dian' | 'report' | 'news' | null {
  if (offset !== datelineScan.kindStart) return null
  if (text.length - offset === 2) return LONG_KINDS[text.slice(offset)] ?? null
  return text.charCodeAt(offset) === 0x8baf ? 'xun' : 'dian'
}

/** What a custom pattern returns: the image, and a payload for the parser when there is one. */
export function match(image: string, payload?: unknown): CustomPatternMatcherReturn {
  const result: CustomPatternMatcherReturn = [image]
  if (payload !== undefined) result.payload = payload
  return result
}

/** A character of a dateline's words: Han, a digit or `〇`, and none of `的是了着过`. */
function isWordChar(code: number): boolean {
  return (
    ((code >= 0x3400 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || code === 0x3007) &&
    !SENTENCE_CHARS.has(code)
  )
}
/** Words of a sentence, never of a dateline: `日本朝日电视台的山本志门是第三次报道`. */
const SENTENCE_CHARS = new Set([...'的是了着过'].map((c) => c.charCodeAt(0)))
const isSeparator = (code: number): boolean => code === 0x3001 || code === 0xb7 // 、 ·

/** One character of every block of chevrotain's first-character table from `from` to `to`. */
export function blockHints(from: number, to: number): number[] {
  const hints: number[] = []
  for (let code = from; code < to; code += 0xff) hints.push(code)
  hints.push(to)
  return hints
}
export const HAN_HINTS: number[] = blockHints(0x3400, 0x9fff)
const WORD_HINTS = [...'0123456789〇'].map((c) => c.charCodeAt(0)).concat(HAN_HINTS)

/** `据新华社电`: 据 opening the words, before the outlet whose dispatch is printed (a source cited). */
export const According: TokenType = createToken({
  name: 'According',
  pattern: (text, offset) => (offset === 0 && text.charCodeAt(0) === 0x636e ? match('据') : null),
  start_chars_hint: ['据'],
  line_breaks: false,
})

/**
 * `据塔斯社`: after the outlet, 据 and the outlet it relays (`新华社据塔斯社莫斯科1日讯`). The
 * dateline names the relaying outlet; the relayed one is its source.
 */
export const Relay: TokenType = createToken({
  name: 'Relay',
  pattern: (text, offset) => {
    if (offset === 0 || text.charCodeAt(offset) !== 0x636e) return null
    const source = datelineScan.lexicon!.outletPrefix(text.slice(0, datelineScan.kindStart), offset + 1)
    return source === null ? null : match(text.slice(offset, offset + 1 + source.length))
  },
  start_chars_hint: ['据'],
  line_breaks: false,
})

const AGENCY = /[\u3400-\u9fff]{2,6}(?=\s*\/)/y

/** `中央社/ 台北7日電`: an agency opening the words, two to six Han characters before a slash. */
export const Agency: TokenType = createToken({
  name: 'Agency',
  pattern: (text, offset) => {
    if (offset !== 0) return null
    AGENCY.lastIndex = 0
    const word = AGENCY.exec(text)?.[0]
    if (word === undefined || !datelineScan.lexicon!.isOutlet(word)) return null
    for (let i = 0; i < word.length; i++) if (SENTENCE_CHARS.has(word.charCodeAt(i))) return null
    return match(word)
  },
  start_chars_hint: HAN_HINTS,
  line_breaks: false,
})

/** `／ `: folded to `/`, with the spaces around it. */
export const Slash: TokenType = createToken({
  name: 'Slash',
  pattern: /\s*\/\s*/,
  line_breaks: true,
})

/**
 * `本报`, `新华社`, `香港文汇报`: the longest outlet of the lexicon opening the words (or right
 * after `据`) and ending before the kind word, made of the words' characters; it may hold a
 * separator, but neither open with one nor close the words with one.
 */
export const Outlet: TokenType = createToken({
  name: 'Outlet',
  pattern: (text, offset, matched) => {
    if (offset !== 0 && !(matched.length === 1 && matched[0]!.tokenType === According)) return null
    const word = datelineScan.lexicon!.outletPrefix(text.slice(0, datelineScan.kindStart), offset)
    if (word === null || !isWordChar(word.charCodeAt(0))) return null
    for (let i = 1; i < word.length; i++) {
      const code = word.charCodeAt(i)
      if (!isWordChar(code) && !isSeparator(code)) return null
    }
    const closesWords = offset + word.length === datelineScan.kindStart
    return closesWords && !isWordChar(word.charCodeAt(word.length - 1)) ? null : match(word)
  },
  start_chars_hint: WORD_HINTS,
  line_breaks: false,
})

/** `記者`, `特派記者`: a reporter's role word of the lexicon right after the outlet (`中央社記者戴雅真台北29日電`). */
export const ReporterWord: TokenType = createToken({
  name: 'ReporterWord',
  pattern: (text, offset, tokens) => {
    if (tokens[tokens.length - 1]?.tokenType !== Outlet) return null
    const lexicon = datelineScan.lexicon!
    const word = lexicon.rolePrefix(text.slice(0, datelineScan.kindStart), offset)
    return word !== null && lexicon.role(word) === 'reporter' ? match(word) : null
  },
  start_chars_hint: HAN_HINTS,
  line_breaks: false,
})

/**
 * `戴雅真`: a reporter's name after the role word, or after a separator after a name
 * (`記者郭建伸、王揚宇台北10日電`): it opens with a surname, and two to four characters run up to
 * the separator; the last name leaves at least two characters of place before the date.
 */
export const ReporterName: TokenType = createToken({
  name: 'ReporterName',
  pattern: (text, offset, tokens) => {
    const last = tokens[tokens.length - 1]?.tokenType
    const named = last === ReporterWord || (last === Separator && tokens[tokens.length - 2]?.tokenType === ReporterName)
    if (!named || datelineScan.lexicon!.surnameLength(text, offset) === 0) return null
    const length = nameLength(text, offset)
    return length === 0 ? null : match(text.slice(offset, offset + length))
  },
  start_chars_hint: HAN_HINTS,
  line_breaks: false,
})

/** A name's characters: Han, none of the words of a sentence. */
const isNameChar = (code: number): boolean => code >= 0x3400 && code <= 0x9fff && !SENTENCE_CHARS.has(code)
/** Names of three characters come first: most given names have two. */
const NAME_LENGTHS = [3, 2, 4]
/** The place after the last name holds at least this many characters (`台北`). */
const MIN_PLACE = 2

/** The length of the reporter's name at `offset`, or 0: up to a separator, else leaving the place. */
function nameLength(text: string, offset: number): number {
  let run = offset
  while (run < datelineScan.kindStart && isNameChar(text.charCodeAt(run))) run++
  for (const length of NAME_LENGTHS)
    if (offset + length <= run && isSeparator(text.charCodeAt(offset + length))) return length
  // the last name: the place runs from its end up to the date (Arabic digits) or the kind word
  for (const length of NAME_LENGTHS) if (run - (offset + length) >= MIN_PLACE) return length
  return 0
}

/** Parts of a place: characters, separators and what looks like a date but is none. */
export const PlacePart: TokenType = createToken({ name: 'PlacePart', pattern: Lexer.NA })

/** `12月21日`, `十二月二十一日`, `21日`: a month and a day, or a day, Arabic or Chinese numerals. */
const DATE = /(?:([0-9]{1,2}|[〇一二三四五六七八九十]{1,3})月)?([0-9]{1,2}|[〇一二三四五六七八九十廿卅]{1,3})日/y

/** A date's month and day as read, when it runs from `offset` up to the kind word. */
interface DateParts {
  image: string
  month: number | undefined
  day: number | undefined
  isDay: boolean
}

/** The last date read: `Day` and then `NotADay` ask for the same offset. */
let lastDate: { text: string; offset: number; kindStart: number; date: DateParts | null } = {
  text: '',
  offset: -1,
  kindStart: -1,
  date: null,
}

function dateAt(text: string, offset: number): DateParts | null {
  const last = lastDate
  if (last.offset === offset && last.kindStart === datelineScan.kindStart && last.text === text) return last.date
  const date = readDate(text, offset)
  lastDate = { text, offset, kindStart: datelineScan.kindStart, date }
  return date
}

function readDate(text: string, offset: number): DateParts | null {
  DATE.lastIndex = offset
  const parts = DATE.exec(text)
  if (parts === null || DATE.lastIndex !== datelineScan.kindStart) return null
  const month = parts[1] === undefined ? undefined : (smallNumber(parts[1]) ?? undefined)
  const day = smallNumber(parts[2]!) ?? undefined
  const isDay = day !== undefined && day >= 1 && day <= 31 && (month === undefined || (month >= 1 && month <= 12))
  return { image: parts[0], month, day, isDay }
}

const DATE_HINTS = [...'0123456789〇一二三四五六七八九十廿卅']

/** `12月21日`, `7日`: a day of a month right before the kind word; its payload has the numbers. */
export const Day: TokenType = createToken({
  name: 'Day',
  pattern: (text, offset) => {
    const date = dateAt(text, offset)
    return date?.isDay === true ? match(date.image, { month: date.month, day: date.day }) : null
  },
  start_chars_hint: DATE_HINTS,
  line_breaks: false,
})

/** `北京32日`, `13月5日`: a date's shape right before the kind word, but no day of a month. */
export const NotADay: TokenType = createToken({
  name: 'NotADay',
  pattern: (text, offset) => {
    const date = dateAt(text, offset)
    return date?.isDay === false ? match(date.image) : null
  },
  start_chars_hint: DATE_HINTS,
  categories: [PlacePart],
  line_breaks: false,
})

/** The tokens before `at`: the last one tells whether the words have started. */
const opensWords = (offset: number, tokens: IToken[]): boolean =>
  offset === 0 || tokens[tokens.length - 1]?.tokenType === Slash

const SEPARATORS = /[、·]+|-/y
const HYPHEN = 0x2d

/**
 * `、`, `·`: between places, `芙蓉、波德申`, `吉打·亚罗士打`; `-` only after an outlet's brand, between
 * a site and its paper (`四川新闻网-成都日报讯`); never opening or closing the words.
 */
export const Separator: TokenType = createToken({
  name: 'Separator',
  pattern: (text, offset, tokens) => {
    SEPARATORS.lastIndex = offset
    const run = SEPARATORS.exec(text)
    if (run === null || SEPARATORS.lastIndex >= datelineScan.kindStart || opensWords(offset, tokens)) return null
    if (text.charCodeAt(offset) === HYPHEN && !brandsOutlet(text.slice(0, offset))) return null
    return match(run[0])
  },
  start_chars_hint: ['、', '·', '-'],
  categories: [PlacePart],
  line_breaks: false,
})

/** `北`: one character of a place. */
export const PlaceChar: TokenType = createToken({
  name: 'PlaceChar',
  pattern: (text, offset) => (isWordChar(text.charCodeAt(offset)) ? match(text.charAt(offset)) : null),
  start_chars_hint: WORD_HINTS,
  categories: [PlacePart],
  line_breaks: false,
})

/**
 * `综合` right before the kind word: a report compiled from several sources (`新华社综合电`,
 * `编译X/综合报导`), no place.
 */
export const Compiled: TokenType = createToken({
  name: 'Compiled',
  pattern: (text, offset) =>
    offset === datelineScan.kindStart - 2 && text.startsWith('综合', offset) ? match('综合') : null,
  start_chars_hint: ['综'],
  line_breaks: false,
})

/**
 * Whether a dateline's words name an outlet by their brand (`长江日报`, `今日镇江`), not a place.
 *
 * @example
 * brandsOutlet('胶东在线') //=> true
 */
export const brandsOutlet = (words: string): boolean => OUTLET_BRAND.test(words)

const PARENT = /\(([\u3400-\u9fff]{2,12})\)/y

/** `(湖北日报网)`: the parent outlet, in brackets, of the outlet the words name (`荆楚网(湖北日报网)讯`). */
export const Parent: TokenType = createToken({
  name: 'Parent',
  pattern: (text, offset) => {
    if (offset === 0) return null
    PARENT.lastIndex = offset
    const parent = PARENT.exec(text)
    if (parent === null || !(datelineScan.lexicon!.isOutlet(parent[1]!) || brandsOutlet(parent[1]!))) return null
    return match(parent[0])
  },
  start_chars_hint: ['('],
  line_breaks: false,
})

/** A kind token: the word at the kind start, of its kind. */
const kindToken = (name: string, kind: ReturnType<typeof kindWord>, hints: string[]): TokenType =>
  createToken({
    name,
    pattern: (text, offset) => (kindWord(text, offset) === kind ? match(text.slice(offset)) : null),
    start_chars_hint: hints,
    line_breaks: false,
  })

/** `讯`, `专讯` (Hong Kong), `报导` (Taiwan): a report. */
export const Xun: TokenType = kindToken('Xun', 'xun', ['讯', '专', '报'])
/** `电`, `专电`: a wire. */
export const Dian: TokenType = kindToken('Dian', 'dian', ['电', '专'])
/** `报道`: a web outlet reporting (`云上通山报道`). */
export const Report: TokenType = kindToken('Report', 'report', ['报'])
/** `消息`: Macau's `本报消息`. */
export const News: TokenType = kindToken('News', 'news', ['消'])

/** In lexing order: the words opening the text first, a date before the characters it is made of. */
export const datelineTokens: TokenType[] = [
  According,
  Agency,
  Outlet,
  Relay,
  ReporterWord,
  ReporterName,
  Xun,
  Dian,
  Report,
  News,
  Day,
  NotADay,
  Compiled,
  Parent,
  Slash,
  Separator,
  PlaceChar,
  PlacePart,
]
