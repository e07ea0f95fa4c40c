/**
 * The dateline grammar: what opens a report, `本报北京12月21日电`, `中央社/ 台北7日電`, `明报专讯`,
 * read from folded text. The tokens are in `dateline-tokens.ts`.
 *
 * ```
 * dateline := ( agency | According? Outlet Relay? ( reporters | ReporterWord &Compiled )? place? Day? | place Day? ) Parent? Compiled? kind | Compiled kind
 *                                                               an outlet or a place, then a day
 * reporters := ReporterWord ReporterName ( Separator ReporterName )*   `記者郭建伸、王揚宇`, as CNA names them
 * agency   := Agency Slash ( place Day? | Day )                   `中央社/ 台北7日`
 * place    := PlacePart+                                          `芙蓉、波德申`: PlaceChar | Separator | NotADay
 * kind     := Xun | Dian | Report | News                          `报道` within ten characters, dated only after an outlet; `消息` after an outlet or a brand; neither after `据`
 * ```
 */
import { EmbeddedActionsParser, type IToken, Lexer } from 'chevrotain'
import type { Lexicon } from '../src/lexicon.js'
import { textMemo } from '../src/text-memo.js'
import {
  According,
  brandsOutlet,
  Agency,
  Compiled,
  Day,
  Dian,
  datelineScan,
  datelineTokens,
  kindStart,
  News,
  Outlet,
  Parent,
  Relay,
  PlacePart,
  Report,
  ReporterName,
  ReporterWord,
  Separator,
  Slash,
  Xun,
} from './dateline-tokens.js'

/** The parts of a dateline; offsets are relative to the folded text read. */
export interface DatelineParse {
  kind: 'xun' | 'dian'
  /** The kind word was `报道`: a web outlet reporting (`云上通山报道`). */
  report: boolean
  /** The outlet of the lexicon opening the words, or the agency before the slash. */
  outlet: [start: number, end: number] | null
  place: [start: number, end: number] | null
  date: { start: number; end: number; month?: number; day: number } | null
  /** The role word and names of the reporters the words name (`記者戴雅真`), when they do. */
  reporters?: [start: number, end: number]
}

/** The words before the kind word are at most this long. */
const MAX_WORDS = 24
/** The words before `报道` (a web outlet's name) are at most this long. */
const MAX_REPORTING = 10

type Range = [start: number, end: number]
const range = (token: IToken): Range => [token.startOffset, token.startOffset + token.image.length]

/** The date of a `Day` token: its place and the month and day in its payload. */
function dateOf(day: IToken | null): DatelineParse['date'] {
  if (day === null) return null
  const { month, day: value } = day.payload as { month?: number; day: number }
  return {
    start: day.startOffset,
    end: day.startOffset + day.image.length,
    ...(month !== undefined && { month }),
    day: value,
  }
}

/** The words between the opening and the kind word, as the rules collect them. */
interface Words {
  /** `据` opened the words: a dispatch cited, which cables or reports (`据新华社电`), never `报道` or `消息`. */
  cited?: boolean
  outlet: Range | null
  reporters?: Range
  place: Range | null
  day: IToken | null
}

export interface DatelineParserOptions {
  /** Run chevrotain's grammar self-checks (tests and diagrams do). */
  validate?: boolean
}

/**
 * The dateline parser. Build it once and reuse it (`parseDateline` does): the analysis is the
 * costly part.
 *
 * @example
 * const parser = new DatelineParser()
 * parser.input = lexDateline('本报讯', lexicon)!
 * parser.dateline() //=> { kind: 'xun', report: false, outlet: [0, 2], place: null, date: null }
 */
export class DatelineParser extends EmbeddedActionsParser {
  /** The folded text the tokens were read from: a GATE reads a place's words in it. */
  text = ''

  constructor(options: DatelineParserOptions = {}) {
    super(datelineTokens, { skipValidations: !options.validate, recoveryEnabled: false })
    this.performSelfAnalysis()
  }

