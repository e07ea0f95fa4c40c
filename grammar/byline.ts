/**
 * The byline grammar: who wrote a report and in what role, `融媒体 郭龙君 通讯员 孙睿`,
 * `湖北日报全媒记者 张鸿 通讯员 谢丹 齐艳 摄`, read from folded text. The tokens are in
 * `byline-tokens.ts`; the separators between words are skipped.
 *
 * ```
 * byline   := Mark? Outlet? part+ Closing?          `融媒体 郭龙君`, `本报记者 李四 参与采写`
 * part     := Mark | Unit | TrailingRole | credit | names   TrailingRole once names stand since the last role word;
 *                                                   a Unit (`县新闻中心`) is where the names after it work
 * credit   := roleWord ( Joiner ( roleWord Joiner? )? )?   `记者/`, `文/徐报融媒记者` (the second in the same word), `文/图:`
 * roleWord := RoleWord | TrailingRole              `湖北日报全媒记者`, `摄` (a role word too)
 * names    := Letter Letter Letter? | Reporting | Name ( RoleSuffix | RoleNote )?
 *                                                   `张 胜 男`, `北京报道` (after a reporter or no role),
 *                                                   `秦廷富摄`, `龚玉(实习)`, `毛潤民陳曦`
 * ```
 *
 * A role word gives its role to the names after it, an outlet first makes them reporters. When
 * neither a role word nor an outlet marks the byline, every name must open with a surname: the
 * last check, as a role word late in the text marks the names before it (`罗勇 记者 江潇`).
 */
import { EmbeddedActionsParser, type IToken, Lexer } from 'chevrotain'
import type { BylineReading } from '../src/extract/byline.js'
import type { Lexicon } from '../src/lexicon.js'
import type { Role } from '../src/schema.js'
import {
  bylineScan,
  bylineTokens,
  Closing,
  Joiner,
  Letter,
  Mark,
  NAME,
  type NamePayload,
  Name,
  Outlet,
  REPORTS,
  REPORTS_LENGTH,
  Reporting,
  type RolePayload,
  RoleNote,
  RoleSuffix,
  RoleWord,
  scanWords,
  TrailingRole,
  Unit,
} from './byline-tokens.js'

type Range = [start: number, end: number]
const endOf = (token: IToken): number => token.startOffset + token.image.length
const range = (token: IToken): Range => [token.startOffset, endOf(token)]

/**
 * Where a name ends and an outlet glued after it starts (`杨湛联合报` → 2), or 0: a known outlet
 * first, else an outlet's name (`…日报`, `…网`) after the longest name.
 *
 * @example
 * gluedOutlet('杨湛联合报', lexicon) //=> 2
 */
export function gluedOutlet(name: string, lexicon: Lexicon): number {
  if (name.length < 4) return 0
  const cuts = [4, 3, 2].filter(
    (cut) => name.length - cut >= 2 && NAME.test(name.slice(0, cut)) && lexicon.surnameLength(name) > 0,
  )
  return (
    cuts.find((cut) => lexicon.isOutlet(name.slice(cut))) ??
    cuts.find((cut) => cut < 4 && lexicon.isOutletName(name.slice(cut))) ??
    0
  )
}

/**
 * Where two names run together part (`毛潤民陳曦` → 3), or 0: the one cut where both sides are
 * names opening with a surname. Four characters with a cut are more often one name (`欧阳娜娜`,
 * `司马南`): they part only when the first surname has one character.
 *
 * @example
 * runTogetherCut('毛润民陈曦', lexicon) //=> 3
 */
export function runTogetherCut(name: string, lexicon: Lexicon): number {
  if (name.length < 4 || name.length > 8 || !/^[\u3400-\u9fff]+$/.test(name) || lexicon.surnameLength(name) === 0)
    return 0
  const cuts: number[] = []
  for (let cut = 2; cut <= name.length - 2; cut++) {
    if (cut <= 4 && name.length - cut <= 4 && lexicon.surnameLength(name, cut) > 0) cuts.push(cut)
  }
  return cuts.length !== 1 || (name.length === 4 && lexicon.surnameLength(name) > 1) ? 0 : cuts[0]!
}

