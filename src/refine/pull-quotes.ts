import type { Context, ParagraphDraft } from '../pipeline/context.js'

/** An article opens with at most this many pull quotes. */
const MAX_PULL_QUOTES = 5
/** A pull quote is display text: longer paragraphs are body (and are never searched for). */
const MAX_PULL_QUOTE = 400
/** Each sentence of a pull quote has this many characters at least: shorter text may recur by chance. */
const MIN_SENTENCE = 6

/**
 * Pull quotes (提要): the paragraphs an article opens with that print again, as display text, a
 * passage of its own body (or several of its sentences), often without the final mark:
 *
 * ```
 * 2019年，我们用汗水浇灌收获，以实干笃定前行          ← pull quote
 * 新年前夕，国家主席习近平…发表了二〇二〇年新年贺词。  ← the body begins
 * …2019年，我们用汗水浇灌收获，以实干笃定前行。高质量发展平稳推进…
 * ```
 *
 * Editors' notes and captions before them are passed over; the first body paragraph that is
 * printed nowhere later ends them.
 */
export function markPullQuotes(ctx: Context, paragraphs: ParagraphDraft[]): void {
  const { text } = ctx.normalized
  const textOf = (p: ParagraphDraft): string => p.pieces.map((s) => text.slice(s.start, s.end)).join('')
  const leading: number[] = []
  for (let i = 0; i < paragraphs.length && leading.length < MAX_PULL_QUOTES; i++) {
    const role = paragraphs[i]!.role
    if (role === 'editor-note' || role === 'caption') continue
    if (role !== 'body') break
    leading.push(i)
  }
  // most articles open with a paragraph of text, longer than any pull quote: nothing to look for
  const firstLength = (p: ParagraphDraft): number => p.pieces.reduce((sum, s) => sum + s.end - s.start, 0)
  if (leading.length === 0 || firstLength(paragraphs[leading[0]!]!) > MAX_PULL_QUOTE) return
  // the article's text, and where each paragraph starts in it: a quote is looked for after itself
  const texts = paragraphs.map(textOf)
  const starts: number[] = []
  let at = 0
  for (const t of texts) {
    starts.push(at)
    at += t.length + 1
  }
  const all = texts.join('\n')
  for (const i of leading) {
    if (texts[i]!.length > MAX_PULL_QUOTE) return
    const after = starts[i + 1] ?? all.length
    // an excerpt may join sentences the body prints apart, and reword one: most must be printed later
    const sentences = texts[i]!.split(SENTENCE_END)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= MIN_SENTENCE)
    const printed = sentences.filter((sentence) => all.indexOf(sentence, after) !== -1).length
    if (printed * 2 <= sentences.length) return
    paragraphs[i]!.role = 'pull-quote'
  }
}

/** Where a pull quote's sentences end; the last one often has no mark. */
const SENTENCE_END = /[。！？!?；;…”」]+/
