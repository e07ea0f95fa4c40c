/**
 * Tokens of a byline, `融媒体 郭龙君 通讯员 孙睿`, read from folded text (`記者` → `记者`). The text
 * falls into words at the separators (spaces, `、`, commas, semicolons), which the lexer skips;
 * each token is told by where it stands in its word, and most are custom patterns reading the
 * compiled lexicon of the parser at hand (plugins add outlets and role words).
 *
 * ```
 * Mark         ■ | □ | ◎ | ●             opening a word: a credit mark (`■ 本报记者 赵宗锋`)
 * Letter       张                        a word of one Han character: a letter of a spaced name (`张 胜 男`),
 *                                        the first a surname
 * Outlet       融媒体 | 本报 | 南洋网      the first word, an outlet of the lexicon and nothing else,
 *              新华社发                  or an agency issuing a picture (its name the outlet)
 * Closing      参与采写 | 联合报道 …      the last word: what the names did (`本报记者 李四 参与采写`)
 * TrailingRole 摄                        a word of its own: the role of the names before it (`谢丹 齐艳 摄`)
 * RoleWord     记者 | 本报记者 | 文        a role word of the lexicon opening a word, one character only before
 *              湖北日报全媒记者           a joiner or alone; after an outlet's brand (`湖北日报`, `徐报`)
 * Joiner       : | /                     right after a role word: `作者:孟军`, `文/徐报融媒记者`
 * Reporting    北京报道 | 诸葛万报道       the rest of a word ending with 报道 (报导): a place reported from, or a name
 * Unit         县新闻中心 | 县农业局         the rest of a word ending in a unit's name, four characters or more
 * Name         李增辉 | 毛潤民陳曦         the rest of a word: names, maybe run together, maybe a paper glued on
 * RoleSuffix   摄                        a trailing role word glued to a name: `秦廷富摄`
 * RoleNote     (实习) | (通讯员)          a role in brackets after a name: `龚玉(实习)`
 * ```
 *
 * A word's head is where it starts after its marks. Role words and names start at a head, or
 * right after a role word or a joiner in the same word.
 */
import { type CustomPatternMatcherFunc, createToken, type IToken, Lexer, type TokenType } from 'chevrotain'
import type { Lexicon } from '../src/lexicon.js'
import type { Role } from '../src/schema.js'
import { JOINED_ROLE_WORDS } from '../src/vocabulary/roles.js'
import { isUnitName } from '../src/vocabulary/unit-names.js'
import { blockHints, HAN_HINTS, match } from './dateline-tokens.js'

const MARKS = '■□◎●○▲△◆◇★☆☉'
const SEPARATORS = '\\s、,，;；'
/** Marks that open a byline line: `■ 本報記者 趙宗鋒`, `◎文/…`, `□ 田昀澍`, `●南洋网`. */
export const CREDIT_MARK = new RegExp(`^[${MARKS}]+`)
/** Separates the words of a byline: spaces, `、`, commas, semicolons. */
const SEPARATOR = new RegExp(`[${SEPARATORS}]+`, 'g')
/** Between a role word and a name: `作者:孟军`, `记者/简文湘`. */
const JOINER = /[:：/／]/
/** A personal name: two to four Han characters, or one with `·` (`阿依古丽·买买提`). */
export const NAME = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8})+)$/
/** `龚玉(实习)`, `张三(通讯员)`: a name and its role in brackets (folded). */
const ROLE_NOTE = /^([\u3400-\u9fff]{2,4})\(([\u3400-\u9fff]{1,5})\)$/
/** An outlet's brand before a role word: `湖北日报全媒记者`, `辽沈晚报首席记者`, `徐报融媒记者`, `周口报业全媒体记者`, `极目新闻记者`. */
const BRAND = /^[\u3400-\u9fff]{1,10}(?:报|报业|传媒|网|台|社|刊|视|频道|中心|新闻|客户端)$/
/** `北京报道`, `诸葛万报道`, `陈兆良报导`: reporting from a place, or a name with its verb (either form). */
export const REPORTS = /报[道导]$/
/** The verb's length, `报道` or `报导`. */
export const REPORTS_LENGTH = 2
/** Words that close a byline and say what its names did: `（本报记者 李四 参与采写）`. */
const CLOSING_WORDS = new Set([
  '参与采写',
  '参与采访',
  '参与报道',
  '采写',
  '联合报道',
  '综合报道',
  '摄影报道',
  '图文报道',
])