// The reading in progress, which the actions gather as the rules match: the parser is shared and
// reads one text at a time. `begin` readies it.
let text = ''
let lexicon: Lexicon | null = null
let reading: BylineReading = { outlet: null, contributors: [], guessedSplits: [] }
/** The role the names get, from the last role word or the outlet; null before either. */
let role: Role | null = null
let roleRange: Range | null = null
/** The first contributor since the last role word or the outlet: a closing `摄` names them. */
let groupStart = 0
/** A role word or an outlet was read: the names need not open with a surname. */
let marked = false
/** Names were read that are none. */
let failed = false

function begin(folded: string, with_: Lexicon): void {
  text = folded
  lexicon = with_
  reading = { outlet: null, contributors: [], guessedSplits: [] }
  role = roleRange = null
  groupStart = 0
  marked = failed = false
}

/** A role word or the outlet: the names after it get `as`. */
function startGroup(as: Role, word: Range | null): void {
  role = as
  roleRange = word
  marked = true
  groupStart = reading.contributors.length
}

function add(start: number, end: number, as: Role | null = role, word = roleRange): void {
  reading.contributors.push({ start, end, role: as ?? 'other', roleWord: word })
}

/** `记者`, `本报记者` (the outlet `本报`), `湖北日报全媒记者` (the brand); `文/徐报融媒记者` (the second describes the first). */
function credit(first: IToken, second: IToken | undefined): void {
  const { word, at } = (first.payload as RolePayload | undefined) ?? { word: first.image, at: 0 }
  const [start, end] = range(first)
  startGroup(lexicon!.role(word)!, [start, end])
  const outlet = at > 0 ? first.image.slice(0, at) : lexicon!.outletPrefix(word)
  if (reading.outlet === null && outlet !== null && outlet.length < end - start)
    reading.outlet = [start, start + outlet.length]
  if (second === undefined) return
  const brand = (second.payload as RolePayload).at
  if (reading.outlet === null && brand > 0) reading.outlet = [second.startOffset, second.startOffset + brand]
  roleRange = [start, endOf(second)]
}

/** A closing `摄`: the names since the last role word took the pictures. */
function credits(word: IToken): void {
  for (const c of reading.contributors.slice(groupStart)) {
    c.role = lexicon!.trailingRole(word.image)!
    c.roleWord = range(word)
  }
  marked = true
}

/** `诸葛万报道` (`陈兆良报导`) names a reporter (with no role word before, by its verb); `北京报道`, a place reported from, is read and dropped. */
function reporting(words: IToken): void {
  const who = words.image.slice(0, -REPORTS_LENGTH)
  if (NAME.test(who) && lexicon!.surnameLength(who) > 0)
    add(
      words.startOffset,
      words.startOffset + who.length,
      role ?? 'reporter',
      roleRange ?? [words.startOffset + who.length, endOf(words)],
    )
  if (who.length === 0) failed = true
}

/**
 * A name with its role after it (`秦廷富摄`, `龚玉(实习)`); else a name, a name with its paper
 * glued on (`杨湛联合报`, in the last word only), or two names run together (`毛潤民陳曦`).
 */
function named(name: IToken, after: IToken | undefined): void {
  const [start, end] = range(name)
  const { last, note } = name.payload as NamePayload
  if (after !== undefined) {
    // `记者 洪为亮/文`, `記者張麗英/報導`: who wrote or reported the text is who the role word names
    const trailing = lexicon!.trailingRole(after.image)!
    if (note === undefined && (trailing === 'author' || trailing === 'reporter') && role !== null) add(start, end)
    else if (note === undefined) add(start, end, trailing, range(after))
    else add(start, end, note, [after.startOffset + 1, endOf(after) - 1])
    marked = true
    return
  }
  const word = nameWord(name.image, last, lexicon!)
  if (word === null) failed = true
  else if (word.paper > 0) {
    add(start, start + word.paper)
    reading.outlet ??= [start + word.paper, end]
  } else if (word.cut === 0) add(start, end)
  else {
    add(start, start + word.cut)
    add(start + word.cut, end)
    reading.guessedSplits.push([start, end])
  }
}

/**
 * How a word read as names, with no role after it, is one: a name with its paper glued on
 * (`paper`: where the paper starts), one name (`cut` 0), or two run together (`cut`: where the
 * second starts); null when it is none, and the text then no byline.
 *
 * @example
 * nameWord('杨湛联合报', true, lexicon) //=> { paper: 2, cut: 0 }
 * nameWord('推动数智技术与传统产业深', true, lexicon) //=> null
 */
