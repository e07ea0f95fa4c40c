import { COUNT } from '../../../grammar/dates.js'
import { addMonthsTo, dateOf, dayOf, daysInMonth } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { countOf } from '../parts.js'
import { spanOfDays, unresolved } from '../values.js'

/**
 * A time counted from the reference date: `5天前`, `20天后`, `2星期前`, `两年前` (that whole year),
 * `3个月后` (that whole month).
 *
 * @example
 * // 2021-06-14 issue
 * '3年后' //=> 2024-01-01 … 2024-12-31
 */
export const counted: DateParser = {
  name: 'counted',
  firstChars: '0-9〇零一二两三四五六七八九十百半',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅天日周星礼个月年 \\t',
  pattern: new RegExp(
    `(?<![\\d.第〇零一二两三四五六七八九十百几])(?!0)(?<count>${COUNT}|半)[ \\t]?(?<unit>天|日|周|个?星期|个?礼拜|个?月|年)(?<dir>以前|以后|之前|之后|前|后)(?![天年月日期来半夜])`,
    'y',
  ),
  parse(match, ctx) {
    const { count: countText, unit, dir } = match.groups!
    const count = countText === '半' ? null : countOf(countText!)
    if (count === null || count < 1) return null
    const sign = /前/.test(dir!) ? -1 : 1
    const flags = { relative: true }
    const precision = unit === '年' ? 'year' : /月/.test(unit!) ? 'month' : 'day'
    if (ctx.reference === null) return unresolved(precision, flags)
    const ref = ctx.reference
    if (unit === '年') {
      const year = dateOf(ref).year + sign * count
      return spanOfDays(dayOf(year, 1, 1), dayOf(year, 12, 31), 'year', flags)
    }
    if (/月/.test(unit!)) {
      const { year, month } = dateOf(addMonthsTo(ref, sign * count))
      return spanOfDays(dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month)), 'month', flags)
    }
    const day = ref + sign * count * (unit === '天' || unit === '日' ? 1 : 7)
    return spanOfDays(day, day, 'day', { ...flags, base: { day } })
  },
}
