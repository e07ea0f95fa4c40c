import { BARE_DAY, COUNT, DAY, guarded, MONTH, YEAR } from '../../../grammar/dates.js'
import { dateOf, dayOf, isRealDate } from '../calendar.js'
import type { DateContext, DateParser, DateValue } from '../engine.js'
import { monthForDay, monthOfWord, numberOf, readYear, yearForMonth } from '../parts.js'
import { monthSegment, type Tail, yearSegment } from '../segments.js'
import type { StatedParts } from '../types.js'
import { spanOfDays, unresolved } from '../values.js'

/** What a year or month may end with: a part of it. */
export const TAIL = `(?:(?:第(?<wom>[一二三四五1-5])个|(?<womLast>最后一个))[ \\t]?(?:星期|周|礼拜)(?<womDay>[一二三四五六日天])|(?<half>上半年|下半年|前半年|后半年)|(?<yearEdge>年初|年底|年末|年中)|(?<xun>上旬|中旬|下旬)|(?<monthEdge>月初|月底|月末|月中)|(?<halfMonth>上半月|下半月)|(?<quarter>第?[一二三四1-4]季度|首季度?|前[一二三两]季度)|(?<first>前|头|最后|后)[ \\t]?(?<firstCount>${COUNT})[ \\t]?个?(?<firstUnit>月|周|星期|天|日)|第(?<nth>${COUNT})个?(?<nthUnit>月|周|星期)|(?<edge>初(?![步期次级心衷始中稿])|底|末(?![期尾])))`

const TAIL_GROUPS = [
  'half',
  'yearEdge',
  'xun',
  'monthEdge',
  'halfMonth',
  'quarter',
  'first',
  'nth',
  'wom',
  'womLast',
  'edge',
] as const

/** The tails that name a part of the reference year or month on their own (`年底`, `上旬`). */
const STANDALONE = ['half', 'yearEdge', 'xun', 'monthEdge', 'halfMonth', 'quarter'] as const

/**
 * A date written out, each part optional but one: year (`2022年`, `15年`, `零七年`, `民国三年`,
 * `去年`), month (`12月`, `十二月`, `上个月`), day (`21日`, `二十一日`, after a month `3`), and
 * a part of the year or month (`上半年`, `前十一个月`, `月底`, `第3个星期日`). What the text leaves
 * out comes from the reference date, with a past bias; a range's second half takes it from the first.
 *
 * @example
 * // 2022-12-22 issue
 * '11月底' //=> 2022-11-21 … 2022-11-30 (xun)
 */
export const writtenDate: DateParser = {
  name: 'written-date',
  firstChars: '0-9〇零一二两三四五六七八九十廿卅民甲乙丙丁戊己庚辛壬癸今本当同这去上前明来下次后大年月初头最第首',
  secondChars: '0-9〇零一二两三四五六七八九十廿卅年月日号份旬初底末季半上下前后头最第个的 \\t度国年一',
  pattern: new RegExp(
    guarded(
      `(?:${YEAR})?(?:[ \\t]?${MONTH})?(?:[ \\t]?(?:${DAY}|(?:的[ \\t]?)?${TAIL}|${BARE_DAY}))?`,
      YEAR,
      MONTH,
      DAY,
      TAIL,
    ),
    'y',
  ),
  parse(match, ctx) {
    const g = match.groups!
    // `雪龙2号`: a `号` alone after a Han character names a thing, not a day
    if (g.day !== undefined && g.month === undefined && g.monthWord === undefined && /号$/.test(match[0]))
      if (/[\u3400-\u9fff]/.test(match.input.charAt(match.index - 1))) return null
    return readWritten(g, ctx)
  },
}

