import { LUNAR_HOLIDAYS, SOLAR_HOLIDAYS, TERM_HOLIDAYS, YEAR } from '../../../grammar/dates.js'
import { dateOf, dayOf } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { lunarDay, lunarYearEnd, solarTermDay } from '../lunar.js'
import { readYear } from '../parts.js'
import { spanOfDays, unresolved } from '../values.js'

/** The written names of each holiday (with `节` where the bare word is no holiday), longest first. */
const NAMES: ReadonlyMap<string, string> = new Map(
  [...Object.keys(SOLAR_HOLIDAYS), ...Object.keys(LUNAR_HOLIDAYS), ...Object.keys(TERM_HOLIDAYS)].flatMap((name) => {
    const forms = [name]
    if (!/[节日夜]$/.test(name) && !/^(?:五一|双十一|双十二|农历新年|元旦|大年夜)$/.test(name)) forms.push(`${name}节`)
    if (name === '元旦') forms.push('元旦节')
    return forms.map((form) => [form, name] as const)
  }),
)
const PREFIX = '(?:国际|三八|五一|五四|六一|七一|八一|十一|中国|国家)?'
const NAME_PATTERN = [...NAMES.keys()].sort((a, b) => b.length - a.length).join('|')

/**
 * A holiday: solar (`元旦`, `国庆节`, `教师节`), lunar (`春节`, `元宵`, `端午`, `中秋`, `除夕`), or
 * on a solar term (`清明`), with an optional year (`去年春节`, `零六年端午`, `庚子年春节`). Without
 * a year, the occurrence in the reference year; a written year of a lunar holiday is a lunar year
 * (`2023年除夕` is the last day of lunar 2023). Lunar dates come from the lunar table (`lunar.ts`, 1600–2199).
 *
 * @example
 * // 2017-03-22 issue
 * '中秋节' //=> 2017-10-04
 */
export const holiday: DateParser = {
  name: 'holiday',
  firstChars: `0-9〇零一二两三四五六七八九今本当同这去上前明来下次后大民甲乙丙丁戊己庚辛壬癸农阴国中${[...NAMES.keys()].map((n) => n[0]).join('')}`,
  secondChars: `0-9〇零一二两三四五六七八九十年历前后国子丑寅卯辰巳午未申酉戌亥${[...NAMES.keys()].map((n) => n.slice(1, 2)).join('')}际八一四`,
  pattern: new RegExp(`(?:${YEAR})?(?:农历|阴历)?${PREFIX}(?<name>${NAME_PATTERN})(?:当天|当日|前后|那天)?`, 'y'),
  parse(match, ctx) {
    const g = match.groups!
    const name = NAMES.get(g.name!)!
    const year = readYear(g, ctx)
    if (year === null) return null
    const stated = year?.stated && year.year !== null ? { year: year.year } : {}
    const flags = { relative: !(year?.stated ?? false), stated }
    const solarYear =
      year === undefined ? (ctx.base?.year ?? (ctx.reference === null ? null : dateOf(ctx.reference).year)) : year.year
    if (solarYear === null) return unresolved('day', flags)
    const day = holidayDay(name, solarYear, year?.stated === true)
    if (day === null) return null
    return spanOfDays(day, day, 'day', { ...flags, base: { year: dateOf(day).year, day } })
  },
}

/** The day of a holiday in a year: a solar year, or for a lunar holiday with a written year, that lunar year. */
function holidayDay(name: string, year: number, lunarYear: boolean): number | null {
  const solar = SOLAR_HOLIDAYS[name]
  if (solar !== undefined) return dayOf(year, solar[0], solar[1])
  const term = TERM_HOLIDAYS[name]
  if (term !== undefined) return solarTermDay(year, term)
  const [month, day] = LUNAR_HOLIDAYS[name]!
  const inLunar = (lunar: number): number | null => (month === 0 ? lunarYearEnd(lunar) : lunarDay(lunar, month, day))
  if (lunarYear) return inLunar(year)
  // the occurrence that falls in the solar year
  for (const lunar of [year, year - 1]) {
    const at = inLunar(lunar)
    if (at !== null && dateOf(at).year === year) return at
  }
  return inLunar(year)
}
