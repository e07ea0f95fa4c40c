import { dayOf } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { monthForDay, numberOf } from '../parts.js'
import { spanOfDays, unresolved } from '../values.js'

/**
 * Two days in a row under one `日`: `六七两日`, `6、7两日`, in the month a day alone takes.
 *
 * @example
 * // 1946-05-16 issue
 * '六七两日' //=> 1946-05-06 … 1946-05-07
 */
export const dayPair: DateParser = {
  name: 'day-pair',
  firstChars: '0-9一二三四五六七八九十廿',
  pattern:
    /(?<![\d.])(?<a>[一二三四五六七八九]|[12]?\d|[一二]?十[一二三四五六七八]?|廿[一二三四五六七八]?)、?(?<b>[二三四五六七八九十]|[12]?\d|[一二]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?)两[日天]/y,
  parse(match, ctx) {
    const a = numberOf(match.groups!.a!)
    const b = numberOf(match.groups!.b!)
    if (a === null || b !== a + 1 || b > 31) return null
    const flags = { relative: true, stated: { day: a } }
    const ym = monthForDay(b, ctx)
    if (ym === null) return unresolved('day', flags)
    const first = dayOf(ym[0], ym[1], a)
    return spanOfDays(first, first + 1, 'day', { ...flags, base: { year: ym[0], month: ym[1] } })
  },
}
