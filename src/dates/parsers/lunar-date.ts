import { CN_SMALL, YEAR } from '../../../grammar/dates.js'
import { dateOf } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { lunarDay, lunarMonthDays, lunarYearEnd, lunarYearOf } from '../lunar.js'
import { numberOf, readYear } from '../parts.js'
import { spanOfDays, unresolved } from '../values.js'

const LUNAR_MONTHS: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12 }

/**
 * A date of the lunar calendar, converted to the solar one with the lunar table (`lunar.ts`, 1600–2199): `农历2015年十月初一`,
 * `2015年农历正月初一`, `大年初十`, `大年三十`, `去年五月初五`, `农历闰四月`, `今年腊月`. It is
 * lunar when the text says `农历`/`阴历`, or by its words (`正月`, `腊月`, `初五`, `闰`). Without a
 * year, the lunar year of the reference date.
 *
 * @example
 * // 2020-07-01 issue
 * '农历闰四月' //=> 2020-05-23 … 2020-06-20
 */
export const lunarDate: DateParser = {
  name: 'lunar-date',
  firstChars: '0-9〇零一二两三四五六七八九十今本当同这去上前明来下次后大民甲乙丙丁戊己庚辛壬癸农阴正冬腊闰',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅历年月初闰国',
  pattern: new RegExp(
    `(?<lunarA>农历|阴历)?(?:${YEAR})?(?<lunarB>农历|阴历)?(?:大年(?<bigDay>初[一二三四五六七八九十]|三十|廿九|二十九)|(?<leap>闰)?(?<lmonth>正|腊|冬|十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])月份?(?<lday>初(?:[一二三四五六七八九十]|\\d(?!\\d))|${CN_SMALL}|(?<![\\d.])(?:3[01]|[12]\\d|0?[1-9])(?!\\d))?(?:日|号)?)`,
    'y',
  ),
  parse(match, ctx) {
    const g = match.groups!
    const marked = g.lunarA !== undefined || g.lunarB !== undefined
    const monthWord = g.lmonth !== undefined && LUNAR_MONTHS[g.lmonth] !== undefined
    if (!marked && !monthWord && g.leap === undefined && g.bigDay === undefined && !g.lday?.startsWith('初'))
      return null
    if (!marked && g.lmonth === '冬' && g.lday === undefined) return null // 冬月 alone is rare; 冬 is more often winter
    const year = readYear(g, ctx)
    if (year === null) return null
    const flags = { relative: !(year?.stated ?? false), stated: {} }
    if (ctx.reference === null && !year?.stated) return unresolved('day', flags)
    const refYear = ctx.reference === null ? null : dateOf(ctx.reference).year
    // a written year is a lunar year; a counted one counts from the reference's lunar year
    const lunar = (() => {
      if (year?.stated) return year.year!
      const offset = year === undefined || refYear === null ? 0 : year.year! - refYear
      const reference = lunarYearOf(ctx.reference!)
      return reference === null ? null : reference + offset
    })()
    if (g.bigDay !== undefined) {
      const text = g.bigDay
      const solarYear = year?.stated ? null : refYear! + (year === undefined ? 0 : year.year! - refYear!)
      let day: number | null
      if (text.startsWith('初')) day = lunarDay(solarYear ?? lunar!, 1, numberOf(text.slice(1)) ?? 0)
      else day = lunarYearEnd(solarYear === null ? lunar! : solarYear - 1)
      return day === null ? null : spanOfDays(day, day, 'day', { ...flags, base: { day, lunar: true } })
    }
    const month = LUNAR_MONTHS[g.lmonth!] ?? numberOf(g.lmonth!)
    if (lunar === null) return null // the reference lies outside the lunar table
    if (month === null || month < 1 || month > 12) return null
    const signed = g.leap === undefined ? month : -month
    if (g.lday === undefined) {
      const days = lunarMonthDays(lunar, signed)
      return days === null ? null : spanOfDays(days[0], days[1], 'month', { ...flags, base: { lunar: true } })
    }
    const dayNumber = numberOf(g.lday.replace(/^初/, ''))
    if (dayNumber === null) return null
    const day = lunarDay(lunar, signed, dayNumber)
    return day === null ? null : spanOfDays(day, day, 'day', { ...flags, base: { day, lunar: true } })
  },
}
