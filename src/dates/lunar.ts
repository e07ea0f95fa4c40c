import { LunarMonth, Solar } from 'lunar-typescript'
import { dateOf, dayOf } from './calendar.js'

/** The Julian day number of 1970-01-01 (at noon, as the calendar package counts). */
const JULIAN_1970 = 2_440_588

/**
 * The first and last day (day numbers) of a month of the Chinese lunar calendar, from the
 * `lunar-typescript` package; a leap month is negative (`-4` is 闰四月). Null when the year has no
 * such month.
 *
 * @example
 * formatDay(lunarMonthDays(2020, -4)![0]) //=> '2020-05-23'
 */
export function lunarMonthDays(year: number, month: number): [number, number] | null {
  if (year < 1 || year > 9999) return null
  const lunar = LunarMonth.fromYm(year, month)
  if (lunar === null) return null
  const first = lunar.getFirstJulianDay() - JULIAN_1970
  return [first, first + lunar.getDayCount() - 1]
}

/** The day number of a lunar date, or null when the month has no such day. */
export function lunarDay(year: number, month: number, day: number): number | null {
  const days = lunarMonthDays(year, month)
  if (days === null) return null
  const at = days[0] + day - 1
  return day >= 1 && at <= days[1] ? at : null
}

/** The last day of a lunar year (除夕, 大年三十): the day before the next year's first. */
export function lunarYearEnd(year: number): number | null {
  const next = lunarMonthDays(year + 1, 1)
  return next === null ? null : next[0] - 1
}

/** The lunar year a day lies in. */
export function lunarYearOf(dayNumber: number): number {
  const { year, month, day } = dateOf(dayNumber)
  return Solar.fromYmd(year, month, day).getLunar().getYear()
}

/** The day of a solar term (`清明`, `冬至`) in a solar year, or null. */
export function solarTermDay(year: number, term: string): number | null {
  const table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()
  // the table of a lunar year runs from the last 冬至 before it: take the term that falls in `year`
  for (const solar of Object.values(table)) {
    if (solar.getYear() !== year) continue
    const { year: y, month, day } = { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() }
    const at = dayOf(y, month, day)
    if (Solar.fromYmd(y, month, day).getLunar().getJieQi() === term) return at
  }
  return null
}
