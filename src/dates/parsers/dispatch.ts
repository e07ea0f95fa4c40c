import { CN_SMALL } from '../../../grammar/dates.js'
import type { DateParser } from '../engine.js'
import { writtenDate } from './written-date.js'

/**
 * The date of a dateline, `11月3日电`, `十三日电`, `12月31日讯`: read with the past bias against
 * the issue date, it is the reference of the relative dates after it (`今天`, `昨日`, weekdays).
 *
 * @example
 * // 2020-11-19 issue
 * '本报北京11月18日电 …今天' // 今天 => 2020-11-18
 */
export const dispatchDate: DateParser = {
  name: 'dispatch-date',
  firstChars: '0-9一二三四五六七八九十廿卅',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅月日',
  pattern: new RegExp(
    `(?:(?<![\\d.])(?:1[0-2]|0?[1-9])月|(?:十[一二]?|[一二三四五六七八九])月)?(?:(?<![\\d.])(?:3[01]|[12]\\d|0?[1-9])|${CN_SMALL})日(?=电|讯)`,
    'y',
  ),
  parse(match, ctx) {
    writtenDate.pattern.lastIndex = 0
    const again = writtenDate.pattern.exec(match[0])
    if (again === null || again[0].length !== match[0].length) return null
    const value = writtenDate.parse(again, { ...ctx, reference: ctx.issue, base: undefined })
    return value === null || value.precision !== 'day' ? null : { ...value, role: 'dispatch' }
  },
}
