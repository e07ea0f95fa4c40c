import { dayOf, isRealDate, MINUTES_A_DAY } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { yearForMonth } from '../parts.js'
import { spanOfDays, unresolved } from '../values.js'

/**
 * A date in figures: `2022-12-21`, `2022.12.21`, `2018/1/10`, `1789-01-29`, with a time after it
 * (`2018-11-29 18:59`, `2023-10-26 10:30:00`); and a month and day with a slash, `12/1`, where no
 * fraction is meant (no `的`, `以上` … after it).
 *
 * @example
 * '2022/1/5' //=> 2022-01-05
 */
export const numericDate: DateParser = {
  name: 'numeric-date',
  firstChars: '0-9',
  secondChars: '0-9./\\-',
  pattern:
    /(?<![\d./])(?:(?<y>\d{4})(?<sep>[-./])(?<m>1[0-2]|0?[1-9])\k<sep>(?<d>3[01]|[12]\d|0?[1-9])(?![\d./])(?:(?:\s|T)(?<hh>[01]?\d|2[0-3]):(?<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:]))?|(?<m2>1[0-2]|0?[1-9])\/(?<d2>3[01]|[12]\d|0?[1-9])(?![\d./%])(?=$|[\s,;:、)(。，；：]|至|到|起|[上下]午|晚|早|凌晨|号|日))/y,
  parse(match, ctx) {
    const g = match.groups!
    if (g.y !== undefined) {
      const [y, m, d] = [Number(g.y), Number(g.m), Number(g.d)]
      if (!isRealDate(y, m, d)) return null
      const at = dayOf(y, m, d)
      const stated = { year: y, month: m, day: d }
      if (g.hh === undefined)
        return spanOfDays(at, at, 'day', { relative: false, stated, base: { year: y, month: m, day: at } })
      const minute = at * MINUTES_A_DAY + Number(g.hh) * 60 + Number(g.mi)
      return {
        ...spanOfDays(at, at, 'minute', {
          relative: false,
          stated: { ...stated, hour: Number(g.hh), minute: Number(g.mi) },
        }),
        start: minute,
        end: minute,
        timed: true,
        base: { year: y, month: m, day: at },
      }
    }
    const [m, d] = [Number(g.m2), Number(g.d2)]
    const stated = { month: m, day: d }
    const y = yearForMonth(m, d, ctx)
    if (y === null) return unresolved('day', { relative: true, stated })
    if (!isRealDate(y, m, d)) return null
    const at = dayOf(y, m, d)
    return spanOfDays(at, at, 'day', { relative: true, stated, base: { year: y, month: m, day: at } })
  },
}
