import type { ParagraphText } from '../pipeline/paragraph-text.js'
import type { DateMention } from '../schema.js'
import { formatDay, parseDay } from './calendar.js'
import type { DateContext } from './engine.js'
import { readerFor, toMention } from './extract.js'
import { writtenDate } from './parsers/written-date.js'

/**
 * The date mentions of an article's paragraphs, in page order, with spans in the input. Relative
 * dates count from `reference`, the dispatch's date from its dateline, else the issue date. A
 * mention across a joined page break spans the break. `次日` counts from the mention before it.
 */
export function articleDates(
  paragraphs: readonly ParagraphText[],
  issue: number | null,
  reference: number | null = issue,
): DateMention[] {
  const ctx: DateContext = { issue, reference, previous: null }
  const reader = readerFor()
  const out: DateMention[] = []
  for (const paragraph of paragraphs) {
    for (const result of reader.read(paragraph.folded, ctx)) {
      const at = paragraph.at(result.index, result.index + result.length)
      out.push(toMention(at.text, at.span, result))
    }
  }
  return out
}

/** The dateline's `12月21日` against the issue date: `2022-12-21`, or undefined. */
export function datelineIso(
  month: number | undefined,
  day: number | undefined,
  issue: number | null,
): string | undefined {
  if (day === undefined) return undefined
  const text = `${month === undefined ? '' : `${month}月`}${day}日`
  writtenDate.pattern.lastIndex = 0
  const match = writtenDate.pattern.exec(text)
  if (match === null) return undefined
  const value = writtenDate.parse(match, { issue, reference: issue, previous: null })
  return value?.start == null || value.precision !== 'day' ? undefined : formatDay(Math.floor(value.start / 1440))
}

/** The issue date as a day number; a `TypeError` when it is no real date. */
export const issueOf = (issueDate: string | null): number | null =>
  issueDate === null ? null : parseDay(issueDate, 'issueDate')