export function nameWord(image: string, last: boolean, lexicon: Lexicon): { paper: number; cut: number } | null {
  const paper = last ? gluedOutlet(image, lexicon) : 0
  if (paper > 0) return { paper, cut: 0 }
  const cut = runTogetherCut(image, lexicon)
  // one name, or four characters with a cut, more often one name (`欧阳娜娜`)
  if (NAME.test(image) && (image.length <= 3 || !(cut > 0 && image.length > 4))) return { paper: 0, cut: 0 }
  return cut > 0 ? { paper: 0, cut } : null
}

/**
 * Whether a token of the text is a name word that is none (`nameWord`): the reading would fail
 * at it, so the text is no byline, and the parser need not run. A `Name` followed by its role
 * (`RoleSuffix`, `RoleNote`) is read with it, so only a name word with none after it counts.
 */
function holdsNoName(tokens: IToken[], lexicon: Lexicon): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.tokenType !== Name) continue
    const next = tokens[i + 1]?.tokenType
    if (next === RoleSuffix || next === RoleNote) continue
    if (nameWord(token.image, (token.payload as NamePayload).last, lexicon) === null) return true
  }
  return false
}

/** The reading, or null: no names, names that are none, or a name without a surname where nothing marks the byline. */
function result(): BylineReading | null {
  const { contributors } = reading
  if (failed || contributors.length === 0) return null
  return !marked && contributors.some((c) => lexicon!.surnameLength(text, c.start) === 0) ? null : reading
}

export interface BylineParserOptions {
  /** Run chevrotain's grammar self-checks (tests and diagrams do). */
  validate?: boolean
}

/**
 * The byline parser. Build it once and reuse it (`parseByline` does): the analysis is the costly
 * part. Its actions gather the reading in this module, so texts are parsed through
 * `parseByline`, which readies them.
 *
 * @example
 * new BylineParser({ validate: true }).getSerializedGastProductions().map((p) => p.name)
 * //=> ['byline', 'part', 'credit', 'roleWord', 'names']
 */
export class BylineParser extends EmbeddedActionsParser {
  constructor(options: BylineParserOptions = {}) {
    super(bylineTokens, { skipValidations: !options.validate, recoveryEnabled: false })
    this.performSelfAnalysis()
  }

  /**
   * byline := Mark? Outlet? part+ Closing?
   * e.g. `融媒体 郭龙君 通讯员 孙睿`, `■ 本报记者 赵宗锋`, `本报记者 李四 参与采写`
   */
  public byline = this.RULE('byline', (): BylineReading | null => {
    this.OPTION(() => this.CONSUME(Mark))
    this.OPTION2(() => {
      const outlet = this.CONSUME(Outlet)
      this.ACTION(() => {
        // `新华社发`: the outlet is the agency's name, without what it did
        reading.outlet = [outlet.startOffset, outlet.startOffset + (outlet.payload as number)]
        startGroup('reporter', null)
      })
    })
    this.AT_LEAST_ONE(() => this.SUBRULE(this.part))
    this.OPTION3(() => this.CONSUME(Closing))
    return this.ACTION(result)
  })

  /** part := Mark | Unit | TrailingRole | credit | names   e.g. `◎`, `县新闻中心`, `摄` (after `谢丹 齐艳`), `通讯员`, `孙睿` */
  public part = this.RULE('part', (): void => {
    this.OR({
      IGNORE_AMBIGUITIES: true, // `摄` is a trailing role after names, else a role word
      MAX_LOOKAHEAD: 1,
      DEF: [
        { ALT: () => this.CONSUME2(Mark) },
        { ALT: () => this.CONSUME(Unit) },
        {
          GATE: () => reading.contributors.length > groupStart,
          ALT: () => {
            const word = this.CONSUME(TrailingRole)
            this.ACTION(() => credits(word))
          },
        },
        { ALT: () => this.SUBRULE(this.credit) },
        { ALT: () => this.SUBRULE(this.names) },
      ],
    })
  })

