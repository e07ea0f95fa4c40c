import type { DateParser } from '../engine.js'
import { atTime, spanOfDays, unresolved } from '../values.js'

/** Days from the reference date. */
const FROM_REFERENCE: Readonly<Record<string, number>> = {
  今天: 0,
  今日: 0,
  本日: 0,
  今儿: 0,
  昨天: -1,
  昨日: -1,
  昨儿: -1,
  前天: -2,
  前日: -2,
  大前天: -3,
  明天: 1,
  明日: 1,
  明儿: 1,
  后天: 2,
  大后天: 3,
}
/** Days from the mention before (or the reference when there is none). */
const FROM_PREVIOUS: Readonly<Record<string, number>> = {
  当天: 0,
  是日: 0,
  当日: 0,
  同日: 0,
  同一天: 0,
  次日: 1,
  翌日: 1,
  第二天: 1,
  第二日: 1,
  隔天: 1,
  前一天: -1,
  前一日: -1,
}
/**
 * After a day word that ends in 日, the rest of a paper's name: `光明日报社`, `《今日报》`, `昨日报记者`
 * hold no date (日报 is a daily paper).
 */
const PAPER_NAME_AFTER = /报(?:社|记者|讯|》|网|客户端|融媒|全媒|报道组)/y

const isPaperName = (match: RegExpExecArray): boolean => {
  PAPER_NAME_AFTER.lastIndex = match.index + match[0].length
  return PAPER_NAME_AFTER.test(match.input)
}

/** One-character day words that join a part of the day: `今晚`, `昨夜`, `明早`, `当晚`. */
const SHORT: Readonly<Record<string, string>> = { 今: '今天', 昨: '昨天', 明: '明天', 前: '前天', 当: '当天' }

const WORDS = [...Object.keys(FROM_REFERENCE), ...Object.keys(FROM_PREVIOUS)].sort((a, b) => b.length - a.length)

/**
 * A day counted from the reference date (`今天`, `昨日`, `大后天`) or from the mention before
 * (`当天`, `次日`), or such a day's part (`今晚`, `昨夜`, `明早`).
 *
 * @example
 * // 2022-12-22 issue
 * '昨天' //=> 2022-12-21
 */
export const relativeDay: DateParser = {
  name: 'relative-day',
  firstChars: '今本昨前大明后当同次翌第隔是',
  secondChars: `${WORDS.map((w) => w[1]).join('')}晚上夜早晨午`,
  pattern: new RegExp(
    `(?:(?<word>${WORDS.join('|')})|(?<short>[今昨明前当])(?<part>晚上|晚|夜里|夜|早上|早|晨|午)(?![年期饭餐报会间])(?<!前早|前午|前夜|当午))`,
    'y',
  ),
  parse(match, ctx) {
    const g = match.groups!
    const word = g.word ?? SHORT[g.short!]!
    if (word.endsWith('日') && isPaperName(match)) return null
    const fromReference = FROM_REFERENCE[word]
    const anchor = fromReference === undefined ? (ctx.previous ?? ctx.reference) : ctx.reference
    const part = g.part === undefined ? undefined : g.part === '午' ? '中午' : g.part
    const flags = { relative: true }
    if (anchor === null) return unresolved(part === undefined ? 'day' : 'part-of-day', flags)
    const day = anchor + (fromReference ?? FROM_PREVIOUS[word]!)
    if (part !== undefined) return atTime(day, { part }, flags)
    return spanOfDays(day, day, 'day', { ...flags, base: { day } })
  },
}
