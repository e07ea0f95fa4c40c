import { readByline } from '../extract/byline.js'
import { readDateline } from '../extract/dateline.js'
import type { ArticleDraft, Context, Line, ParagraphDraft } from '../pipeline/context.js'
import type { Span } from '../schema.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'

/** In a page without hard breaks, a line this long that stops mid-sentence continues past a blank line. */
const MIN_BROKEN_LINE = 16

/**
 * Reads each article's body: the dateline in bold at the start of the first paragraph, bylines
 * (whole lines in brackets that read as one), and paragraphs with page breaks joined.
 *
 * A line continues on the next body line when it ends without a hard break and without closing
 * punctuation (`。！？…”」』）` as printed; a half-width `)` does not close). In a page that uses
 * hard breaks that holds across blank lines; in one that does not, only for a long line. Joins
 * never cross a heading or a byline. Body text after a byline stays with the article, with a warning.
 */
export function readBodies(ctx: Context): void {
  const hardBreaks = ctx.runs.some((run) => run.kind === 'text' && run.lines.some((line) => line.hardBreak))
  for (const draft of ctx.drafts) readBody(ctx, draft, hardBreaks)
}

function readBody(ctx: Context, draft: ArticleDraft, hardBreaks: boolean): void {
  const text = ctx.normalized.text
  let open: ParagraphDraft | null = null
  let openLine: Line | null = null
  let warnedAfterByline = false

  const startParagraph = (pieces: Span[], line: Line, joinable: boolean): void => {
    if (draft.bylines.length > 0 && !warnedAfterByline) {
      warnedAfterByline = true
      ctx.report('structure/text-after-byline', 'warning', 'Text follows the byline with no new heading: it is kept with the article before it.', { start: line.begin, end: line.contentEnd })
    }
    const paragraph = { pieces }
    draft.paragraphs.push(paragraph)
    open = joinable ? paragraph : null
    openLine = joinable ? line : null
  }

  for (const line of draft.body) {
    if (line.kind === 'blank') continue
    if (line.kind === 'paren') {
      open = null
      const inner = { start: line.contentStart + 1, end: line.contentEnd - 1 }
      const reading = readByline(text.slice(inner.start, inner.end), ctx.lexicon)
      if (reading !== null) {
        noteRepeat(ctx, draft, inner)
        draft.bylines.push({ line, inner, reading })
      } else {
        startParagraph([{ start: line.contentStart, end: line.contentEnd }], line, false)
      }
      continue
    }
    let pieces: Span[] = [{ start: line.contentStart, end: line.contentEnd }]
    if (line.kind === 'lead') {
      const boldStart = line.contentStart + 2
      const boldEnd = text.indexOf('**', boldStart)
      let rest = boldEnd + 2
      while (rest < line.contentEnd && (text.charCodeAt(rest) === 0x20 || text.charCodeAt(rest) === 0x09)) rest++
      const first = draft.paragraphs.length === 0 && draft.dateline === null
      const reading = first ? readDateline(ctx.lexicon.fold(text.slice(boldStart, boldEnd)), ctx.lexicon) : null
      if (reading !== null) {
        draft.dateline = { span: { start: boldStart, end: boldEnd }, reading }
        pieces = rest < line.contentEnd ? [{ start: rest, end: line.contentEnd }] : []
      } else {
        // bold words that are no dateline: keep the words, drop the `**` markers
        pieces = [{ start: boldStart, end: boldEnd }]
        if (boldEnd + 2 < line.contentEnd) pieces.push({ start: boldEnd + 2, end: line.contentEnd })
      }
      if (pieces.length === 0) continue
    }
    if (open !== null && openLine !== null && continues(ctx, openLine, line, hardBreaks)) {
      ;(open as ParagraphDraft).pieces.push(...pieces)
      openLine = line
    } else {
      startParagraph(pieces, line, true)
    }
  }
}

/** Whether `line` carries on the paragraph that `previous` left open. */
function continues(ctx: Context, previous: Line, line: Line, hardBreaks: boolean): boolean {
  if (previous.hardBreak) return false
  const lastChar = ctx.input.charAt(ctx.inputEnd(previous.contentEnd) - 1)
  if (CLOSING_PUNCTUATION.has(lastChar)) return false
  const adjacent = ctx.normalized.text.indexOf('\n', previous.contentEnd) === line.start - 1
  return hardBreaks || adjacent || previous.contentEnd - previous.contentStart >= MIN_BROKEN_LINE
}

function noteRepeat(ctx: Context, draft: ArticleDraft, inner: Span): void {
  const first = draft.bylines[0]
  if (first === undefined) return
  const text = ctx.normalized.text
  const span = { start: inner.start - 1, end: inner.end + 1 }
  if (ctx.lexicon.fold(text.slice(first.inner.start, first.inner.end)) === ctx.lexicon.fold(text.slice(inner.start, inner.end))) {
    ctx.report('byline/repeated', 'info', 'The byline is printed again (a column jump): the article continues across it.', span)
  } else {
    ctx.report('byline/extra', 'warning', 'A second, different byline in one article: the first is the article\'s byline.', span)
  }
}
