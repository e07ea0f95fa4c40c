import { smallNumber } from '../numerals.js'
import { dateOf, dayOf, isRealDate, shiftMonth } from './calendar.js'
import type { DateContext } from './engine.js'

const CN_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** `21`, `二十一`, `廿三`, `两`, `十`: a small whole number, or null. */
export function numberOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  if (text === '两') return 2
  return smallNumber(text)
}

/** A count of periods: `3`, `十一`, `两`, `一百`. */
export function countOf(text: string): number | null {
  // `三四` is three or four, not 34
  if (/^[〇零一二两三四五六七八九]{2,}$/.test(text)) return null
  return numberOf(text.replace(/^零/, ''))
}

/** Year words and how many years from the reference year they are. */
const YEAR_WORDS: Readonly<Record<string, number>> = {
  大前年: -3,
  前年: -2,
  去年: -1,
  上年: -1,
  上年度: -1,
  上一年: -1,
  今年: 0,
  本年: 0,
  本年度: 0,
  这一年: 0,
  明年: 1,
  来年: 1,
  下一年: 1,
  后年: 2,
  大后年: 3,
}

/** What the year part of a match gives: a year, or a year counted from the reference. */
export interface YearReading {
  /** The year, or null when it hangs on a reference that is not given. */
  year: number | null
  /** Whether the text states it (`2022年`) rather than counting it (`去年`). */
  stated: boolean
  /** A two-digit year (`15年`), which alone is more often a count of years. */
  short?: boolean
  /** Written by the sexagenary cycle (`庚子年`): a lunar year. */
  cyclic?: boolean
}

const STEMS = '甲乙丙丁戊己庚辛壬癸'
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥'

/** The year part of a match (groups of `YEAR`), or undefined when there is none; null when no year is valid. */
export function readYear(groups: Record<string, string | undefined>, ctx: DateContext): YearReading | null | undefined {
  if (
    groups.yearDigits === undefined &&
    groups.yearCn === undefined &&
    groups.roc === undefined &&
    groups.ganzhi === undefined &&
    groups.yearWord === undefined
  )
    return undefined
  const refYear = ctx.reference === null ? null : dateOf(ctx.reference).year
  if (groups.yearDigits !== undefined) {
    const digits = groups.yearDigits
    if (digits.length === 4) {
      const year = Number(digits)
      return year > 2199 ? null : { year, stated: true }
    }
    return { year: century(Number(digits), refYear), stated: true, short: !digits.startsWith('0') }
  }
  if (groups.yearCn !== undefined) {
    const digits = [...groups.yearCn].map((c) => CN_DIGIT[c]).join('')
    return digits.length === 4
      ? { year: Number(digits), stated: true }
      : { year: century(Number(digits), refYear), stated: true }
  }
  if (groups.roc !== undefined) {
    const count = numberOf(groups.roc)
    return count === null ? null : { year: 1911 + count, stated: true }
  }
  if (groups.ganzhi !== undefined) {
    const stem = STEMS.indexOf(groups.ganzhi[0]!)
    const branch = BRANCHES.indexOf(groups.ganzhi[1]!)
    // a valid pair has stem and branch of the same parity; the year nearest the reference
    if ((stem - branch) % 2 !== 0 || refYear === null) return refYear === null ? { year: null, stated: false } : null
    let cycle = 0
    while (cycle % 10 !== stem || cycle % 12 !== branch) cycle++
    const near = refYear - ((((refYear - 4 - cycle) % 60) + 60) % 60)
    return { year: refYear - near > 30 ? near + 60 : near, stated: true, cyclic: true }
  }
  if (groups.yearWord !== undefined) {
    const word = groups.yearWord
    if (word === '当年' || word === '同年' || word === '次年') {
      const from = ctx.previous ?? ctx.reference
      return { year: from === null ? null : dateOf(from).year + (word === '次年' ? 1 : 0), stated: false }
    }
    return { year: refYear === null ? null : refYear + YEAR_WORDS[word]!, stated: false }
  }
  return undefined
}

/** A two-digit year: this century's unless that lies more than ten years ahead. */
function century(twoDigits: number, refYear: number | null): number {
  const limit = (refYear ?? 2000) + 10
  return 2000 + twoDigits <= limit ? 2000 + twoDigits : 1900 + twoDigits
}

const MONTH_WORDS: Readonly<Record<string, number>> = {
  本月: 0,
  当月: 0,
  同月: 0,
  这个月: 0,
  这月: 0,
  上月: -1,
  上个月: -1,
  上上月: -2,
  上上个月: -2,
  下月: 1,
  下个月: 1,
  下下月: 2,
  下下个月: 2,
  次月: 1,
}

/** `[year, month]` of a month word (`上个月`), or null without a reference. */
export function monthOfWord(word: string, ctx: DateContext): [number, number] | null {
  const from = word === '同月' || word === '次月' ? (ctx.previous ?? ctx.reference) : ctx.reference
  if (from === null) return null
  const { year, month } = dateOf(from)
  return shiftMonth(year, month, MONTH_WORDS[word]!)
}

/** How far past the reference a month may lie before it is read as last year's. */
const FUTURE_DAYS_FOR_MONTH = 300

/**
 * The year of a month (and day) the text gives without one: the reference year, or the year before
 * when that would lie most of a year ahead (`12月30日` in a January issue); a 2月29日 in a year
 * without one is the last year that had it.
 */
export function yearForMonth(month: number, day: number | undefined, ctx: DateContext): number | null {
  if (ctx.base?.year !== undefined) return ctx.base.year
  if (ctx.statedYear !== undefined) return ctx.statedYear
  if (ctx.reference === null) return null
  let year = dateOf(ctx.reference).year
  if (dayOf(year, month, Math.min(day ?? 1, 28)) - ctx.reference > FUTURE_DAYS_FOR_MONTH) year--
  if (day !== undefined) for (let back = 0; back < 8 && !isRealDate(year, month, day); back++) year--
  return year
}

/**
 * The month of a day the text gives alone: the reference month, or the latest month before it
 * with that day when the day is still to come (`30日` in a 06-14 issue is 05-30).
 */
export function monthForDay(day: number, ctx: DateContext): [number, number] | null {
  const base = ctx.base
  if (base?.year !== undefined && base.month !== undefined) return [base.year, base.month]
  if (ctx.reference === null) return null
  const { year, month, day: today } = dateOf(ctx.reference)
  let [y, m] = day > today ? shiftMonth(year, month, -1) : [year, month]
  for (let back = 0; back < 3 && !isRealDate(y, m, day); back++) [y, m] = shiftMonth(y, m, -1)
  return [y, m]
}
