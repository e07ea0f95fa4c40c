import { charTable, forEachCode } from '../char-table.js'
import type { DatePrecision, StatedParts } from './types.js'

/** What a date reads as: its first and last moment, both inclusive, and what is said of it. */
export interface DateValue {
  /** Minutes since 1970-01-01 (see `calendar.ts`); null when it hangs on an issue date not given. */
  start: number | null
  end: number | null
  /** Whether the bounds carry a time of day (else they are whole days: `end` is its day's 00:00). */
  timed: boolean
  precision: DatePrecision
  relative: boolean
  vague: boolean
  stated: StatedParts
  /** What the second half of a range inherits from this one, and what a time after it lands on. */
  base: DateBase
  /** A clock time or part of the day that has no day of its own: it takes one from a date before it. */
  timeOnly?: TimeOfDay
  /** `dispatch`: the date of a dateline, against which what follows resolves. */
  role?: 'dispatch' | 'running' | 'as-of'
}

/** The fields of a date that a later, shorter one leaves out (`1月3日至10日`, `下午五点到六点`). */
export interface DateBase {
  year?: number
  month?: number
  /** A day number. */
  day?: number
  part?: string
  lunar?: boolean
}

export interface TimeOfDay {
  hour?: number
  minute?: number
  part?: string
}

/** What a parser resolves against. All days are day numbers (`calendar.ts`). */
export interface DateContext {
  /** The issue date. */
  issue: number | null
  /** What `今天`, weekdays and bare days count from: the dispatch's date, else the issue date. */
  reference: number | null
  /** The day of the mention before, for `次日`, `当天` and a bare clock time. */
  previous: number | null
  /** The year of the last mention that wrote one out (`2019年…9月30日`): a month-day after it takes it. */
  statedYear?: number
  /** Inherited from the first half of a range, or the date a time follows. */
  base?: DateBase
  /** Set when a refiner asks for a form that is too loose to stand alone (`六点` after `五点到`). */
  loose?: boolean
}

/**
 * One form of date, in one file: a sticky pattern tried where a mention may start, and what a
 * match reads as. `firstChars` lists the characters a match can begin with (a class written like
 * `0-9年月`), so the pattern is only tried there.
 */
export interface DateParser {
  name: string
  firstChars: string
  /**
   * The characters that may stand second in a match (default: any): a mention is at least two
   * characters long, and a parser is tried only where its first and second characters fit.
   */
  secondChars?: string
  pattern: RegExp
  parse(match: RegExpExecArray, ctx: DateContext): DateValue | null
}

/** A mention found in a text: where, by which parser, read how. */
export interface DateResult {
  index: number
  length: number
  value: DateValue
  parser: string
  /** The context it was read in (a refiner reading it again changes `base` only). */
  ctx: DateContext
}

/** A pass over the mentions found: merges ranges, joins a date and its time, drops overlaps. */
export interface DateRefiner {
  name: string
  refine(results: DateResult[], text: string, reader: DateReader): DateResult[]
}

/** A list of parsers and refiners, in the order they apply; a plugin adds to or reorders them. */
export interface DateRules {
  parsers: DateParser[]
  refiners: DateRefiner[]
}

/**
 * Reads date mentions with a list of parsers and refiners. At each place a mention may start,
 * every parser whose first characters fit is tried; the longest reading wins (the earlier parser
 * on a tie). The mentions found, in text order, then go through the refiners in turn.
 *
 * @example
 * const reader = new DateReader(defaultDateRules())
 * reader.read('12月21日', { issue: dayOf(2022, 12, 22), reference: dayOf(2022, 12, 22), previous: null })[0].value.start
 */
export class DateReader {
  readonly parsers: readonly DateParser[]
  readonly refiners: readonly DateRefiner[]
  /** For each UTF-16 unit, the parsers that may start there (indices; one shared empty list for none). */
  private readonly byFirst: readonly (readonly number[])[]
  /** 1 for each UTF-16 unit that some parser may start with. */
  private readonly first: Uint8Array
  /** 1 for each UTF-16 unit that may stand second in a mention of any parser. */
  private readonly second: Uint8Array
  /** For each parser, 1 for each UTF-16 unit that may stand second in its mentions. */
  private readonly seconds: Uint8Array[]

