import { describe, expect, it } from 'vitest'
import { FIRST_YEAR, LAST_YEAR, referenceMonth, referenceTermDay, referenceYearOf } from '../scripts/lunar-table.js'
import { formatDay } from '../src/dates/calendar.js'
import { lunarDay, lunarMonthDays, lunarYearEnd, lunarYearOf, solarTermDay } from '../src/dates/lunar.js'

const format = (days: [number, number] | null) => (days === null ? null : days.map(formatDay))

describe('the lunar table', () => {
  it('holds known dates', () => {
    expect(format(lunarMonthDays(2020, -4))).toEqual(['2020-05-23', '2020-06-20']) // 闰四月
    expect(format(lunarMonthDays(2020, 4))).toEqual(['2020-04-23', '2020-05-22'])
    expect(format(lunarMonthDays(2020, 5))).toEqual(['2020-06-21', '2020-07-20'])
    expect(lunarMonthDays(2021, -4)).toBeNull() // 2021 has no leap month
    expect(formatDay(lunarDay(2022, 1, 1)!)).toBe('2022-02-01') // 春节 2022
    expect(formatDay(lunarDay(2015, 10, 1)!)).toBe('2015-11-12') // 农历2015年十月初一
    expect(formatDay(lunarYearEnd(2023)!)).toBe('2024-02-09') // 2023年除夕
    expect(lunarDay(2022, 1, 31)).toBeNull()
    expect(lunarYearOf(lunarDay(2022, 1, 1)!)).toBe(2022)
    expect(lunarYearOf(lunarDay(2022, 1, 1)! - 1)).toBe(2021)
    expect(formatDay(solarTermDay(2022, '清明')!)).toBe('2022-04-05')
    expect(formatDay(solarTermDay(2022, '冬至')!)).toBe('2022-12-22')
    expect(solarTermDay(2022, '立春')).toBeNull() // no holiday falls on it, so the table leaves it out
  })

  it('ends at 1600 and 2199', () => {
    expect(lunarMonthDays(FIRST_YEAR - 1, 1)).toBeNull()
    expect(lunarMonthDays(LAST_YEAR + 1, 1)).toBeNull()
    expect(lunarYearEnd(LAST_YEAR + 1)).toBeNull()
    expect(lunarYearOf(lunarDay(FIRST_YEAR, 1, 1)! - 1)).toBeNull()
    expect(lunarYearOf(lunarYearEnd(LAST_YEAR)! + 1)).toBeNull()
    expect(solarTermDay(LAST_YEAR + 1, '清明')).toBeNull()
    expect(lunarMonthDays(2020.5, 1)).toBeNull()
  })

  it('reads back every month, year end and term as lunar-typescript counts them', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (let month = -12; month <= 12; month++) {
        if (month === 0) continue
        const reference = referenceMonth(year, month)
        const expected = reference === null ? null : [reference[0], reference[0] + reference[1] - 1]
        expect(lunarMonthDays(year, month), `${year} ${month}`).toEqual(expected)
      }
      expect(lunarYearEnd(year)).toBe(referenceMonth(year + 1, 1)![0] - 1)
      for (const term of ['清明', '冬至'])
        expect(solarTermDay(year, term), `${year} ${term}`).toBe(referenceTermDay(year, term))
    }
  })

  it('finds the lunar year of days around each new year and through the year', () => {
    for (let year = FIRST_YEAR + 1; year <= LAST_YEAR; year++) {
      const first = lunarDay(year, 1, 1)!
      for (const day of [first - 1, first, first + 1, first + 100, first + 200, first + 300])
        expect(lunarYearOf(day), formatDay(day)).toBe(referenceYearOf(day))
    }
  })
})