  /**
   * dateline := ( agency | According? Outlet Relay? ( reporters | ReporterWord &Compiled )? place? Day? | place Day? ) Parent? Compiled? kind | Compiled kind
   * e.g. `本报北京12月21日电`, `据新华社北京三月五日电`, `中央社記者戴雅真台北29日電`, `荆楚网(湖北日报网)讯`, `新华社综合电`, `综合报导`
   */
  public dateline = this.RULE('dateline', (): DatelineParse => {
    let agency: Words | null = null
    let outlet: IToken | null = null
    let place: Range | null = null
    let day: IToken | null = null
    let cited = false
    let reporters: Range | undefined
    this.OR([
      {
        ALT: () => {
          agency = this.SUBRULE(this.agency)
        },
      },
      {
        ALT: () => {
          this.OPTION6(() => {
            this.CONSUME(According)
            cited = true
          })
          outlet = this.CONSUME(Outlet)
          this.OPTION4(() => {
            this.CONSUME(Relay)
          })
          this.OPTION7(() => {
            this.OR3([
              { ALT: () => (reporters = this.SUBRULE(this.reporters)) },
              // `本報記者綜合報導`: the paper's reporters compiled it, naming no one
              {
                GATE: () => this.LA(2).tokenType === Compiled,
                ALT: () => {
                  const word = this.CONSUME2(ReporterWord)
                  this.ACTION(() => (reporters = range(word)))
                },
              },
            ])
          })
          this.OPTION(() => {
            place = this.SUBRULE(this.place)
          })
          this.OPTION2(() => {
            day = this.CONSUME(Day)
          })
        },
      },
      {
        ALT: () => {
          place = this.SUBRULE2(this.place)
          this.OPTION3(() => {
            day = this.CONSUME2(Day)
          })
        },
      },
      { ALT: () => this.CONSUME(Compiled) },
    ])
    this.OPTION8(() => {
      this.CONSUME(Parent)
    })
    this.OPTION5(() => {
      this.CONSUME2(Compiled)
    })
    const words: Words = this.ACTION(
      () => agency ?? { cited, outlet: outlet && range(outlet), ...(reporters && { reporters }), place, day },
    )
    const kind = this.SUBRULE(this.kind, { ARGS: [words] })
    return this.ACTION(() => ({
      kind: kind.tokenType === Dian ? 'dian' : 'xun',
      report: kind.tokenType === Report,
      outlet: words.outlet,
      place: words.place,
      date: dateOf(words.day),
      ...(words.reporters && { reporters: words.reporters }),
    }))
  })

  /** reporters := ReporterWord ReporterName ( Separator ReporterName )*   e.g. `記者郭建伸、王揚宇` */
  public reporters = this.RULE('reporters', (): Range => {
    const word = this.CONSUME(ReporterWord)
    let last = this.CONSUME(ReporterName)
    this.MANY(() => {
      this.CONSUME(Separator)
      last = this.CONSUME2(ReporterName)
    })
    return this.ACTION((): Range => [word.startOffset, range(last)[1]])
  })

  /** agency := Agency Slash ( place Day? | Day )   e.g. `中央社/ 台北7日` */
  public agency = this.RULE('agency', (): Words => {
    const words: Words = { outlet: null, place: null, day: null }
    const agency = this.CONSUME(Agency)
    this.ACTION(() => {
      words.outlet = range(agency)
    })
    this.CONSUME(Slash)
    this.OR([
      {
        ALT: () => {
          words.place = this.SUBRULE(this.place)
          this.OPTION(() => {
            words.day = this.CONSUME(Day)
          })
        },
      },
      {
        ALT: () => {
          words.day = this.CONSUME2(Day)
        },
      },
    ])
    return words
  })

  /** place := PlacePart+   e.g. `芙蓉、波德申`, `北京32日` (PlaceChar | Separator | NotADay) */
  public place = this.RULE('place', (): Range => {
    const first = this.CONSUME(PlacePart)
    let last = first
    this.MANY(() => {
      last = this.CONSUME2(PlacePart)
    })
    return this.ACTION((): Range => [first.startOffset, range(last)[1]])
  })

  /** Whether the place's words brand an outlet (`央视网`), before `消息`. */
  private brands([start, end]: Range): boolean {
    return brandsOutlet(this.text.slice(start, end))
  }

