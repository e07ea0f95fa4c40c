import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { addWeeks } from 'date-fns/addWeeks'
import { addYears } from 'date-fns/addYears'
import { endOfISOWeek } from 'date-fns/endOfISOWeek'
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth'
import { startOfISOWeek } from 'date-fns/startOfISOWeek'
import { PART_OF_DAY, SEGMENT, type DateRule } from '../../grammar/dates.js'
import { smallNumber } from '../numerals.js'
import type { DatePrecision, StatedParts } from './types.js'

/** A resolved period: first and last day, or minute, both inclusive. */
export interface Resolution {
  start: Date | null
  end: Date | null
  precision: DatePrecision
  relative: boolean
  vague: boolean
  /** Whether `start`/`end` carry a time of day. */
  timed: boolean
  stated: StatedParts
}

export interface ResolveContext {
  issue: Date | null
  /** The day of the mention before, for `次日`, `当天` and a bare clock time. */
  previous: Date | null
}

/**
 * Windows of the vague words, counted back from the issue date, in days (or years: `y`). A
 * `近日` in a paper is a recent day, within about ten days of going to press.
 */
export const VAGUE_WINDOWS: Readonly<Record<string, { days?: number; years?: number }>> = {
  近日: { days: 10 },
  日前: { days: 10 },
  连日来: { days: 7 },
  近来: { days: 30 },
  近期: { days: 30 },
  前段时间: { days: 30 },
  近段时间: { days: 30 },
  前不久: { days: 30 },
  近年来: { years: 5 },
  多年来: { years: 10 },
}

/** Hours of the parts of the day, first and last. */
const PART_HOURS: Readonly<Record<string, [number, number]>> = {
  凌晨: [0, 5],
  清晨: [5, 7],
  早上: [6, 9],
  早晨: [6, 9],
  早: [6, 9],
  上午: [8, 11],
  中午: [11, 13],
  午后: [13, 15],
  下午: [13, 17],
  傍晚: [17, 19],
  晚上: [18, 23],
  晚间: [18, 23],
  当晚: [18, 23],
  晚: [18, 23],
  夜里: [20, 23],
  夜间: [20, 23],
  当夜: [20, 23],
  夜: [20, 23],
  深夜: [22, 23],
  午夜: [23, 23],
  白天: [8, 17],
}
const AFTERNOON = /^(?:午后|下午|傍晚|晚上|晚间|当晚|晚|夜里|夜间|当夜|夜|深夜)$/

const YEAR_PART = /^(\d{4}|[〇零一二三四五六七八九]{4})年/
const ANCHOR_YEAR_PART = /^(今年|去年|前年|明年)/
const ANCHOR_YEARS: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 }
const MONTH_PART = /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月/
const DAY_PART = /^(\d{1,2}|[〇一二三四五六七八九十廿卅]{1,3})[日号]/
const PART_PART = new RegExp(`^${PART_OF_DAY}`)
const CLOCK_PART = new RegExp(
  `^(${PART_OF_DAY})?(\\d{1,2}|[〇一二三四五六七八九十]{1,3})[时点]((\\d{1,2}|[〇一二三四五六七八九十]{1,3})分|半)?`,
)
const SEGMENT_PART = new RegExp(`^(?:${SEGMENT}|初|底|末|上旬|中旬|下旬)`)
const CN_YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
}

/** The parts of a written date: `2022年12月19日晚18时` → year, month, day, part of day, clock, segment. */
export interface Parts {
  year?: number
  /** `今年` → 0, `去年` → -1: a year counted from the issue date's. */
  yearOffset?: number
  month?: number
  day?: number
  part?: string
  hour?: number
  minute?: number
  segment?: string
  /** Length of text read. */
  length: number
}

/** Reads the parts of an absolute date from the start of `text`; null when a part is out of range. */
export function readParts(text: string): Parts | null {
  const parts: Parts = { length: 0 }
  let rest = text
  const take = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(rest)
    if (match !== null) {
      rest = rest.slice(match[0].length)
      parts.length += match[0].length
    }
    return match
  }
  const anchor = take(ANCHOR_YEAR_PART)
  if (anchor) parts.yearOffset = ANCHOR_YEARS[anchor[1]!]
  const year = anchor ? null : take(YEAR_PART)
  if (year) parts.year = Number(/^\d/.test(year[1]!) ? year[1] : [...year[1]!].map((c) => CN_YEAR_DIGITS[c]).join(''))
  const month = take(MONTH_PART)
  if (month) parts.month = smallNumber(month[1]!) ?? 0
  const day = take(DAY_PART)
  if (day) parts.day = smallNumber(day[1]!) ?? 0
  const clock = take(CLOCK_PART)
  if (clock) {
    if (clock[1]) parts.part = clock[1]
    parts.hour = smallNumber(clock[2]!) ?? -1
    if (clock[3] === '半') parts.minute = 30
    else if (clock[4]) parts.minute = smallNumber(clock[4]) ?? -1
  } else {
    const part = take(PART_PART)
    if (part) parts.part = part[0]
  }
  const segment = take(SEGMENT_PART)
  if (segment) {
    // `底`, `初`, `末` of the unit just written: `11月底` is 月底, `2022年初` is 年初
    const unit = parts.month !== undefined ? '月' : '年'
    parts.segment = /^[初底末]$/.test(segment[0]) ? unit + segment[0] : segment[0]
  }
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return null
  if (parts.day !== undefined && (parts.day < 1 || parts.day > 31)) return null
  if (parts.hour !== undefined && (parts.hour < 0 || parts.hour > 24)) return null
  if (parts.minute !== undefined && (parts.minute < 0 || parts.minute > 59)) return null
  return parts
}

