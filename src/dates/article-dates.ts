import { parseISO } from 'date-fns/parseISO'
import type { ArticleDraft, Context } from '../pipeline/context.js'
import type { DateMention } from '../schema.js'
import { toNormalized } from '../facts/article-facts.js'
import { readDates, toMention } from './extract.js'
import { formatBound, resolveParts, type ResolveContext } from './resolve.js'

/**
 * The date mentions of an article's paragraphs, in page order, with spans in the input. A mention
 * across a joined page break spans the break. `次日` counts from the mention before it.
 */
export function articleDates(ctx: Context, draft: ArticleDraft, issue: Date | null): DateMention[] {
  const text = ctx.normalized.text
  const resolve: ResolveContext = { issue, previous: null }
  const out: DateMention[] = []
  for (const { pieces } of draft.paragraphs) {
    const joined = pieces.length === 1 ? text.slice(pieces[0]!.start, pieces[0]!.end) : pieces.map((p) => text.slice(p.start, p.end)).join('')
    for (const reading of readDates(joined, resolve)) {
      const start = toNormalized(pieces, reading.index)
      const end = toNormalized(pieces, reading.index + reading.length - 1) + 1
      const at = ctx.text(start, end)
      out.push(toMention(at.text, at.span, reading))
    }
  }
  return out
}

/** The dateline's `12月21日` against the issue date: `2022-12-21`, or undefined. */
export function datelineIso(month: number | undefined, day: number | undefined, issue: Date | null): string | undefined {
  if (day === undefined) return undefined
  const resolution = resolveParts({ ...(month !== undefined && { month }), day, length: 0 }, { issue, previous: null })
  return formatBound(resolution.start, false) ?? undefined
}

export const issueOf = (issueDate: string | null): Date | null => (issueDate === null ? null : parseISO(issueDate))
