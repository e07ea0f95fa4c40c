import { MINUTES_A_DAY } from './calendar.js'
import type { DateBase, DateValue, TimeOfDay } from './engine.js'
import type { DatePrecision, StatedParts } from './types.js'

/** Flags of a value other than its bounds. */
export interface ValueFlags {
  relative: boolean
  stated?: StatedParts
  base?: DateBase
  vague?: boolean
}

/** Whole days from `first` to `last` (day numbers), both inclusive. */
export function spanOfDays(first: number, last: number, precision: DatePrecision, flags: ValueFlags): DateValue {
  return {
    start: first * MINUTES_A_DAY,
    end: last * MINUTES_A_DAY,
    timed: false,
    precision,
    relative: flags.relative,
    vague: flags.vague ?? false,
    stated: flags.stated ?? {},
    base: flags.base ?? {},
  }
}

/** A value whose bounds hang on an issue date that is not given. */
export function unresolved(precision: DatePrecision, flags: ValueFlags): DateValue {
  return {
    start: null,
    end: null,
    timed: false,
    precision,
    relative: flags.relative,
    vague: flags.vague ?? false,
    stated: flags.stated ?? {},
    base: flags.base ?? {},
  }
}

/** First and last hour of the parts of the day. */
export const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  凌晨: [0, 5],
  清晨: [5, 7],
  早晨: [6, 9],
  早上: [6, 9],
  早间: [6, 9],
  早: [6, 9],
  晨: [5, 8],
  上午: [8, 11],
  中午: [11, 13],
  午间: [11, 13],
  正午: [12, 12],
  午后: [13, 15],
  下午: [13, 17],
  傍晚: [17, 19],
  晚上: [18, 23],
  晚间: [18, 23],
  夜晚: [18, 23],
  当晚: [18, 23],
  晚: [18, 23],
  夜里: [20, 23],
  夜间: [20, 23],
  当夜: [20, 23],
  夜: [20, 23],
  深夜: [22, 23],
  午夜: [23, 23],
  半夜: [0, 3],
  白天: [8, 17],
}
const LATE_PARTS = new Set([
  '午后',
  '下午',
  '傍晚',
  '晚上',
  '晚间',
  '夜晚',
  '当晚',
  '晚',
  '夜里',
  '夜间',
  '当夜',
  '夜',
  '深夜',
])

/** A clock hour as a 24-hour hour, from the part of the day before it (`下午3点` → 15, `晚上12点` → 24). */
export function hour24(hour: number, part: string | undefined): number {
  if (part === undefined) return hour
  if (LATE_PARTS.has(part)) return hour < 12 ? hour + 12 : hour === 12 && part !== '下午' && part !== '午后' ? 24 : hour
  if ((part === '中午' || part === '午间') && hour < 4) return hour + 12
  if ((part === '凌晨' || part === '半夜') && hour === 12) return 0
  return hour
}

/** A time of day on a day: a minute, an hour (its 60 minutes) or a part of the day. */
export function atTime(dayNumber: number, time: TimeOfDay, flags: ValueFlags): DateValue {
  const base = { ...flags.base, day: dayNumber, ...(time.part !== undefined && { part: time.part }) }
  const value = (start: number, end: number, precision: DatePrecision): DateValue => ({
    start,
    end,
    timed: true,
    precision,
    relative: flags.relative,
    vague: flags.vague ?? false,
    stated: flags.stated ?? {},
    base,
  })
  const midnight = dayNumber * MINUTES_A_DAY
  if (time.hour !== undefined) {
    const hour = hour24(time.hour, time.part)
    if (time.minute !== undefined) {
      const at = midnight + hour * 60 + time.minute
      return value(at, at, 'minute')
    }
    // 24时 is the next day's 00:00, a moment rather than an hour
    if (hour === 24) return value(midnight + 24 * 60, midnight + 24 * 60, 'hour')
    return value(midnight + hour * 60, midnight + hour * 60 + 59, 'hour')
  }
  const [from, to] = PART_HOURS[time.part ?? ''] ?? [0, 23]
  return value(midnight + from * 60, midnight + to * 60 + 59, 'part-of-day')
}

/** The stated parts of a time: the 24-hour hour and the minute. */
export function statedTime(time: TimeOfDay): StatedParts {
  const stated: StatedParts = {}
  if (time.hour !== undefined) stated.hour = hour24(time.hour, time.part)
  if (time.minute !== undefined) stated.minute = time.minute
  return stated
}
