/**
 * The Chinese lunar calendar of the years `FIRST_YEAR`–`LAST_YEAR`, from the `lunar-typescript`
 * devDependency, as the source text of `src/dates/lunar-table.ts`: for each lunar year the day its
 * first month starts, which month is doubled (闰), and which months have 30 days rather than 29;
 * for each solar year the day of each solar term a holiday falls on (`清明`, `冬至`).
 * `npm run lunar` writes it; a test checks it is current, another that it reads back as
 * `lunar-typescript` counts.
 */
import { LunarMonth, LunarYear, Solar } from 'lunar-typescript'
import { TERM_HOLIDAYS } from '../grammar/dates.js'
import { dateOf, dayOf } from '../src/dates/calendar.js'
import { LUNAR_ALPHABET } from '../src/dates/lunar-alphabet.js'

/** Newspapers in Chinese start in the 19th century; a four-digit year above 2199 is never read as one. */
export const FIRST_YEAR = 1600
export const LAST_YEAR = 2199

/** The Julian day number of 1970-01-01 (at noon, as the calendar package counts). */
const JULIAN_1970 = 2_440_588

/** The day number a lunar month starts on and its length, or null when the year has no such month. */
export function referenceMonth(year: number, month: number): [number, number] | null {
  const lunar = LunarMonth.fromYm(year, month)
  return lunar === null ? null : [lunar.getFirstJulianDay() - JULIAN_1970, lunar.getDayCount()]
}

/** The lunar year of a day number, as `lunar-typescript` counts. */
export function referenceYearOf(dayNumber: number): number {
  const { year, month, day } = dateOf(dayNumber)
  return Solar.fromYmd(year, month, day).getLunar().getYear()
}

/** The day of a solar term in a solar year, or null, as `lunar-typescript` counts. */
export function referenceTermDay(year: number, term: string): number | null {
  const table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()
  for (const solar of Object.values(table)) {
    if (solar.getYear() !== year) continue
    const [month, day] = [solar.getMonth(), solar.getDay()]
    if (Solar.fromYmd(year, month, day).getLunar().getJieQi() === term) return dayOf(year, month, day)
  }
  return null
}

/** Four characters of `LUNAR_ALPHABET` a lunar year: 22 bits of start, leap month and long months. */
function yearCode(year: number): string {
  const leap = LunarYear.fromYear(year).getLeapMonth()
  const months = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((m) => (m === leap ? [m, -m] : [m]))
  const first = referenceMonth(year, 1)![0]
  const offset = first - dayOf(year, 1, 20)
  if (offset < 0 || offset > 31) throw new Error(`lunar ${year} starts ${offset} days after 20 January`)
  let long = 0
  let at = first
  months.forEach((m, i) => {
    const [start, length] = referenceMonth(year, m)!
    if (start !== at || (length !== 29 && length !== 30)) throw new Error(`lunar ${year} month ${m} is irregular`)
    if (length === 30) long |= 1 << i
    at += length
  })
  if (at !== referenceMonth(year + 1, 1)![0]) throw new Error(`lunar ${year} does not end where ${year + 1} starts`)
  const bits = offset | (leap << 5) | (long << 9)
  return [0, 6, 12, 18].map((shift) => LUNAR_ALPHABET[(bits >> shift) & 63]).join('')
}

/** One character a solar year: the term's day counted from its earliest month and day, `.` for none. */
function termCodes(term: string): { month: number; day: number; days: string } {
  const days = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => referenceTermDay(FIRST_YEAR + i, term))
  const dates = days.filter((d) => d !== null).map((d) => dateOf(d))
  const base = dates.reduce((a, b) => (b.month * 100 + b.day < a.month * 100 + a.day ? b : a))
  const codes = days.map((d, i) =>
    d === null ? '.' : LUNAR_ALPHABET[d - dayOf(FIRST_YEAR + i, base.month, base.day)]!,
  )
  return { month: base.month, day: base.day, days: codes.join('') }
}

export function lunarTableSource(): string {
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => yearCode(FIRST_YEAR + i)).join('')
  const terms = [...new Set(Object.values(TERM_HOLIDAYS))].map((term) => {
    const { month, day, days } = termCodes(term)
    return `  ${term}: {
    month: ${month},
    day: ${day},
    days: '${days}',
  },`
  })
  return `/**
 * The Chinese lunar calendar of ${FIRST_YEAR}–${LAST_YEAR}, from the lunar-typescript package
 * (https://github.com/6tail/lunar-typescript, MIT) by \`npm run lunar\`. Do not edit: regenerate.
 * \`LUNAR_YEARS\`: four characters of \`LUNAR_ALPHABET\` a lunar year, 22 bits, low first: its first
 * day counted from 20 January (5 bits), its leap month or 0 (4), and one bit a month, in order with
 * the leap month after its namesake, set when it has 30 days rather than 29 (13).
 * \`SOLAR_TERMS\`: for each solar year one character, the term's day counted from the month and
 * day given (\`.\` for none).
 */
export const LUNAR_FIRST_YEAR = ${FIRST_YEAR}
export const LUNAR_LAST_YEAR = ${LAST_YEAR}
export const LUNAR_YEARS =
  '${years}'
export const SOLAR_TERMS: Readonly<Record<string, { month: number; day: number; days: string }>> = {
${terms.join('\n')}
}
`
}