  /**
   * credit := roleWord ( Joiner ( roleWord Joiner? )? )?
   * e.g. `记者`, `作者:`, `文/徐报融媒记者` (the second in the same word), `文/图:` (two roles, one label)
   */
  public credit = this.RULE('credit', (): void => {
    const first = this.SUBRULE(this.roleWord)
    let second: IToken | undefined
    this.OPTION(() => {
      const joiner = this.CONSUME(Joiner)
      this.OPTION2({
        GATE: () => this.LA(1).startOffset === endOf(joiner),
        DEF: () => {
          second = this.SUBRULE2(this.roleWord)
          this.OPTION3({
            GATE: () => this.LA(1).startOffset === endOf(second!),
            DEF: () => this.CONSUME2(Joiner),
          })
        },
      })
    })
    this.ACTION(() => credit(first, second))
  })

  /** roleWord := RoleWord | TrailingRole   e.g. `湖北日报全媒记者`, `本报记者`, `摄` (a role word of the lexicon too) */
  public roleWord = this.RULE(
    'roleWord',
    (): IToken =>
      this.OR2([
        { ALT: () => this.CONSUME(RoleWord) },
        { GATE: () => lexicon!.role(this.LA(1).image) !== undefined, ALT: () => this.CONSUME2(TrailingRole) },
      ]),
  )

  /**
   * names := Letter Letter Letter? | Reporting | Name ( RoleSuffix | RoleNote )?
   * e.g. `张 胜 男`, `北京报道`, `秦廷富摄`, `龚玉(实习)`, `李增辉`, `毛潤民陳曦`, `杨湛联合报`
   */
  public names = this.RULE('names', (): void => {
    this.OR3({
      IGNORE_AMBIGUITIES: true, // a `Reporting` is a `Name` too, where the role allows no reporting
      MAX_LOOKAHEAD: 1,
      DEF: [
        {
          ALT: () => {
            const first = this.CONSUME(Letter)
            let last = this.CONSUME2(Letter)
            this.OPTION4(() => {
              last = this.CONSUME3(Letter)
            })
            this.ACTION(() => add(first.startOffset, endOf(last)))
          },
        },
        {
          GATE: () => role === 'reporter' || role === null,
          ALT: () => {
            const words = this.CONSUME(Reporting)
            this.ACTION(() => reporting(words))
          },
        },
        {
          ALT: () => {
            const name = this.CONSUME(Name)
            const after = this.OPTION5(() =>
              this.OR4([{ ALT: () => this.CONSUME(RoleSuffix) }, { ALT: () => this.CONSUME(RoleNote) }]),
            )
            this.ACTION(() => named(name, after))
          },
        },
      ],
    })
  })
}

/** Sentence marks: a word holding one is none unless it ends with 报道 (`…报道` drops the place). */
const SENTENCE = /[。！？!?“”‘’…—]/

let lexer: Lexer | null = null
let parser: BylineParser | null = null

/**
 * The tokens of a byline of folded text, or null when the text can be none. A word with a
 * sentence mark is none (most text asked about is sentences): telling that first keeps it away
 * from the lexer. The lexer is built on first use and shared; the lexicon gives the outlets and
 * role words.
 *
 * @example
 * lexByline('记者李增辉、刘峰', lexicon)?.map((t) => t.tokenType.name) //=> ['RoleWord', 'Name', 'Name']
 */
export function lexByline(folded: string, lexicon: Lexicon): IToken[] | null {
  if (SENTENCE.test(folded) && folded.split(/[\s、,，;；]+/).some((w) => SENTENCE.test(w) && !REPORTS.test(w)))
    return null
  lexer ??= new Lexer(bylineTokens, { positionTracking: 'onlyOffset', skipValidations: true })
  scanWords(folded, lexicon)
  const { tokens, errors } = lexer.tokenize(folded)
  bylineScan.lexicon = null
  return errors.length > 0 ? null : tokens
}

/**
 * Parses a byline of folded text into its contributors, or null when the text is none. The parser
 * is built on first use and shared; each call gets a reading of its own.
 *
 * @example
 * parseByline('融媒体 郭龙君 通讯员 孙睿', lexicon)?.contributors.map((c) => c.role)
 * //=> ['reporter', 'correspondent']
 */
export function parseByline(folded: string, lexicon: Lexicon): BylineReading | null {
  const tokens = lexByline(folded, lexicon)
  if (tokens === null || tokens.length === 0 || holdsNoName(tokens, lexicon)) return null
  parser ??= new BylineParser()
  begin(folded, lexicon)
  parser.input = tokens
  const parsed = parser.byline()
  return parser.errors.length > 0 ? null : parsed
}
