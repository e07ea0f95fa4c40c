import type { DateRules } from './engine.js'
import { counted } from './parsers/counted.js'
import { dayPair } from './parsers/day-pair.js'
import { dispatchDate } from './parsers/dispatch.js'
import { holiday } from './parsers/holiday.js'
import { hourRange } from './parsers/hour-range.js'
import { lookback } from './parsers/lookback.js'
import { lunarDate } from './parsers/lunar-date.js'
import { monthRange } from './parsers/month-range.js'
import { numericDate } from './parsers/numeric-date.js'
import { relativeDay } from './parsers/relative-day.js'
import { relativePeriod } from './parsers/relative-period.js'
import { timeOfDay } from './parsers/time-of-day.js'
import { vague } from './parsers/vague.js'
import { weekday } from './parsers/weekday.js'
import { writtenDate } from './parsers/written-date.js'
import { yearRange } from './parsers/year-range.js'
import { asOfDates } from './refiners/as-of.js'
import { joinDateAndTime } from './refiners/date-time.js'
import { dropOverlaps } from './refiners/overlaps.js'
import { mergeRanges } from './refiners/range.js'
import { runningPeriods } from './refiners/running.js'

/**
 * The built-in date rules, a fresh copy each call: the parsers (on a tie in length, the earlier
 * wins) and the refiners, in order. A plugin adds its own or reorders them, then builds a reader.
 *
 * @example
 * const rules = defaultDateRules()
 * rules.parsers.push(myParser)
 * extractDates(text, { issueDate: '2022-12-22', rules })
 */
export function defaultDateRules(): DateRules {
  return {
    parsers: [
      dispatchDate,
      numericDate,
      yearRange,
      monthRange,
      hourRange,
      dayPair,
      holiday,
      lunarDate,
      writtenDate,
      relativePeriod,
      weekday,
      relativeDay,
      counted,
      lookback,
      vague,
      timeOfDay,
    ],
    refiners: [joinDateAndTime, mergeRanges, runningPeriods, asOfDates, dropOverlaps],
  }
}