/**
 * What the custom patterns read besides the text: the lexicon of the parser at hand and the words
 * of the text (where each starts, where its head is, where it ends). `scanWords` sets them right
 * before the text is lexed, so one lexer serves every parser.
 */
export const bylineScan: { lexicon: Lexicon | null; starts: number[]; heads: number[]; ends: number[]; at: number } = {
  lexicon: null,
  starts: [],
  heads: [],
  ends: [],
  at: 0,
}

/**
 * Splits folded text into its words for the patterns.
 *
 * @example
 * scanWords('■ 本报记者 李四', lexicon) // bylineScan: starts [0, 2, 7], heads [1, 2, 7], ends [1, 6, 9]
 */
export function scanWords(folded: string, lexicon: Lexicon): void {
  const starts: number[] = []
  const ends: number[] = []
  SEPARATOR.lastIndex = 0
  let start = 0
  for (let found = SEPARATOR.exec(folded); found !== null; found = SEPARATOR.exec(folded)) {
    if (found.index > start) {
      starts.push(start)
      ends.push(found.index)
    }
    start = found.index + found[0].length
  }
  if (start < folded.length) {
    starts.push(start)
    ends.push(folded.length)
  }
  const heads = starts.map((head, i) => {
    while (head < ends[i]! && MARKS.includes(folded.charAt(head))) head++
    return head
  })
  bylineScan.lexicon = lexicon
  bylineScan.starts = starts
  bylineScan.heads = heads
  bylineScan.ends = ends
  bylineScan.at = 0
  restFrom = -1
}

/** The word `offset` is in, or -1 in a separator. The lexer asks for offsets in order. */
function wordAt(offset: number): number {
  const { starts, ends } = bylineScan
  let i = starts[bylineScan.at]! > offset ? 0 : bylineScan.at
  while (i < ends.length && ends[i]! <= offset) i++
  bylineScan.at = i
  return i < ends.length && starts[i]! <= offset ? i : -1
}

let restFrom = -1
let rest = ''
/** The rest of word `i` from `offset`: the patterns tried at one offset share it. */
function restOf(text: string, offset: number, i: number): string {
  if (restFrom !== offset) {
    restFrom = offset
    rest = text.slice(offset, bylineScan.ends[i])
  }
  return rest
}

const isLast = (i: number): boolean => i === bylineScan.ends.length - 1
/** The word from its head at `offset` to its end, and which word it is; or null off a head. */
function headWord(text: string, offset: number): [word: string, i: number] | null {
  const i = wordAt(offset)
  return i >= 0 && bylineScan.heads[i] === offset ? [restOf(text, offset, i), i] : null
}

const endOf = (token: IToken): number => token.startOffset + token.image.length
/** The token right before `offset` in the same word, when it is of `type`. */
function after(tokens: IToken[], offset: number, type: TokenType): IToken | undefined {
  const last = tokens[tokens.length - 1]
  return last?.tokenType === type && endOf(last) === offset ? last : undefined
}

/** Any character: a word of the lexicon may open with anything. */
const ANY_HINTS = Array.from({ length: 256 }, (_, code) => code).concat(blockHints(256, 0xffff))

const token = (
  name: string,
  pattern: CustomPatternMatcherFunc,
  hints: (string | number)[] = ANY_HINTS,
  categories?: TokenType[],
): TokenType =>
  createToken({ name, pattern, start_chars_hint: hints, line_breaks: false, ...(categories && { categories }) })

/**
 * The role word of a word (or the rest of one): at its start (`记者李增辉`, `作者:孟军`), or after
 * an outlet's brand (`湖北日报全媒记者`) or an outlet of the lexicon (`全媒体编辑`), with the brand's length as `at`. A one-character role
 * word (and `报导`, `JOINED_ROLE_WORDS`) counts only before `/` or `:`, or as the whole word.
 *
 * @example
 * roleAt('湖北日报全媒记者', lexicon) //=> { word: '全媒记者', at: 4 }
 */
export function roleAt(token: string, lexicon: Lexicon): { word: string; at: number } | null {
  const usable = (word: string | null, at: number): word is string =>
    word !== null &&
    ((word.length > 1 && !JOINED_ROLE_WORDS.has(word)) ||
      JOINER.test(token.charAt(at + word.length)) ||
      token.length === 1)
  const first = lexicon.rolePrefix(token)
  if (usable(first, 0)) return { word: first, at: 0 }
  for (let at = 2; at < token.length - 1; at++) {
    const word = lexicon.rolePrefix(token, at)
    const brand = token.slice(0, at)
    // after an outlet's brand (`湖北日报全媒记者`) or an outlet of the lexicon (`全媒体编辑`)
    if (
      usable(word, at) &&
      word.length > 1 &&
      (BRAND.test(brand) || lexicon.isOutlet(brand)) &&
      at + word.length <= token.length
    ) {
      return { word, at }
    }
  }
  return null
}

