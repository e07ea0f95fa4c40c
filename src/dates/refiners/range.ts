import { MINUTES_A_DAY } from '../calendar.js'
import type { DateRefiner, DateResult, DateValue } from '../engine.js'
import { join, type JoinedResult, reread } from './reread.js'

const JOIN = /[ \t]?(?:起至|起到|至|到|-|—|–|~|ー|－)[ \t]?/y
const AND = /[ \t]?(?:和|与)[ \t]?/y
const BETWEEN = /之?间/y

/**
 * Two dates joined by `至`, `到`, `-`, `~` (or `和 … 之间`) as one interval, from the first's start
 * to the second's end: the second inherits what it leaves out from the first (`1月3日至10日`,
 * `下午五点一刻到六点`), and lies after it (`12月30日至1月2日`, `晚上11点~凌晨2点`).
 *
 * @example
 * // 2021-06-14 issue
 * '1月3至2月10' //=> 2021-01-03 … 2021-02-10
 */
export const mergeRanges: DateRefiner = {
  name: 'merge-ranges',
  refine(results, text, reader) {
    const out: JoinedResult[] = []
    for (let i = 0; i < results.length; i++) {
      const first = results[i]!
      const merged = mergeAt(first, results[i + 1], text, reader)
      if (merged === null) {
        out.push(first)
        continue
      }
      while (results[i + 1] !== undefined && results[i + 1]!.index < merged.index + merged.length) i++
      out.push(merged)
    }
    return out
  },
}

function mergeAt(
  first: DateResult,
  next: DateResult | undefined,
  text: string,
  reader: Parameters<DateRefiner['refine']>[2],
): DateResult | null {
  if (first.value.start === null || first.value.role !== undefined) return null
  const end = first.index + first.length
  let between = false
  JOIN.lastIndex = end
  let joint = JOIN.exec(text)
  if (joint === null) {
    AND.lastIndex = end
    joint = AND.exec(text)
    between = true
  }
  if (joint === null) return null
  const at = end + joint[0].length
  const base = first.value.base
  let second: JoinedResult | null =
    next !== undefined && next.index === at
      ? reread(reader, text, next, base)
      : reader.parseAt(text, at, { ...first.ctx, base, loose: true })
  if (second === null || second.value.end === null || second.value.role !== undefined) return null
  // a time only may run into the next day; a month or day with no year, into the next year
  if (second.value.end < first.value.start) {
    if (
      second.value.timeOnly !== undefined ||
      (second.value.base.day !== undefined && second.value.stated.day === undefined && second.value.timed)
    ) {
      second = shift(second, MINUTES_A_DAY)
    } else if (second.value.stated.year === undefined && base.year !== undefined && second.value.relative) {
      second = reread(reader, text, next?.index === at ? next : second, { ...base, year: base.year + 1 })
    }
  }
  if (second === null || second.value.end === null || second.value.end < first.value.start) return null
  let length = second.index + second.length - first.index
  if (between) {
    BETWEEN.lastIndex = first.index + length
    const tail = BETWEEN.exec(text)
    if (tail === null) return null
    length += tail[0].length
  }
  const a = first.value
  const b = second.value
  // `五点到六点` ends at six: a clock time closes a range at its first minute
  const clock = b.timed && (b.precision === 'hour' || b.precision === 'minute')
  const value: DateValue = {
    start: a.start,
    end: clock ? b.start : b.end,
    timed: a.timed && b.timed,
    precision:
      a.timed && clock
        ? a.precision === 'minute' || b.precision === 'minute'
          ? 'minute'
          : 'hour'
        : a.precision === b.precision
          ? a.precision
          : 'day',
    relative: a.relative,
    vague: a.vague || b.vague,
    stated: a.stated,
    base: a.base,
  }
  void join
  return { index: first.index, length, value, parser: first.parser, ctx: first.ctx }
}

function shift(result: JoinedResult, minutes: number): JoinedResult {
  const v = result.value
  return {
    ...result,
    value: { ...v, start: v.start === null ? null : v.start + minutes, end: v.end === null ? null : v.end + minutes },
  }
}
