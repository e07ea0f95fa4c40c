import { YEAR } from '../../../grammar/dates.js'
import { dateOf, dayOf, daysInMonth } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { numberOf, readYear } from '../parts.js'
import { spanOfDays, unresolved } from '../values.js'

const M = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])'

/**
 * Months from one to another, the first without `月`: `1-11月`, `1至11月`, `2019年1-五月`. With
 * no year, a range that ends after the reference month is last year's (`1-11月` in a January
 * issue: the figures of last year).
 *
 * @example
 * // 2022-12-22 issue
 * '1-11月' //=> 2022-01-01 … 2022-11-30
 */
export const monthRange: DateParser = {
  name: 'month-range',
  firstChars: '0-9〇零一二两三四五六七八九十今本当同这去上前明来下次后大民甲乙丙丁戊己庚辛壬癸',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅年\\-—~至到－国',
  pattern: new RegExp(`(?:${YEAR})?(?<![\\d.])(?<from>${M})(?:-|—|~|至|到|－)(?<to>${M})月份?`, 'y'),
  parse(match, ctx) {
    const g = match.groups!
    const from = numberOf(g.from!)
    const to = numberOf(g.to!)
    if (from === null || to === null || from >= to) return null
    const year = readYear(g, ctx)
    if (year === null) return null
    const flags = { relative: !(year?.stated ?? false), stated: {} }
    let y = year?.year ?? ctx.base?.year ?? null
    if (year === undefined && y === null) {
      if (ctx.reference === null) return unresolved('month', flags)
      const ref = dateOf(ctx.reference)
      y = to > ref.month ? ref.year - 1 : ref.year
    }
    if (y === null) return unresolved('month', flags)
    return spanOfDays(dayOf(y, from, 1), dayOf(y, to, daysInMonth(y, to)), 'month', { ...flags, base: { year: y } })
  },
}
