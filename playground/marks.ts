import { escapeMarkup as escapeHtml } from '../src/escape-markup.js'
import type { DispatchResult, Span } from '../src/index.js'

/** A span of the page with the role it plays; `id` links it to its item in the outline. */
export interface Mark {
  id: string
  role: string
  start: number
  end: number
}

export const ROLES_SHOWN = [
  'column',
  'kicker',
  'title',
  'subtitle',
  'dateline',
  'byline',
  'credit',
  'paragraph',
  'leftover',
  'date',
  'figure',
  'person',
  'quote',
] as const

/**
 * Every span of a reading, with its role: structure first, the facts inside it after.
 *
 * @example
 * marksOf(parseDispatch('# 标题\n\n正文。\n')).map((m) => m.role) //=> ['title', 'paragraph']
 */
export function marksOf(result: DispatchResult): Mark[] {
  const marks: Mark[] = []
  const add = (id: string, role: string, span: Span | undefined) => {
    if (span && span.end > span.start) marks.push({ id, role, start: span.start, end: span.end })
  }
  result.articles.forEach((a, i) => {
    const at = `a${i}`
    add(`${at}-column`, 'column', a.column?.span)
    add(`${at}-kicker`, 'kicker', a.headline.kicker?.span)
    add(`${at}-title`, 'title', a.headline.title?.span)
    add(`${at}-subtitle`, 'subtitle', a.headline.subtitle?.span)
    add(`${at}-dateline`, 'dateline', a.dateline?.span)
    add(`${at}-byline`, 'byline', a.byline?.span)
    for (const [j, c] of a.credits.entries()) add(`${at}-credit${j}`, 'credit', c.span)
    a.paragraphs.forEach((p, j) => {
      for (const piece of p.pieces) add(`${at}-p${j}`, 'paragraph', piece)
    })
    for (const [j, d] of a.dates.entries()) add(`${at}-date${j}`, 'date', d.span)
    for (const [j, f] of a.figures.entries()) add(`${at}-figure${j}`, 'figure', f.span)
    a.people.forEach((p, j) => {
      for (const span of [p.span, ...p.mentions]) add(`${at}-person${j}`, 'person', span)
    })
    for (const [j, q] of a.quotes.entries()) add(`${at}-quote${j}`, 'quote', q.span)
  })
  for (const [i, l] of result.leftovers.entries()) add(`leftover${i}`, 'leftover', l.span)
  return marks
}

/**
 * The page as HTML with every mark a `<span class="m-ROLE" data-id>` around its text, nested
 * where one lies inside another; a mark that crosses another's edge is cut at that edge.
 */
export function highlighted(input: string, marks: readonly Mark[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end)
  const open: Mark[] = []
  let out = ''
  let at = 0
  const closeUntil = (position: number) => {
    // close every open mark that ends at or before `position`, innermost first
    while (open.length > 0 && open[open.length - 1]!.end <= position) {
      const mark = open.pop()!
      out += escapeHtml(input.slice(at, mark.end))
      at = mark.end
      out += '</span>'
    }
  }
  for (const mark of sorted) {
    closeUntil(mark.start)
    out += escapeHtml(input.slice(at, mark.start))
    at = mark.start
    const parent = open[open.length - 1]
    const end = parent ? Math.min(mark.end, parent.end) : mark.end
    out += `<span class="m-${mark.role}" data-id="${mark.id}">`
    open.push({ ...mark, end })
  }
  closeUntil(input.length)
  return out + escapeHtml(input.slice(at))
}

/** Line (from 1) of an offset. */
export function lineOf(input: string, offset: number): number {
  let line = 1
  for (let i = input.indexOf('\n'); i !== -1 && i < offset; i = input.indexOf('\n', i + 1)) line++
  return line
}

/**
 * The text of a dropped or opened file: UTF-8, else GB18030; a binary file is a readable error.
 *
 * @example
 * decodeFile(new TextEncoder().encode('# 标题')) //=> { ok: true, text: '# 标题' }
 */
export function decodeFile(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: string } | { ok: false; problem: string } {
  if (bytes.includes(0))
    return { ok: false, problem: 'This file is binary (it has NUL bytes), not the text of a page.' }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    try {
      return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' }
    } catch {
      return { ok: false, problem: 'This file is neither UTF-8 nor GB18030 text.' }
    }
  }
}
