import type { DateRefiner, DateResult } from '../engine.js'
import { hasDay, join, type JoinedResult } from './reread.js'

/** What may stand between a date and its time: a space, `的`, a weekday in brackets. */
const BETWEEN = /[ \t]?(?:\((?:星期|周|礼拜)[一二三四五六日天]\)|的)?[ \t]?/y

/**
 * Joins a date and the time after it into one mention: `上月30号12:37`, `今天十一点半`,
 * `国庆节晚上`, `二〇二〇年十月一日(星期四)上午9:00`. A time too loose to stand alone (`10点`,
 * `晚`) is read here, right after a date.
 *
 * @example
 * // 2021-06-14 issue
 * '昨天9点20' //=> 2021-06-13T09:20
 */
export const joinDateAndTime: DateRefiner = {
  name: 'join-date-and-time',
  refine(results, text, reader) {
    const out: JoinedResult[] = []
    for (let i = 0; i < results.length; i++) {
      let date: JoinedResult = results[i]!
      while (hasDay(date.value)) {
        const end = date.index + date.length
        BETWEEN.lastIndex = end
        const at = end + (BETWEEN.exec(text)?.[0].length ?? 0)
        const ctx = { ...date.ctx, base: date.value.base, loose: true }
        const time: DateResult | null = reader.parseAt(text, at, ctx)
        if (
          time === null ||
          time.value.timeOnly === undefined ||
          (time.value.start === null) !== (date.value.start === null)
        )
          break
        // a mention inside what stands between (the bracketed weekday) is part of this one
        while (results[i + 1] !== undefined && results[i + 1]!.index < time.index + time.length) i++
        date = join(date, time)
        if (date.value.precision !== 'part-of-day') break
      }
      out.push(date)
    }
    return out
  },
}

export type { DateResult }