  constructor(rules: DateRules) {
    const names = new Set<string>()
    for (const rule of [...rules.parsers, ...rules.refiners]) {
      if (names.has(rule.name)) throw new Error(`Two date rules are named ${rule.name}`)
      names.add(rule.name)
    }
    this.parsers = [...rules.parsers]
    this.refiners = [...rules.refiners]
    const none: number[] = []
    const byFirst: number[][] = new Array<number[]>(0x10000).fill(none)
    this.first = new Uint8Array(0x10000)
    // only the codes each parser names are visited: building a reader costs little at start-up
    this.parsers.forEach((parser, index) => {
      if (!parser.pattern.sticky) throw new Error(`The pattern of date parser ${parser.name} must be sticky (flag y)`)
      forEachCode(parser.firstChars, (code) => {
        const list = byFirst[code]!
        if (list[list.length - 1] === index) return
        byFirst[code] = list === none ? [index] : [...list, index]
        this.first[code] = 1
      })
    })
    this.byFirst = byFirst
    const any = new Uint8Array(0x10000).fill(1)
    this.seconds = this.parsers.map((parser) =>
      parser.secondChars === undefined ? any : charTable(parser.secondChars),
    )
    this.second = this.parsers.some((parser) => parser.secondChars === undefined) ? any : new Uint8Array(0x10000)
    if (this.second !== any)
      for (const parser of this.parsers)
        forEachCode(parser.secondChars!, (code) => {
          this.second[code] = 1
        })
  }

  /** The mentions of a normalised, folded text, refined. `ctx` is updated as mentions are read. */
  read(text: string, ctx: DateContext): DateResult[] {
    let results: DateResult[] = []
    const first = this.first
    const second = this.second
    const last = text.length - 1
    // one table look-up a character: the second of a pair first, as it rules out more places
    let next = last >= 0 ? text.charCodeAt(0) : 0
    for (let at = 0; at < last; at++) {
      const here = next
      next = text.charCodeAt(at + 1)
      if (second[next] === 0 || first[here] === 0) continue
      const result = this.parseAt(text, at, ctx)
      if (result === null) continue
      results.push(result)
      this.advance(result, ctx)
      // go on after the mention
      at += result.length - 1
      next = at + 1 <= last ? text.charCodeAt(at + 1) : 0
    }
    for (const refiner of this.refiners) results = refiner.refine(results, text, this)
    return results
  }

  /** The longest reading starting at `at`, or null. */
  parseAt(text: string, at: number, ctx: DateContext): DateResult | null {
    const candidates = this.byFirst[text.charCodeAt(at)] ?? []
    let best: DateResult | null = null
    const second = at + 1 < text.length ? text.charCodeAt(at + 1) : 0
    for (const index of candidates) {
      // a refiner asking for a loose form may take a one-character one (`晚` after `12日`)
      if (this.seconds[index]![second] === 0 && !ctx.loose) continue
      const parser = this.parsers[index]!
      parser.pattern.lastIndex = at
      const match = parser.pattern.exec(text)
      if (match === null || match[0].length === 0) continue
      if (best !== null && match[0].length <= best.length) continue
      const value = parser.parse(match, ctx)
      if (value === null) continue
      best = { index: at, length: match[0].length, value, parser: parser.name, ctx: { ...ctx } }
    }
    return best
  }

  /** What a mention changes for those after it: the day before, and a dateline's date. */
  private advance(result: DateResult, ctx: DateContext): void {
    const { value } = result
    if (value.start === null) return
    const day = Math.floor(value.start / 1440)
    if (value.stated.year !== undefined && !value.relative) ctx.statedYear = value.stated.year
    if (value.role === 'dispatch') {
      ctx.reference = day
      ctx.previous = day
    } else if (value.precision === 'day' || value.timed) {
      if (value.timeOnly === undefined && value.role === undefined) ctx.previous = day
    }
  }
}