const day = (y: number, m: number, d: number): Date => new Date(y, m - 1, d)
const atHour = (date: Date, hour: number, minute = 0): Date =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate(), hour, minute)

/** How far past the issue date a month-day may lie before it is read as last year's. */
const FUTURE_DAYS_FOR_MONTH_DAY = 60
/** How far past the issue date a day of the month may lie before it is read as last month's. */
const FUTURE_DAYS_FOR_DAY = 5

/** Resolves absolute parts against the issue date, with a past bias for what the text leaves out. */
export function resolveParts(parts: Parts, ctx: ResolveContext): Resolution {
  const stated: StatedParts = {}
  if (parts.year !== undefined) stated.year = parts.year
  if (parts.month !== undefined) stated.month = parts.month
  if (parts.day !== undefined) stated.day = parts.day
  if (parts.hour !== undefined) stated.hour = hour24(parts.hour, parts.part)
  if (parts.minute !== undefined) stated.minute = parts.minute
  const relative = parts.year === undefined
  const none: Resolution = {
    start: null,
    end: null,
    precision: precisionOf(parts),
    relative,
    vague: false,
    timed: false,
    stated,
  }
  const issue = ctx.issue
  let year = parts.year
  if (parts.yearOffset !== undefined) {
    if (issue === null) return none
    year = issue.getFullYear() + parts.yearOffset
  }
  let month = parts.month
  if (parts.day !== undefined && month === undefined) {
    // a day alone: this month, or the last if that day is still to come
    if (issue === null) return none
    // the latest month with that day, not after the issue date (give or take a few days)
    let candidate = day(issue.getFullYear(), issue.getMonth() + 1, parts.day)
    for (
      let back = 1;
      back <= 3 && (candidate.getDate() !== parts.day || candidate > addDays(issue, FUTURE_DAYS_FOR_DAY));
      back++
    ) {
      const first = addMonths(day(issue.getFullYear(), issue.getMonth() + 1, 1), -back)
      candidate = day(first.getFullYear(), first.getMonth() + 1, parts.day)
    }
    year = candidate.getFullYear()
    month = candidate.getMonth() + 1
  }
  if (year === undefined) {
    if (issue === null) return none
    year = issue.getFullYear()
    if (month !== undefined && day(year, month, parts.day ?? 1) > addDays(issue, FUTURE_DAYS_FOR_MONTH_DAY)) year--
  }
  if (month === undefined) return withPeriod(segmentOfYear(year, parts.segment), relative, false, stated)
  if (parts.day === undefined) return withPeriod(segmentOfMonth(year, month, parts.segment), relative, false, stated)
  const date = day(year, month, parts.day)
  if (date.getDate() !== parts.day) return { ...none, relative }
  return withPeriod(timeOfDay(date, parts), relative, false, stated)
}

/** A period with what is said of it: one object built field by field (this runs for every mention). */
export function withPeriod(period: Period, relative: boolean, vague: boolean, stated: StatedParts): Resolution {
  return {
    start: period.start,
    end: period.end,
    precision: period.precision,
    relative,
    vague,
    timed: period.timed ?? false,
    stated,
  }
}

/** The days (or minutes, when `timed`) a mention names, first and last. */
export type Period = Pick<Resolution, 'start' | 'end' | 'precision'> & { timed?: boolean }

function precisionOf(parts: Parts): DatePrecision {
  if (parts.minute !== undefined) return 'minute'
  if (parts.hour !== undefined) return 'hour'
  if (parts.part !== undefined) return 'part-of-day'
  if (parts.day !== undefined) return 'day'
  if (parts.segment !== undefined) return segmentPrecision(parts.segment, parts.month !== undefined)
  if (parts.month !== undefined) return 'month'
  return 'year'
}

