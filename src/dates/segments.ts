import { dayOf, daysInMonth, mondayOf, weekdayOf } from './calendar.js'
import { countOf } from './parts.js'
import type { DatePrecision } from './types.js'

/** First and last day (day numbers) of a part of a year or month, and how fine it is. */
export type Segment = [first: number, last: number, precision: DatePrecision]

/** The tail groups a written date may end with (see `TAIL` in `written-date.ts`). */
export type Tail = Record<string, string | undefined>

const months = (year: number, from: number, to: number, precision: DatePrecision): Segment => [
  dayOf(year, from, 1),
  dayOf(year, to, daysInMonth(year, to)),
  precision,
]

/** The first Monday-to-Sunday week of a year: the one that holds 4 January. */
const firstWeek = (year: number): number => mondayOf(dayOf(year, 1, 4))

/** A year, or the part of it a tail names (`上半年`, `前三季度`, `年底`, `前十一个月`, `第一周`); null when it names none. */
export function yearSegment(year: number, tail: Tail): Segment | null {
  if (tail.half !== undefined)
    return /^[上前]/.test(tail.half) ? months(year, 1, 6, 'half') : months(year, 7, 12, 'half')
  const edge = tail.yearEdge ?? (tail.edge === undefined ? undefined : `年${tail.edge}`)
  if (edge !== undefined) {
    if (edge === '年初') return months(year, 1, 1, 'month')
    if (edge === '年中') return months(year, 6, 7, 'month')
    return months(year, 12, 12, 'month')
  }
  if (tail.quarter !== undefined) {
    const first = /^前(.)季度$/.exec(tail.quarter)
    if (first) return months(year, 1, 3 * (countOf(first[1]!) ?? 1), 'quarter')
    const q = /^首/.test(tail.quarter) ? 1 : countOf(tail.quarter.replace(/^第|季度$/g, ''))
    return q === null || q < 1 || q > 4 ? null : months(year, 3 * q - 2, 3 * q, 'quarter')
  }
  if (tail.firstUnit !== undefined) {
    const count = countOf(tail.firstCount!)
    if (count === null || count < 1) return null
    const fromEnd = tail.first === '后' || tail.first === '最后'
    if (tail.firstUnit === '月') {
      if (count > 12) return null
      return fromEnd ? months(year, 13 - count, 12, 'month') : months(year, 1, count, 'month')
    }
    if (tail.firstUnit === '天' || tail.firstUnit === '日') {
      const first = dayOf(year, 1, 1)
      const last = dayOf(year, 12, 31)
      return fromEnd ? [last - count + 1, last, 'day'] : [first, first + count - 1, 'day']
    }
    const monday = firstWeek(year)
    return fromEnd ? null : [monday, monday + 7 * count - 1, 'week']
  }
  if (tail.nthUnit !== undefined) {
    const n = countOf(tail.nth!)
    if (n === null || n < 1) return null
    if (tail.nthUnit === '月') return n > 12 ? null : months(year, n, n, 'month')
    const monday = firstWeek(year) + 7 * (n - 1)
    return [monday, monday + 6, 'week']
  }
  if (tail.xun !== undefined || tail.monthEdge !== undefined || tail.halfMonth !== undefined || tail.wom !== undefined)
    return null
  if (tail.womLast !== undefined) return null
  return months(year, 1, 12, 'year')
}

const WEEKDAYS = '一二三四五六日'

/** A weekday's number, 1 for Monday … 7 for Sunday (`天` and `日` are Sunday). */
export const weekdayNumber = (char: string): number => (char === '天' ? 7 : WEEKDAYS.indexOf(char) + 1)

/** A month, or the part of it a tail names (`上旬`, `月底`, `上半月`, `前4天`, `第3个星期日`); null when none. */
export function monthSegment(year: number, month: number, tail: Tail): Segment | null {
  const last = daysInMonth(year, month)
  const days = (from: number, to: number, precision: DatePrecision): Segment => [
    dayOf(year, month, from),
    dayOf(year, month, to),
    precision,
  ]
  const xun = tail.xun ?? tail.monthEdge ?? (tail.edge === undefined ? undefined : `月${tail.edge}`)
  if (xun !== undefined) {
    if (xun === '上旬' || xun === '月初') return days(1, 10, 'xun')
    if (xun === '中旬' || xun === '月中') return days(11, 20, 'xun')
    return days(21, last, 'xun')
  }
  if (tail.halfMonth !== undefined) return tail.halfMonth === '上半月' ? days(1, 15, 'xun') : days(16, last, 'xun')
  if (tail.firstUnit !== undefined) {
    const count = countOf(tail.firstCount!)
    if (count === null || count < 1 || (tail.firstUnit !== '天' && tail.firstUnit !== '日') || count > last) return null
    return tail.first === '后' || tail.first === '最后' ? days(last - count + 1, last, 'day') : days(1, count, 'day')
  }
  if (tail.womDay !== undefined) {
    const weekday = weekdayNumber(tail.womDay)
    if (tail.womLast !== undefined) {
      const end = dayOf(year, month, last)
      const at = end - ((weekdayOf(end) - weekday + 7) % 7)
      return [at, at, 'day']
    }
    const n = countOf(tail.wom!)
    const first = dayOf(year, month, 1)
    const at = first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * ((n ?? 1) - 1)
    return at > dayOf(year, month, last) ? null : [at, at, 'day']
  }
  if (
    tail.half !== undefined ||
    tail.yearEdge !== undefined ||
    tail.quarter !== undefined ||
    tail.nthUnit !== undefined
  )
    return null
  return days(1, last, 'month')
}
