import { parseISO } from 'date-fns/parseISO'
import type { ParagraphText } from '../pipeline/paragraph-text.js'
import type { DateMention } from '../schema.js'
import { readDates, toMention } from './extract.js'
import { formatBound, resolveParts, type ResolveContext } from './resolve.js'

/**
 * The date mentions of an article's paragraphs, in page order, with spans in the input. A mention
 * across a joined page break spans the break. `次日` counts from the mention before it.
 */
export function articleDates(paragraphs: readonly ParagraphText[], issue: Date | null): DateMention[] {
  const resolve: ResolveContext = { issue, previous: null }
  const out: DateMention[] = []
  for (const paragraph of paragraphs) {
    for (const reading of readDates(paragraph.folded, resolve, paragraph.starts.dates)) {
      const at = paragraph.at(reading.index, reading.index + reading.length)
      out.push(toMention(at.text, at.span, reading))
    }
  }
  return out
}

/** The dateline's `12月21日` against the issue date: `2022-12-21`, or undefined. */
export function datelineIso(
  month: number | undefined,
  day: number | undefined,
  issue: Date | null,
): string | undefined {
  if (day === undefined) return undefined
  const resolution = resolveParts({ ...(month !== undefined && { month }), day, length: 0 }, { issue, previous: null })
  return formatBound(resolution.start, false) ?? undefined
}

export const issueOf = (issueDate: string | null): Date | null => (issueDate === null ? null : parseISO(issueDate))
