import { dayOf, daysInMonth } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { spanOfDays } from '../values.js'

/**
 * Years from one to another in figures, the first without `年`: `2016-2018`, `2016到2018`,
 * `1995 – 1997年`, `1985到89年9月` (the second year may be short, and end on a month).
 *
 * @example
 * '2016-2018' //=> 2016-01-01 … 2018-12-31
 */
export const yearRange: DateParser = {
  name: 'year-range',
  firstChars: '0-9',
  secondChars: '0-9',
  pattern:
    /(?<![\d./-])(?<from>(?:1[5-9]|20)\d{2})[ \t]?(?:-|–|—|~|到|至)[ \t]?(?<to>(?:1[5-9]|20)\d{2}|\d{2})(?![\d./%-])(?:[ \t]?年(?:(?<toMonth>1[0-2]|0?[1-9])月)?)?(?![年月日号])/y,
  parse(match, ctx) {
    const g = match.groups!
    const from = Number(g.from)
    const to = g.to!.length === 2 ? Math.floor(from / 100) * 100 + Number(g.to) : Number(g.to)
    if (to <= from || to - from > 200) return null
    const month = g.toMonth === undefined ? 12 : Number(g.toMonth)
    void ctx
    return spanOfDays(dayOf(from, 1, 1), dayOf(to, month, daysInMonth(to, month)), g.toMonth ? 'month' : 'year', {
      relative: false,
      stated: { year: from },
    })
  },
}