/** What the parser reads from a `RoleWord`: its role word, after a brand `at` characters long. */
export interface RolePayload {
  word: string
  at: number
}

/** What the parser reads from a `Name` or `Reporting`: whether its word is the last, and what follows it. */
export interface NamePayload {
  last: boolean
  /** The trailing role word glued after the name (`摄`): a `RoleSuffix` follows. */
  suffix?: string
  /** The role in brackets after the name: a `RoleNote` follows. */
  note?: Role
}

/** `■`, `◎`: credit marks opening a word. */
export const Mark: TokenType = token(
  'Mark',
  (text, offset) => {
    const i = wordAt(offset)
    const head = bylineScan.heads[i]!
    return i >= 0 && bylineScan.starts[i] === offset && head > offset ? match(text.slice(offset, head)) : null
  },
  [...MARKS],
)

const isLetter = (text: string, i: number): boolean =>
  bylineScan.ends[i]! - bylineScan.heads[i]! === 1 && /[\u3400-\u9fff]/.test(text.charAt(bylineScan.heads[i]!))

/**
 * `张`, `胜`: a word of one Han character, a letter of a name printed spaced (`张 胜 男`, `曾  强`);
 * its payload is its place in the name.
 * A spaced name opens with a surname and has two or three letters: the first is a letter when
 * the next word is one too and it is not the outlet, a trailing role or a role word; the one or
 * two words after it are letters whatever they are, when no mark opens them.
 */
export const Letter: TokenType = token(
  'Letter',
  (text, offset, tokens) => {
    const i = wordAt(offset)
    if (i < 0 || !isLetter(text, i)) return null
    const letter = text.charAt(offset)
    const before = tokens[tokens.length - 1]
    if (offset === bylineScan.starts[i] && before?.tokenType === Letter && (before.payload as number) < 2) {
      return match(letter, (before.payload as number) + 1)
    }
    const lexicon = bylineScan.lexicon!
    const first =
      offset === bylineScan.heads[i] &&
      lexicon.surnameLength(letter) > 0 &&
      !(i === 0 && lexicon.isOutlet(letter)) &&
      lexicon.trailingRole(letter) === undefined &&
      lexicon.role(letter) === undefined
    const next = i + 1
    return first &&
      next < bylineScan.ends.length &&
      bylineScan.starts[next] === bylineScan.heads[next] &&
      isLetter(text, next)
      ? match(letter, 0)
      : null
  },
  HAN_HINTS,
)

/** A token of a whole word from its head, when `test` takes the word. */
const wordToken = (name: string, test: (word: string, i: number) => boolean, hints?: string[]): TokenType =>
  token(
    name,
    (text, offset) => {
      const word = headWord(text, offset)
      return word !== null && test(...word) ? match(word[0]) : null
    },
    hints,
  )

/** What an agency's credit puts after its name for a picture it issues: `新华社发`, `中新社发`. */
export const ISSUED = '发'

/**
 * `融媒体`, `本报`: the first word, an outlet of the lexicon and nothing else; or an agency issuing
 * the picture (`新华社发 刘震 摄`, `中新社發`), its payload the length of the outlet's name.
 */
export const Outlet: TokenType = token('Outlet', (text, offset) => {
  const head = headWord(text, offset)
  if (head === null || head[1] !== 0) return null
  const [word] = head
  const lexicon = bylineScan.lexicon!
  if (lexicon.isOutlet(word)) return match(word, word.length)
  const issuer = word.slice(0, -ISSUED.length)
  return word.endsWith(ISSUED) && lexicon.isOutlet(issuer) ? match(word, issuer.length) : null
})
/** `参与采写`: the last word, what the names did. */
export const Closing: TokenType = wordToken('Closing', (word, i) => isLast(i) && CLOSING_WORDS.has(word), [
  ...'参采联综摄图',
])
/** `摄` as a word of its own: the role of the names since the last role word (`谢丹 齐艳 摄`). */
export const TrailingRole: TokenType = wordToken(
  'TrailingRole',
  (word) => bylineScan.lexicon!.trailingRole(word) !== undefined,
)