function readWritten(g: Record<string, string | undefined>, ctx: DateContext): DateValue | null {
  const year = readYear(g, ctx)
  if (year === null) return null
  const hasMonth = g.month !== undefined || g.monthWord !== undefined
  const dayText = g.day ?? g.bareDay
  if (g.bareDay !== undefined && !hasMonth) return null
  const tail: Tail = g
  const hasTail = TAIL_GROUPS.some((k) => g[k] !== undefined)
  if (year === undefined && !hasMonth && dayText === undefined) {
    // a tail alone: a part of the reference year or month
    if (!STANDALONE.some((k) => g[k] !== undefined)) return null
    // `月中`, `年中` alone are more often inside words (`明月中学`, `一年中`)
    if (g.monthEdge === '月中' || g.yearEdge === '年中') return null
    return standalone(tail, ctx)
  }
  if (year?.short && !hasMonth && dayText === undefined && !hasTail) return null
  if (year !== undefined && g.yearCn?.length === 2 && !hasMonth && dayText === undefined && !hasTail) {
    // `三四年`, `五六年`: a count, not the year 1934
    const [a, b] = [...g.yearCn].map((c) => '〇零一二三四五六七八九'.indexOf(c))
    if (b === a! + 1 && a! > 1) return null
  }
  if (g.monthWord !== undefined && year !== undefined) return null
  const stated: StatedParts = {}
  if (year?.stated && year.year !== null) stated.year = year.year
  const month = g.month === undefined ? undefined : numberOf(g.month)
  if (month !== undefined) {
    if (month === null || month < 1 || month > 12) return null
    stated.month = month
  }
  const day = dayText === undefined ? undefined : numberOf(dayText)
  if (day !== undefined) {
    if (day === null || day < 1 || day > 31) return null
    stated.day = day
  }
  const relative = !(year?.stated ?? false)
  const flags = { relative, stated }
  const precisionGuess =
    day !== undefined
      ? 'day'
      : ((hasMonth ? monthSegment(2000, 1, tail) : yearSegment(2000, tail))?.[2] ?? (hasMonth ? 'month' : 'year'))

  // the year and month, from the text, the reference or the first half of a range
  let y: number | null
  let m: number | undefined
  if (g.monthWord !== undefined) {
    const ym = monthOfWord(g.monthWord, ctx)
    if (ym === null) return unresolved(precisionGuess, flags)
    ;[y, m] = ym
  } else if (month !== undefined) {
    m = month
    y = year === undefined ? yearForMonth(month, day, ctx) : year.year
  } else if (day !== undefined) {
    if (year !== undefined) return null // `2022年5日`
    const ym = monthForDay(day, ctx)
    if (ym === null) return unresolved('day', flags)
    ;[y, m] = ym
  } else {
    y = year === undefined ? (ctx.base?.year ?? yearOfReference(ctx)) : year.year
  }
  if (y === null) return unresolved(precisionGuess, flags)
  const base = { year: y, ...(m !== undefined && { month: m }) }
  if (day !== undefined) {
    if (!isRealDate(y, m!, day)) return null
    const at = dayOf(y, m!, day)
    return spanOfDays(at, at, 'day', { ...flags, base: { ...base, day: at } })
  }
  const segment = m === undefined ? yearSegment(y, tail) : monthSegment(y, m, tail)
  if (segment === null) return null
  return spanOfDays(segment[0], segment[1], segment[2], { ...flags, base })
}

const yearOfReference = (ctx: DateContext): number | null =>
  ctx.reference === null ? null : dateOf(ctx.reference).year

/** A part of the reference year or month standing alone: `上半年`, `年底`, `上旬`. */
function standalone(tail: Tail, ctx: DateContext): DateValue | null {
  const inMonth = tail.xun !== undefined || tail.monthEdge !== undefined || tail.halfMonth !== undefined
  const flags = { relative: true }
  if (ctx.reference === null)
    return unresolved(inMonth ? 'xun' : tail.half ? 'half' : tail.quarter ? 'quarter' : 'month', flags)
  const { year, month } = dateOf(ctx.reference)
  if (inMonth) {
    const segment = monthSegment(year, month, tail)
    return segment === null ? null : spanOfDays(segment[0], segment[1], segment[2], { ...flags, base: { year } })
  }
  // past bias, as for a December date in a January issue: there, a half, quarters or months
  // of the year that run past its first quarter (`前三季度`, `上半年`, `前11个月`) are the year
  // just ended — they cannot be this year's yet; `一季度` or `前两个月` may be under way
  let segment = yearSegment(year, tail)
  const reported = tail.half !== undefined || tail.quarter !== undefined || tail.first !== undefined
  const ofLastYear = segment !== null && reported && month === 1 && segment[1] > dayOf(year, 3, 31)
  if (ofLastYear) segment = yearSegment(year - 1, tail)
  const base = { year: ofLastYear ? year - 1 : year }
  return segment === null ? null : spanOfDays(segment[0], segment[1], segment[2], { ...flags, base })
}
