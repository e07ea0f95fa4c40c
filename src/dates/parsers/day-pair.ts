import { dayOf } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { monthForDay, numberOf } from '../parts.js'
import { spanOfDays, unresolved } from '../values.js'

/**
 * Two days in a row under one `日`: `六七两日`, `6、7两日`, in the month a day alone takes; and
 * `今明两天`, `昨今两日` from the reference date.
 *
 * @example
 * // 1946-05-16 issue
 * '六七两日' //=> 1946-05-06 … 1946-05-07
 */
/** `今明两天`, `昨今两日`: two days counted from the reference. */
const NAMED_PAIRS: Readonly<Record<string, number>> = { 今明: 0, 昨今: -1, 明后: 1 }

export const dayPair: DateParser = {
  name: 'day-pair',
  firstChars: '0-9一二三四五六七八九十廿今昨明',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅明今后、两',
  pattern:
    /(?<named>今明|昨今|明后)[两二]?[天日]|(?<![\d.])(?<a>[一二三四五六七八九]|[12]?\d|[一二]?十[一二三四五六七八]?|廿[一二三四五六七八]?)、?(?<b>[二三四五六七八九十]|[12]?\d|[一二]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?)两[日天]/y,
  parse(match, ctx) {
    const named = match.groups!.named
    if (named !== undefined) {
      if (ctx.reference === null) return unresolved('day', { relative: true })
      const first = ctx.reference + NAMED_PAIRS[named]!
      return spanOfDays(first, first + 1, 'day', { relative: true })
    }
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
