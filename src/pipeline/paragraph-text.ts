import { findStarts, type Starts } from '../facts/starts.js'
import type { Span, Text } from '../schema.js'
import type { ArticleDraft, Context } from './context.js'

/** A paragraph's normalised text, its page breaks joined, with a way back to the input. */
export interface ParagraphText {
  text: string
  /** `text` folded for look-ups in the lexicon (Traditional → Simplified), the same length. */
  folded: string
  /** Where each reader may start in `folded`. */
  starts: Starts
  /** The input text and span of `text.slice(start, end)`; a span across a break spans the break. */
  at(start: number, end: number): Text
}

/**
 * The normalised texts of an article's paragraphs, built once for all the extractors; `folded` is
 * the segment's normalised text folded by the lexicon (folded once, not once per paragraph).
 *
 * @example
 * paragraphTexts(ctx, draft, ctx.folded(0, ctx.normalized.text.length))[0].text //=> '今年以来,我区…均超过年度计划进度20个百分点。'
 */
export function paragraphTexts(ctx: Context, draft: ArticleDraft, folded: string): ParagraphText[] {
  const normalized = ctx.normalized.text
  const join = (text: string, pieces: Span[]): string =>
    pieces.length === 1
      ? text.slice(pieces[0]!.start, pieces[0]!.end)
      : pieces.map((p) => text.slice(p.start, p.end)).join('')
  return draft.paragraphs.map(({ pieces }) => {
    const starts = pieceStarts(pieces)
    const at = (start: number, end: number): Text =>
      ctx.text(toNormalized(pieces, starts, start), toNormalized(pieces, starts, end - 1) + 1)
    const text = join(normalized, pieces)
    const foldedText = folded === normalized ? text : join(folded, pieces)
    return { text, folded: foldedText, starts: findStarts(foldedText, ctx.lexicon), at }
  })
}

/** Where each piece starts in the paragraph's joined text. */
function pieceStarts(pieces: Span[]): Int32Array {
  const starts = new Int32Array(pieces.length)
  let at = 0
  pieces.forEach((piece, i) => {
    starts[i] = at
    at += piece.end - piece.start
  })
  return starts
}

/**
 * An offset in a paragraph's joined text → the normalised text: a binary search over the
 * pieces, so that a paragraph joined from thousands of page breaks costs log n a fact.
 */
function toNormalized(pieces: Span[], starts: Int32Array, offset: number): number {
  let low = 0
  let high = pieces.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  const piece = pieces[low]!
  return Math.min(piece.start + (offset - starts[low]!), piece.end)
}
