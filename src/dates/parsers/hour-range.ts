import { HOUR, MINUTES, PART_OF_DAY } from '../../../grammar/dates.js'
import { MINUTES_A_DAY } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { numberOf } from '../parts.js'
import { hour24, statedTime, unresolved } from '../values.js'

/**
 * Hours from one to another sharing one `点`: `9~12点半`, `早上五到六点`, `晚上9~11点`, on the
 * day of the date before (or the reference date).
 *
 * @example
 * // 2017-03-22 issue
 * '早上五到六点' //=> 2017-03-22T05:00 … 2017-03-22T06:00
 */
export const hourRange: DateParser = {
  name: 'hour-range',
  firstChars: '0-9〇零一二两三四五六七八九十凌清早晨上中午正下傍晚夜深半白当',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅晨上午后晚间里夜天\\-—~至到',
  pattern: new RegExp(
    `(?<part>${PART_OF_DAY})?(?<from>${HOUR})(?:-|—|~|至|到)(?<part2>${PART_OF_DAY})?(?<to>${HOUR})(?:点|时)钟?(?<min>${MINUTES})?`,
    'y',
  ),
  parse(match, ctx) {
    const g = match.groups!
    const from = numberOf(g.from!)
    const to = numberOf(g.to!)
    if (from === null || to === null || from > 24 || to > 24) return null
    const part = g.part ?? (from < 12 ? ctx.base?.part : undefined)
    const start = hour24(from, part)
    let end = hour24(to, g.part2 ?? part)
    if (end < start && g.part2 === undefined && end + 12 > start && end < 12) end += 12
    const minute = g.min === undefined ? 0 : g.min === '半' ? 30 : (numberOf(g.min.replace(/分$/, '')) ?? 0)
    const stated = statedTime({ hour: start })
    const day = ctx.base?.day ?? ctx.previous ?? ctx.reference
    const timeOnly = { hour: from, ...(part && { part }) }
    if (day === null) return { ...unresolved('hour', { relative: true, stated }), timeOnly }
    const first = day * MINUTES_A_DAY + start * 60
    let last = day * MINUTES_A_DAY + end * 60 + minute
    if (last < first) last += MINUTES_A_DAY
    return {
      start: first,
      end: last,
      timed: true,
      precision: 'hour',
      relative: true,
      vague: false,
      stated,
      base: { day, ...(part && { part }) },
      timeOnly,
    }
  },
}