function segmentPrecision(segment: string, inMonth: boolean): DatePrecision {
  if (/半年/.test(segment)) return 'half'
  if (/季/.test(segment)) return 'quarter'
  if (/旬|月初|月中|月底|月末/.test(segment) || inMonth) return 'xun'
  return 'month'
}

const hour24 = (hour: number, part: string | undefined): number =>
  part !== undefined && AFTERNOON.test(part) && hour < 12 ? hour + 12 : hour

/** A day, or a part of it, or an hour or minute of it. */
export function timeOfDay(
  date: Date,
  parts: Pick<Parts, 'part' | 'hour' | 'minute'>,
): Omit<Resolution, 'relative' | 'vague' | 'stated'> {
  if (parts.hour !== undefined) {
    const hour = Math.min(hour24(parts.hour, parts.part), 23)
    if (parts.minute !== undefined) {
      const at = atHour(date, hour, parts.minute)
      return { start: at, end: at, precision: 'minute', timed: true }
    }
    return { start: atHour(date, hour, 0), end: atHour(date, hour, 59), precision: 'hour', timed: true }
  }
  if (parts.part !== undefined) {
    const [from, to] = PART_HOURS[parts.part] ?? [0, 23]
    return { start: atHour(date, from, 0), end: atHour(date, to, 59), precision: 'part-of-day', timed: true }
  }
  return { start: date, end: date, precision: 'day', timed: false }
}

/** A year, or a segment of it: 上半年, 前三季度, 年初 … */
export function segmentOfYear(
  year: number,
  segment: string | undefined,
): Pick<Resolution, 'start' | 'end' | 'precision'> {
  const months = (from: number, to: number, precision: DatePrecision) => ({
    start: day(year, from, 1),
    end: lastDayOfMonth(day(year, to, 1)),
    precision,
  })
  if (segment === undefined) return { start: day(year, 1, 1), end: day(year, 12, 31), precision: 'year' }
  if (segment === '上半年') return months(1, 6, 'half')
  if (segment === '下半年') return months(7, 12, 'half')
  if (segment === '年初') return months(1, 1, 'month')
  if (segment === '年中') return months(6, 7, 'month')
  if (segment === '年底' || segment === '年末') return months(12, 12, 'month')
  const first = /^前([一二三两])季度$/.exec(segment)
  if (first) return months(1, 3 * (smallNumber(first[1]!) ?? 1), 'quarter')
  const quarter = /^(?:第)?([一二三四1-4])季度$|^首季度?$/.exec(segment)
  if (quarter) {
    const q = quarter[1] === undefined ? 1 : (smallNumber(quarter[1]) ?? Number(quarter[1]))
    return months(3 * q - 2, 3 * q, 'quarter')
  }
  // a month's segment with no month: the issue month is not known here
  return { start: day(year, 1, 1), end: day(year, 12, 31), precision: 'year' }
}

/** A month, or a segment of it: 上旬, 月底 … */
export function segmentOfMonth(
  year: number,
  month: number,
  segment: string | undefined,
): Pick<Resolution, 'start' | 'end' | 'precision'> {
  const last = lastDayOfMonth(day(year, month, 1))
  if (segment === '上旬' || segment === '月初')
    return { start: day(year, month, 1), end: day(year, month, 10), precision: 'xun' }
  if (segment === '中旬' || segment === '月中')
    return { start: day(year, month, 11), end: day(year, month, 20), precision: 'xun' }
  if (segment === '下旬' || segment === '月底' || segment === '月末')
    return { start: day(year, month, 21), end: last, precision: 'xun' }
  return { start: day(year, month, 1), end: last, precision: 'month' }
}

const ANCHOR_YEAR_OFFSETS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    今年: 0,
    本年: 0,
    本年度: 0,
    当年: 0,
    去年: -1,
    上年: -1,
    上年度: -1,
    上一年: -1,
    前年: -2,
    明年: 1,
    下一年: 1,
  }),
)
const ANCHOR_MONTH_OFFSETS: ReadonlyMap<string, number> = new Map(
  Object.entries({ 本月: 0, 当月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1 }),
)
/** Days from the issue date; the other relative days (`当天`, `次日`) count from the mention before. */
const RELATIVE_DAY_OFFSETS: ReadonlyMap<string, number> = new Map(
  Object.entries({ 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1, 后天: 2 }),
)

