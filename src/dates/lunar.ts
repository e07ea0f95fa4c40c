import { dateOf, dayOf } from './calendar.js'
import { LUNAR_ALPHABET } from './lunar-alphabet.js'
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, LUNAR_YEARS, SOLAR_TERMS } from './lunar-table.js'

/** A lunar year as the table holds it: its first day (a day number), its leap month or 0, its month lengths in order. */
interface LunarYear {
  first: number
  leap: number
  lengths: number[]
}

const years = new Map<number, LunarYear>()

/** The lunar year of the table, decoded once; null outside it. */
function lunarYear(year: number): LunarYear | null {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return null
  const known = years.get(year)
  if (known !== undefined) return known
  const at = (year - LUNAR_FIRST_YEAR) * 4
  let bits = 0
  for (let i = 0; i < 4; i++) bits |= LUNAR_ALPHABET.indexOf(LUNAR_YEARS[at + i]!) << (6 * i)
  const leap = (bits >> 5) & 15
  const lengths = Array.from({ length: leap === 0 ? 12 : 13 }, (_, i) => ((bits >> (9 + i)) & 1 ? 30 : 29))
  const decoded = { first: dayOf(year, 1, 20) + (bits & 31), leap, lengths }
  years.set(year, decoded)
  return decoded
}

/**
 * The first and last day (day numbers) of a month of the Chinese lunar calendar, from a table of
 * the lunar years 1600–2199 taken from `lunar-typescript` (`src/dates/lunar-table.ts`); a leap
 * month is negative (`-4` is 闰四月). Null when the year has no such month or lies outside the table.
 *
 * @example
 * formatDay(lunarMonthDays(2020, -4)![0]) //=> '2020-05-23'
 */
export function lunarMonthDays(year: number, month: number): [number, number] | null {
  const lunar = lunarYear(year)
  if (lunar === null || !Number.isInteger(month) || month === 0 || Math.abs(month) > 12) return null
  if (month < 0 && lunar.leap !== -month) return null
  // months in order: 1 … the leap month's namesake, the leap month, … 12
  const index = month < 0 ? lunar.leap : month - 1 + (lunar.leap !== 0 && month > lunar.leap ? 1 : 0)
  let first = lunar.first
  for (let i = 0; i < index; i++) first += lunar.lengths[i]!
  return [first, first + lunar.lengths[index]! - 1]
}

/** The day number of a lunar date, or null when the month has no such day. */
export function lunarDay(year: number, month: number, day: number): number | null {
  const days = lunarMonthDays(year, month)
  if (days === null) return null
  const at = days[0] + day - 1
  return day >= 1 && at <= days[1] ? at : null
}

/** The last day of a lunar year (除夕, 大年三十). */
export function lunarYearEnd(year: number): number | null {
  const lunar = lunarYear(year)
  return lunar === null ? null : lunar.first + lunar.lengths.reduce((a, b) => a + b) - 1
}

/** The lunar year a day lies in, or null outside the table. */
export function lunarYearOf(dayNumber: number): number | null {
  const { year } = dateOf(dayNumber)
  for (const candidate of [year, year - 1]) {
    const lunar = lunarYear(candidate)
    if (lunar !== null && dayNumber >= lunar.first && dayNumber <= lunarYearEnd(candidate)!) return candidate
  }
  return null
}

/** The day of a solar term (`清明`, `冬至`: those the holidays name) in a solar year, or null. */
export function solarTermDay(year: number, term: string): number | null {
  const table = SOLAR_TERMS[term]
  if (table === undefined || !Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return null
  const code = table.days[year - LUNAR_FIRST_YEAR]!
  return code === '.' ? null : dayOf(year, table.month, table.day) + LUNAR_ALPHABET.indexOf(code)
}
