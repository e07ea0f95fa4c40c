import type { DateMention } from '../../src/index.js'
import type { Library } from './library.js'
import { readJsonl } from './load.js'
import { dayBefore, dayOf, overlaps, percent, ratio } from './text.js'

/** One case of `eval/sets/dates/cases.jsonl` (see `eval/sets/CASES.md`). */
export interface DateCase {
  id: string
  source: string
  category: string
  text: string
  expression: string
  offset: number
  issueDate: string
  expected: {
    start?: string
    end?: string
    precision?: string
    /** A vague expression (`近年来`): right when read as vague. */
    vague?: boolean
    /** A running period (`今年以来`): its end may be the issue date or the day before. */
    running?: boolean
    /** A state as of a date (`截至6月底`): only the end counts. */
    asOf?: boolean
    /** An approximate edge: only the firm one counts. */
    approx?: boolean
    firm?: 'start' | 'end'
  }
}

/** Right and total of one category or source. */
export interface Tally {
  right: number
  total: number
}

export interface DatesReport {
  cases: number
  resolved: number
  accuracy: number
  crashes: number
  byCategory: Record<string, Tally>
  bySource: Record<string, Tally>
  misses: string[]
}

/** Whether one mention reads the case as its gold says. */
function readsRight(m: DateMention, c: DateCase): boolean {
  const e = c.expected
  if (e.vague) return m.vague === true
  if (e.running)
    return (
      dayOf(m.start) === dayOf(e.start) && [dayOf(e.end), c.issueDate, dayBefore(c.issueDate)].includes(dayOf(m.end))
    )
  if (e.asOf) return dayOf(m.end) === dayOf(e.end)
  if (e.approx) return e.firm === 'start' ? dayOf(m.start) === dayOf(e.start) : dayOf(m.end) === dayOf(e.end)
  if (dayOf(m.start) !== dayOf(e.start) || dayOf(m.end) !== dayOf(e.end)) return false
  // a time of day counts to the minute, unless the gold reads only a part of the day
  if (String(e.start).includes('T') && e.precision !== 'part-of-day')
    return String(m.start).slice(0, 16) === String(e.start).slice(0, 16)
  return true
}

const bump = (tallies: Record<string, Tally>, key: string, ok: boolean): void => {
  tallies[key] ??= { right: 0, total: 0 }
  const t = tallies[key]
  t.total++
  if (ok) t.right++
}

/**
 * Scores `extractDates` on each case: right when a mention overlapping the expression resolves
 * as the gold says.
 *
 * @example
 * scoreDates(await loadLibrary('source'), 'eval/sets/dates/cases.jsonl').accuracy // e.g. 45.7
 */
export function scoreDates(lib: Library, file: string): DatesReport {
  const cases = readJsonl<DateCase>(file)
  const byCategory: Record<string, Tally> = {}
  const bySource: Record<string, Tally> = {}
  const misses: string[] = []
  let resolved = 0
  let crashes = 0
  for (const c of cases) {
    let mentions: DateMention[] = []
    try {
      mentions = lib.extractDates(c.text, { issueDate: c.issueDate })
    } catch {
      crashes++
    }
    const hits = mentions.filter((m) => overlaps(m.span, c.offset, c.offset + c.expression.length))
    const ok = hits.some((m) => readsRight(m, c))
    if (ok) resolved++
    bump(byCategory, c.category, ok)
    bump(bySource, c.source, ok)
    if (!ok) {
      const want = c.expected.vague ? 'vague' : `${c.expected.start}..${c.expected.end}`
      const got = hits.length
        ? hits.map((m) => `${m.start}..${m.end}${m.vague ? ' vague' : ''}`).join(' | ')
        : 'nothing'
      misses.push(`${c.id} ${JSON.stringify(c.expression)} @${c.issueDate}: want ${want}, got ${got}`)
    }
  }
  return {
    cases: cases.length,
    resolved,
    accuracy: percent(ratio(resolved, cases.length)),
    crashes,
    byCategory,
    bySource,
    misses,
  }
}
