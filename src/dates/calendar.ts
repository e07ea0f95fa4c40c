/**
 * Calendar values without a time zone: a day is a whole number of days since 1970-01-01 (the
 * proleptic Gregorian calendar, any year from 1 on), a moment a whole number of minutes since then.
 * Everything is whole-number arithmetic on calendar values, so no result depends on the machine's zone.
 */

export const MINUTES_A_DAY = 1440

/**
 * The day number of a calendar date (proleptic Gregorian, by whole-number arithmetic on
 * 400-year eras: no `Date`, so no zone and no 1900 offset for the years 0–99); the date must be
 * real (see `isRealDate`).
 *
 * @example
 * dayOf(1970, 1, 2) //=> 1
 */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/**
 * The calendar date of a day number.
 *
 * @example
 * dateOf(1) //=> { year: 1970, month: 1, day: 2 }
 */
export function dateOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Whether year, month and day name a real date (`2022-02-30` does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** 28 to 31. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** 1 for Monday … 7 for Sunday. */
export function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1
}

/** The Monday of the week a day lies in. */
export const mondayOf = (dayNumber: number): number => dayNumber - weekdayOf(dayNumber) + 1

/** The month `count` months from a year and month: `[year, month]`. */
export function shiftMonth(year: number, month: number, count: number): [number, number] {
  const index = year * 12 + (month - 1) + count
  return [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1]
}

/** The same day of the month `count` months on, clamped to the month's last day. */
export function addMonthsTo(dayNumber: number, count: number): number {
  const { year, month, day } = dateOf(dayNumber)
  const [y, m] = shiftMonth(year, month, count)
  return dayOf(y, m, Math.min(day, daysInMonth(y, m)))
}

/** `2022-12-21`; years below 1000 keep four digits (`0022-01-01`). */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = dateOf(dayNumber)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** `2022-12-21`, or `2022-12-21T18:30` when `timed`, from a moment in minutes. */
export function formatMoment(minutes: number, timed: boolean): string {
  const dayNumber = Math.floor(minutes / MINUTES_A_DAY)
  if (!timed) return formatDay(dayNumber)
  const inDay = minutes - dayNumber * MINUTES_A_DAY
  return `${formatDay(dayNumber)}T${pad(Math.floor(inDay / 60), 2)}:${pad(inDay % 60, 2)}`
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/**
 * A `YYYY-MM-DD` string as a day number; a `TypeError` naming it when it is no real date.
 *
 * @example
 * parseDay('2022-12-22', 'issueDate') //=> 19348
 * parseDay('2022-02-30', 'issueDate') // throws TypeError: issueDate 2022-02-30 is no real date
 */
export function parseDay(text: string, name: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) throw new TypeError(`${name} must be a date written YYYY-MM-DD, got ${JSON.stringify(text)}`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isRealDate(year, month, day)) throw new TypeError(`${name} ${text} is no real date`)
  return dayOf(year, month, day)
}
