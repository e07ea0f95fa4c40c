import type { DateRefiner } from '../engine.js'

const UNTIL = /(?:截至|截止到|截止至|截止)[ \t]?$/

/**
 * `截至` and a date as a point in time: the date's end (`截至11月底` → 2022-11-30), the mention
 * taking in the word.
 *
 * @example
 * // 2022-12-22 issue
 * '截至目前' //=> … 2022-12-22
 */
export const asOfDates: DateRefiner = {
  name: 'as-of-dates',
  refine(results, text) {
    return results.map((result) => {
      const before = UNTIL.exec(text.slice(Math.max(0, result.index - 4), result.index))
      if (before === null || result.value.role !== undefined) return result
      return {
        ...result,
        index: result.index - before[0].length,
        length: result.length + before[0].length,
        value: { ...result.value, start: null, role: 'as-of' },
      }
    })
  },
}