/** `今年`, `上月`, `本周` … with an optional segment, against the issue date. */
export function resolveAnchor(text: string, ctx: ResolveContext): Resolution | null {
  const match =
    /^(今年|去年|前年|明年|本年度?|上年度?|上一年|下一年|当年|本月|当月|上月|上个月|下月|下个月|本周|这周|上周|下周|本星期|上星期|下星期)/.exec(
      text,
    )
  if (match === null) return null
  const word = match[1]!
  const segment = text.slice(word.length) || undefined
  const issue = ctx.issue
  if (issue === null)
    return withPeriod(
      { start: null, end: null, precision: /周|星期/.test(word) ? 'week' : /月/.test(word) ? 'month' : 'year' },
      true,
      false,
      {},
    )
  const years = ANCHOR_YEAR_OFFSETS.get(word)
  if (years !== undefined) return withPeriod(segmentOfYear(issue.getFullYear() + years, segment), true, false, {})
  const months = ANCHOR_MONTH_OFFSETS.get(word)
  if (months !== undefined) {
    const first = addMonths(day(issue.getFullYear(), issue.getMonth() + 1, 1), months)
    return withPeriod(segmentOfMonth(first.getFullYear(), first.getMonth() + 1, segment), true, false, {})
  }
  const weeks = /^上/.test(word) ? -1 : /^下/.test(word) ? 1 : 0
  const inWeek = addWeeks(issue, weeks)
  return withPeriod({ start: startOfISOWeek(inWeek), end: endOfISOWeek(inWeek), precision: 'week' }, true, false, {})
}

/** `今天`, `昨日`, `次日` … with an optional time of day. */
export function resolveRelativeDay(text: string, ctx: ResolveContext): Resolution {
  const word = /^(今天|今日|昨天|昨日|前天|明天|明日|后天|当天|当日|同日|次日|翌日|第二天)/.exec(text)![1]!
  const parts = readParts(text.slice(word.length)) ?? { length: 0 }
  const offset = RELATIVE_DAY_OFFSETS.get(word)
  const fromPrevious = offset === undefined
  const anchor = fromPrevious ? (ctx.previous ?? ctx.issue) : ctx.issue
  const stated: StatedParts = {}
  if (parts.hour !== undefined) stated.hour = hour24(parts.hour, parts.part)
  if (parts.minute !== undefined) stated.minute = parts.minute
  if (anchor === null)
    return {
      start: null,
      end: null,
      precision: parts.hour !== undefined ? 'hour' : 'day',
      relative: true,
      vague: false,
      timed: false,
      stated,
    }
  const date = addDays(anchor, offset ?? (/^(次日|翌日|第二天)$/.test(word) ? 1 : 0))
  return withPeriod(timeOfDay(date, parts), true, false, stated)
}

/** `三年来`, `近五年`, `近3个月`: a period counted back from the issue date. */
export function resolveLookback(text: string, ctx: ResolveContext): Resolution {
  const match = /(\d{1,3}|[〇零一二两三四五六七八九十廿卅]{1,3}|几|多)(年|个月|个星期|周|天)/.exec(text)!
  const vague = match[1] === '几' || match[1] === '多'
  const count = vague ? (match[2] === '年' ? 5 : 3) : (smallNumber(match[1]!) ?? Number(match[1]))
  const unit = match[2]!
  const precision: DatePrecision = unit === '年' ? 'year' : unit === '个月' ? 'month' : unit === '天' ? 'day' : 'week'
  if (ctx.issue === null) return withPeriod({ start: null, end: null, precision }, true, vague, {})
  const back =
    unit === '年'
      ? addYears(ctx.issue, -count)
      : unit === '个月'
        ? addMonths(ctx.issue, -count)
        : unit === '天'
          ? addDays(ctx.issue, -count)
          : addWeeks(ctx.issue, -count)
  return withPeriod({ start: back, end: ctx.issue, precision }, true, vague, {})
}

/** `近日`, `连日来` … a window before the issue date; `目前`, `当前`: the issue date. */
export function resolveVague(text: string, ctx: ResolveContext): Resolution {
  if (text === '目前' || text === '当前') {
    return {
      start: ctx.issue,
      end: ctx.issue,
      precision: 'day',
      relative: true,
      vague: false,
      timed: false,
      stated: {},
    }
  }
  const window = VAGUE_WINDOWS[text] ?? { days: 30 }
  const precision: DatePrecision = window.years !== undefined ? 'year' : 'day'
  if (ctx.issue === null)
    return { start: null, end: null, precision, relative: true, vague: true, timed: false, stated: {} }
  const start = window.years !== undefined ? addYears(ctx.issue, -window.years) : addDays(ctx.issue, -window.days!)
  return { start, end: ctx.issue, precision, relative: true, vague: true, timed: false, stated: {} }
}

/** Formats a resolved bound: `2022-12-21`, or `2022-12-19T18:00` when a time is given. */
export function formatBound(date: Date | null, timed: boolean): string | null {
  if (date === null || Number.isNaN(date.getTime())) return null
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`
  return timed ? `${day}T${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}` : day
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

export type { DateRule }
