import { MINUTES_A_DAY } from '../calendar.js'
import type { DateRefiner } from '../engine.js'

const SINCE = /(?:以来|至今|迄今|到现在|到目前为止|到目前|到今天|(?<from>起(?![义草飞床诉航步点来])|开始))/y
/** `起`, `开始` make a period when `从` comes before the date, or nothing after the word: else they start an action (`十二日开始进犯`). */
const FROM = /^[从自由]$/
const ENDS = /^(?:$|[\s,.;:!?、，。；：！？）)”])/

/**
 * A date and `以来`, `起`, `开始`, `至今` as a running period, from the date's start to the
 * reference date: `今年以来`, `10月16日起`, `2016年3月1日开始`, `2004年至今`.
 *
 * @example
 * // 2022-12-22 issue
 * '2019年以来' //=> 2019-01-01 … 2022-12-22
 */
export const runningPeriods: DateRefiner = {
  name: 'running-periods',
  refine(results, text) {
    return results.map((result) => {
      const value = result.value
      if (value.role !== undefined || value.vague) return result
      SINCE.lastIndex = result.index + result.length
      const since = SINCE.exec(text)
      if (since === null) return result
      const after = result.index + result.length + since[0].length
      if (
        since.groups?.from !== undefined &&
        !FROM.test(text.charAt(result.index - 1)) &&
        !ENDS.test(text.slice(after, after + 1))
      )
        return result
      const reference = result.ctx.reference
      // a period that starts after the reference date (`明年1月1日起`) is the date itself
      if (value.start !== null && reference !== null && value.start > reference * MINUTES_A_DAY) return result
      const end = value.start === null || reference === null ? null : reference * MINUTES_A_DAY
      return {
        ...result,
        length: result.length + since[0].length,
        value: {
          ...value,
          start: end === null ? null : value.start,
          end,
          timed: false,
          precision: 'day',
          relative: true,
          role: 'running',
        },
      }
    })
  },
}
