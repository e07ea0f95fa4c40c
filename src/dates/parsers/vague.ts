import { addMonthsTo } from '../calendar.js'
import type { DateParser } from '../engine.js'
import { spanOfDays, unresolved } from '../values.js'

/**
 * Windows of the vague words, counted back from the reference date, in days (or years). A `近日`
 * in a paper is a recent day, within about ten days of going to press.
 */
export const VAGUE_WINDOWS: Readonly<Record<string, { days?: number; years?: number }>> = {
  近日: { days: 10 },
  日前: { days: 10 },
  连日来: { days: 7 },
  这两天: { days: 3 },
  这几天: { days: 7 },
  这些天: { days: 7 },
  这些日子: { days: 30 },
  近几天: { days: 7 },
  近几日: { days: 7 },
  最近数日: { days: 7 },
  最近几天: { days: 7 },
  前几天: { days: 10 },
  前些天: { days: 14 },
  前些日子: { days: 30 },
  近来: { days: 30 },
  近期: { days: 30 },
  最近: { days: 30 },
  前段时间: { days: 30 },
  近段时间: { days: 30 },
  前不久: { days: 30 },
  不久前: { days: 30 },
  近年来: { years: 5 },
  近些年: { years: 5 },
  前些年: { years: 5 },
  多年来: { years: 10 },
}
const NOW = new Set(['目前', '当前'])
const WORDS = [...Object.keys(VAGUE_WINDOWS), ...NOW].sort((a, b) => b.length - a.length)

/**
 * A vague time before the reference date (`近日`, `日前`, `最近`, `这两天`), flagged `vague`;
 * `目前` and `当前` are the reference date itself.
 *
 * @example
 * // 2022-12-22 issue
 * '近日' //=> 2022-12-12 … 2022-12-22, vague
 */
export const vague: DateParser = {
  name: 'vague',
  firstChars: '近日连这最前不多目当',
  secondChars: WORDS.map((w) => w[1]).join(''),
  pattern: new RegExp(`(?:${WORDS.join('|')})`, 'y'),
  parse(match, ctx) {
    const word = match[0]
    const isNow = NOW.has(word)
    const window = VAGUE_WINDOWS[word] ?? { days: 0 }
    const precision = window.years !== undefined ? 'year' : 'day'
    const flags = { relative: true, vague: !isNow }
    if (ctx.reference === null) return unresolved(precision, flags)
    const ref = ctx.reference
    const start = window.years !== undefined ? addMonthsTo(ref, -12 * window.years) : ref - window.days!
    return spanOfDays(start, ref, precision, flags)
  },
}