  /** kind := Xun | Dian | Report | News   e.g. `讯`, `专电`; `报道` within ten characters, dated only after an outlet (`美联社六日报道`), `消息` after an outlet or a brand (`央视网消息`); neither after `据` (`据新华社报道,` is a sentence) */
  public kind = this.RULE(
    'kind',
    (words: Words): IToken =>
      this.OR2([
        { ALT: () => this.CONSUME(Xun) },
        { ALT: () => this.CONSUME(Dian) },
        {
          GATE: () =>
            !words.cited && (words.day === null || words.outlet !== null) && this.LA(1).startOffset <= MAX_REPORTING,
          ALT: () => this.CONSUME(Report),
        },
        {
          GATE: () => !words.cited && (words.outlet !== null || (words.place !== null && this.brands(words.place))),
          ALT: () => this.CONSUME(News),
        },
      ]),
  )
}

/** A character no token takes: not Han, a digit, `〇`, a separator, a space, a slash or a bracket; `的是了着过`. */
const OUTSIDE_ALPHABET = /[^\u3400-\u9fff0-9〇、·\-\s/()]|[的是了着过]/

let lexer: Lexer | null = null
let parser: DatelineParser | null = null

/**
 * Where the kind word closing `folded` starts, or -1 when the grammar can only reject the text:
 * no kind word closing it, nothing or too much before it, a character no token takes. Telling
 * these first keeps most text away from the lexer.
 */
function kindStartOfWords(folded: string): number {
  const kindAt = kindStart(folded)
  return kindAt <= 0 || kindAt > MAX_WORDS || OUTSIDE_ALPHABET.test(folded) ? -1 : kindAt
}

/**
 * The tokens of a dateline of folded text, or null when the text is none. The lexer is built on
 * first use and shared; the lexicon gives the outlets.
 *
 * @example
 * lexDateline('中央社/ 台北7日电', lexicon)?.map((t) => t.tokenType.name)
 * //=> ['Agency', 'Slash', 'PlaceChar', 'PlaceChar', 'Day', 'Dian']
 */
export function lexDateline(folded: string, lexicon: Lexicon): IToken[] | null {
  const kindAt = kindStartOfWords(folded)
  return kindAt === -1 ? null : lex(folded, kindAt, lexicon)
}

function lex(folded: string, kindAt: number, lexicon: Lexicon): IToken[] | null {
  lexer ??= new Lexer(datelineTokens, { positionTracking: 'onlyOffset', skipValidations: true })
  datelineScan.lexicon = lexicon
  datelineScan.kindStart = kindAt
  const { tokens, errors } = lexer.tokenize(folded)
  datelineScan.lexicon = null
  return errors.length > 0 ? null : tokens
}

/** The parses of the words read last, per lexicon: a page reads the same words several times (building its articles, then refining them). */
const parses = textMemo((folded, lexicon) => parseTokens(folded, kindStartOfWords(folded), lexicon))

/**
 * Parses a dateline of folded text into its parts, or null when the text is none. The parser is
 * built on first use and shared; each caller gets a parse of its own.
 *
 * @example
 * parseDateline('本报北京12月21日电', lexicon)
 * //=> { kind: 'dian', report: false, outlet: [0, 2], place: [2, 4], date: { start: 4, end: 10, month: 12, day: 21 } }
 */
export function parseDateline(folded: string, lexicon: Lexicon): DatelineParse | null {
  const kindAt = kindStartOfWords(folded)
  if (kindAt === -1) return null
  const parse = parses(lexicon, folded)
  return parse === null ? null : copy(parse)
}

function parseTokens(folded: string, kindAt: number, lexicon: Lexicon): DatelineParse | null {
  const tokens = lex(folded, kindAt, lexicon)
  if (tokens === null) return null
  parser ??= new DatelineParser()
  parser.text = folded
  parser.input = tokens
  const parse = parser.dateline()
  return parser.errors.length > 0 ? null : parse
}

const copy = ({ kind, report, outlet, place, date, reporters }: DatelineParse): DatelineParse => ({
  kind,
  report,
  outlet: outlet && [outlet[0], outlet[1]],
  place: place && [place[0], place[1]],
  date: date && { ...date },
  ...(reporters && { reporters: [reporters[0], reporters[1]] }),
})
