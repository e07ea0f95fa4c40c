import { dateOf, dayOf, daysInMonth } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { spanOfDays, unresolved } from '../values.js'

const OFFSETS: Readonly<Record<string, number>> = { 上上: -2, 上: -1, 下下: 2, 下: 1, 本: 0, 这: 0, 今: 0 }

/**
 * A quarter or half-year counted from the reference's: `上季度`, `下下个季度`, `本季度末`,
 * `上个半年`. `末`/`初` is the last or first month of it.
 *
 * @example
 * // 2021-06-14 issue
 * '上季度末' //=> 2021-03-01 … 2021-03-31
 */
export const relativePeriod: DateParser = {
  name: 'relative-period',
  firstChars: '上下本这季',
  secondChars: '上下一个季度半末初底',
  pattern: /(?:(?<rel>上上|下下|上|下|本|这)(?<mid>一|个)?(?<unit>季度|半年)|(?<season>季))(?<edge>末|初|底)?/y,
  parse(match, ctx) {
    const { rel = '本', mid, unit = '季度', edge, season } = match.groups!
    // `季末` alone: the end of this quarter
    if (season !== undefined && edge === undefined) return null
    const quarter = unit === '季度'
    // `上半年` is the first half of this year, `上个半年` the half before this one
    if (!quarter && (rel === '本' || mid === undefined) && season === undefined) return null
    const flags = { relative: true }
    if (ctx.reference === null) return unresolved(quarter ? 'quarter' : 'half', flags)
    const { year, month } = dateOf(ctx.reference)
    const size = quarter ? 3 : 6
    const index = Math.floor((month - 1) / size) + OFFSETS[rel!]! + Math.floor(year * (12 / size))
    const y = Math.floor(index / (12 / size))
    const first = (index - y * (12 / size)) * size + 1
    let [from, to] = [first, first + size - 1]
    if (edge === '末' || edge === '底') from = to
    else if (edge === '初') to = from
    const precision = edge !== undefined ? 'month' : quarter ? 'quarter' : 'half'
    return spanOfDays(dayOf(y, from, 1), dayOf(y, to, daysInMonth(y, to)), precision, { ...flags, base: { year: y } })
  },
}
