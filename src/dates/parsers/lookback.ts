import { COUNT } from '../../../grammar/dates.js'
import { addMonthsTo, dateOf, dayOf } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { countOf } from '../parts.js'
import type { DatePrecision } from '../types.js'
import { spanOfDays, unresolved } from '../values.js'

/**
 * A period counted back to the reference date: `三年来`, `这三年来`, `近五年`, `近3个月`,
 * `过去10天`; `几`/`多` make it vague (`多年来`: five years).
 *
 * @example
 * // 2022-12-22 issue
 * '近五年' //=> 2017-12-22 … 2022-12-22
 */
export const lookback: DateParser = {
  name: 'lookback',
  firstChars: '0-9〇零一二两三四五六七八九十百几多近过最这',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅去近几多年个周天 \\t',
  pattern: new RegExp(
    `(?:(?:近|过去|最近)[ \\t]?(?<count>${COUNT}|几|多)[ \\t]?(?<unit>年|个月|个星期|周|天)来?|这?(?<count2>${COUNT}|几|多)[ \\t]?(?<unit2>年|个月|个星期|周|天)(?:来|以来))`,
    'y',
  ),
  parse(match, ctx) {
    const g = match.groups!
    const countText = (g.count ?? g.count2)!
    const unit = (g.unit ?? g.unit2)!
    const vague = countText === '几' || countText === '多'
    const count = vague ? (unit === '年' ? 5 : 3) : countOf(countText)
    if (count === null || count < 1) return null
    const precision: DatePrecision = unit === '年' ? 'year' : unit === '个月' ? 'month' : unit === '天' ? 'day' : 'week'
    const flags = { relative: true, vague }
    if (ctx.reference === null) return unresolved(precision, flags)
    const ref = ctx.reference
    const back =
      unit === '年'
        ? yearsBack(ref, count)
        : unit === '个月'
          ? addMonthsTo(ref, -count)
          : ref - count * (unit === '天' ? 1 : 7)
    return spanOfDays(back, ref, precision, flags)
  },
}

const yearsBack = (day: number, count: number): number => {
  const { year, month, day: d } = dateOf(day)
  return month === 2 && d === 29 ? dayOf(year - count, 2, 28) : dayOf(year - count, month, d)
}
