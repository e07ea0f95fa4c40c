import { GLOSS, guarded, HOUR, MINUTES, PART_OF_DAY } from '../../../grammar/dates.js'
import type { DateContext, DateParser, DateValue, TimeOfDay } from '../engine.js'
import { numberOf } from '../parts.js'
import { atTime, statedTime, unresolved } from '../values.js'

/**
 * A clock time or part of the day, on the day of the date before it (or of the mention before, or
 * the reference date): `15:37`, `下午6:42:02`, `晚18时`, `十一点半`, `五点一刻`, `三点零五`,
 * `零点`, `24时` (the next day's 00:00). A numeral hour with `点` and nothing after it (`三点建议`)
 * is read only where a date or a range's first half comes before it, as is a one-character part of
 * the day (`晚`); a part of the day alone (`上午，`, `晚上。`) is that part of the day it belongs to.
 *
 * @example
 * // 2022-12-22 issue
 * '下午3点半' //=> 2022-12-22T15:30
 */
export const timeOfDay: DateParser = {
  name: 'time-of-day',
  firstChars: '0-9〇零一二两三四五六七八九十凌清早晨上中午正下傍晚夜深半白当',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅晨上午后晚间里夜天点时:',
  pattern: new RegExp(
    guarded(
      `(?<part>${PART_OF_DAY})?[ \\t]?(?:(?<hh>(?<![\\d.:])(?:[01]?\\d|2[0-4])):(?<mm>[0-5]\\d)(?::[0-5]\\d)?(?![\\d:])(?:时)?|(?<h>${HOUR})[ \\t]?(?<unit>点|时)${GLOSS}(?<clock>钟)?(?:[ \\t]?(?<min>${MINUTES}))?(?<about>许|左右)?)?`,
      PART_OF_DAY,
      HOUR,
    ),
    'y',
  ),
  parse(match, ctx) {
    const g = match.groups!
    // a part of the day alone only as a time phrase of its own (`上午，会议召开`), not inside one
    // that says what is usual (`晚上年轻人出门逛`, `深夜里`)
    if (
      g.h === undefined &&
      g.hh === undefined &&
      !ctx.loose &&
      (!PHRASE_END.test(match.input.charAt(match.index + match[0].length)) ||
        COUNTED.test(match.input.charAt(match.index - 1)))
    )
      return null
    const time = readTime(g, ctx)
    return time === null ? null : onDay(time, ctx)
  },
}

/** `忙碌了一上午`, `每晚上`: a part of the day counted, not placed. */
const COUNTED = /^[一每个整半]$/
const PHRASE_END = /^(?:$|[\s,.;:!?、，。；：！？])/
const STANDALONE_PARTS = new Set([
  '凌晨',
  '清晨',
  '早晨',
  '早上',
  '上午',
  '中午',
  '下午',
  '傍晚',
  '晚上',
  '深夜',
  '午夜',
])

/** The time a match of the clock pattern gives, or null when the form needs a date before it. */
export function readTime(g: Record<string, string | undefined>, ctx: DateContext): TimeOfDay | null {
  const part = g.part
  if (g.hh !== undefined) return { hour: Number(g.hh), minute: Number(g.mm), ...(part && { part }) }
  // a part of the day alone: `上午`, `晚上` (but not `早`, `晚`, or the generic `白天`, `夜里`)
  if (g.h === undefined) return part !== undefined && (ctx.loose || STANDALONE_PARTS.has(part)) ? { part } : null
  const hour = numberOf(g.h)
  if (hour === null || hour > 24) return null
  const minute = g.min === undefined ? undefined : minutesOf(g.min)
  if (minute === null) return null
  const digits = /^\d/.test(g.h)
  const firm =
    ctx.loose ||
    part !== undefined ||
    minute !== undefined ||
    g.clock !== undefined ||
    g.about !== undefined ||
    g.h === '零' ||
    (digits && (g.unit === '时' || hour >= 13))
  if (!firm) return null
  return { hour, ...(minute !== undefined && { minute }), ...(part && { part }) }
}

function minutesOf(text: string): number | null {
  if (text === '半') return 30
  if (text === '一刻') return 15
  if (text === '三刻') return 45
  if (text === '整') return 0
  const value = numberOf(text.replace(/^零/, '').replace(/分$/, ''))
  return value === null || value > 59 ? null : value
}

/** A time on the day it belongs to. */
export function onDay(time: TimeOfDay, ctx: DateContext): DateValue {
  const day = ctx.base?.day ?? ctx.previous ?? ctx.reference
  const flags = { relative: true, stated: statedTime(time) }
  const part = time.part ?? (time.hour !== undefined && time.hour < 12 ? ctx.base?.part : undefined)
  const timed = part === undefined ? time : { ...time, part }
  if (day === null) return { ...unresolved(time.hour === undefined ? 'part-of-day' : 'hour', flags), timeOnly: timed }
  return { ...atTime(day, timed, flags), timeOnly: timed }
}