/**
 * `记者`, `本报记者`, `文/`, `湖北日报全媒记者`: a role word of the lexicon at a head or right after
 * a joiner, maybe after an outlet's brand; its payload is a `RolePayload`.
 */
export const RoleWord: TokenType = token('RoleWord', (text, offset, tokens) => {
  const i = wordAt(offset)
  if (i < 0 || (bylineScan.heads[i] !== offset && !after(tokens, offset, Joiner)) || offset >= bylineScan.ends[i]!)
    return null
  const role = roleAt(restOf(text, offset, i), bylineScan.lexicon!)
  return role && match(text.slice(offset, offset + role.at + role.word.length), role)
})

/** `:`, `/` right after a role word: `作者:孟军`, `文/徐报融媒记者`. */
export const Joiner: TokenType = token(
  'Joiner',
  (text, offset, tokens) =>
    after(tokens, offset, RoleWord) && JOINER.test(text.charAt(offset)) ? match(text.charAt(offset)) : null,
  [...':：/／'],
)

/** The rest of the word from `offset` when names may start there (a head, or after a role word or joiner). */
function namesHere(text: string, offset: number, tokens: IToken[]): [rest: string, last: boolean] | null {
  const i = wordAt(offset)
  const head = i >= 0 && bylineScan.heads[i] === offset
  if (!head && !after(tokens, offset, RoleWord) && !after(tokens, offset, Joiner)) return null
  return offset < bylineScan.ends[i]! ? [restOf(text, offset, i), isLast(i)] : null
}

/** `县新闻中心` before `唐福升`: the unit of the names after it, the rest of a word where names may start. */
export const Unit: TokenType = token('Unit', (text, offset, tokens) => {
  const here = namesHere(text, offset, tokens)
  if (here === null || !isUnitName(here[0])) return null
  return match(here[0])
})

/** `李增辉`, `秦廷富` (before `摄`), `龚玉` (before `(实习)`): names, the rest of a word; a `NamePayload`. */
export const Name: TokenType = token('Name', (text, offset, tokens) => {
  const here = namesHere(text, offset, tokens)
  if (here === null) return null
  const [rest, last] = here
  const lexicon = bylineScan.lexicon!
  const suffix = lexicon.trailingRoleSuffix(rest)
  const name = suffix === null ? '' : rest.slice(0, -suffix.length)
  if (NAME.test(name)) return match(name, { last, suffix })
  const noted = ROLE_NOTE.exec(rest)
  const note = noted && (lexicon.role(noted[2]!) ?? (noted[2] === '实习' ? 'intern' : undefined))
  return note ? match(noted![1]!, { last, note }) : match(rest, { last })
})

/** `北京报道`, `诸葛万报道`: the rest of a word, ending with 报道; names too, where no reporting is. */
export const Reporting: TokenType = token(
  'Reporting',
  (text, offset, tokens) => {
    const here = namesHere(text, offset, tokens)
    // `王勇摄影报道`: a photographer's trailing role word, not a name with its verb
    if (here === null || !REPORTS.test(here[0]) || bylineScan.lexicon!.trailingRoleSuffix(here[0]) !== null) return null
    return match(here[0], { last: here[1] })
  },
  ANY_HINTS,
  [Name],
)

/** A token right after a name, when its payload has `key`: the rest of the word. */
const afterName = (name: string, key: 'suffix' | 'note', hints?: string[]): TokenType =>
  token(
    name,
    (text, offset, tokens) =>
      (after(tokens, offset, Name)?.payload as NamePayload | undefined)?.[key] === undefined
        ? null
        : match(text.slice(offset, bylineScan.ends[wordAt(offset)])),
    hints,
  )

/** `摄` glued to the name before it: `秦廷富摄`. */
export const RoleSuffix: TokenType = afterName('RoleSuffix', 'suffix')
/** `(实习)`: the role of the name before it, in brackets. */
export const RoleNote: TokenType = afterName('RoleNote', 'note', ['('])

/** Spaces, `、`, commas, semicolons: between words, skipped. */
export const Separator: TokenType = createToken({
  name: 'Separator',
  pattern: new RegExp(`[${SEPARATORS}]+`),
  group: Lexer.SKIPPED,
  line_breaks: true,
})

/** In lexing order: what a word's place decides first, then role words, then names. */
export const bylineTokens: TokenType[] = [
  Separator,
  Mark,
  Letter,
  Outlet,
  Closing,
  TrailingRole,
  RoleWord,
  Joiner,
  Reporting,
  Unit,
  Name,
  RoleSuffix,
  RoleNote,
]
