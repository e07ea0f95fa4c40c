import { mondayOf, weekdayOf } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { weekdayNumber } from '../segments.js'
import { spanOfDays, unresolved } from '../values.js'

const WEEK_OFFSETS: Readonly<Record<string, number>> = { 上上: -2, 上: -1, 下下: 2, 下: 1, 这: 0, 本: 0 }

/**
 * A week or a weekday: `本周`, `上上周`, `下个星期`, `星期一`, `下周周六`, `上礼拜天`, `下周末`.
 * A bare weekday is the latest one up to the reference date; a week runs Monday to Sunday.
 *
 * @example
 * // 2013-02-12 issue, a Tuesday
 * '下星期二' //=> 2013-02-19
 */
export const weekday: DateParser = {
  name: 'weekday',
  firstChars: '上下这本周星礼',
  secondChars: '上下这本一个周星期礼拜一二三四五六日天末',
  pattern:
    /(?<!每)(?:(?<rel>上上|下下|上|下|这|本)(?:一|个)?)?(?:周|星期|礼拜)(?:(?:周|星期|礼拜)?(?<day>[一二三四五六日天]|末))?/y,
  parse(match, ctx) {
    const { rel, day } = match.groups!
    if (rel === undefined && (day === undefined || day === '末')) return null
    const precision = day === undefined ? 'week' : 'day'
    const flags = { relative: true }
    if (ctx.reference === null) return unresolved(precision, flags)
    const ref = ctx.reference
    if (rel === undefined) {
      const at = ref - ((weekdayOf(ref) - weekdayNumber(day!) + 7) % 7)
      return spanOfDays(at, at, 'day', { ...flags, base: { day: at } })
    }
    const monday = mondayOf(ref) + 7 * WEEK_OFFSETS[rel]!
    if (day === undefined) return spanOfDays(monday, monday + 6, 'week', flags)
    if (day === '末') return spanOfDays(monday + 5, monday + 6, 'day', flags)
    const at = monday + weekdayNumber(day) - 1
    return spanOfDays(at, at, 'day', { ...flags, base: { day: at } })
  },
}
