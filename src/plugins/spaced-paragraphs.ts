import { codeAt, isHan } from '../char-table.js'
import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { PHOTO_CREDIT_ALONE } from '../label/photo-items.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'
import { cutAtGaps, gapsOf } from './lines.js'

/** A run of spaces this long inside a line is a paragraph's break, not a space between words. */
const MIN_BREAK = 2
/** A line is paragraphs run together when at least this many of its breaks follow a sentence's end. */
const MIN_SENTENCE_BREAKS = 2
/** Or when one break this long does: no one sets four spaces between the sentences of a paragraph. */
const LONG_BREAK = 4

/**
 * Paragraphs run together on one line, each after a run of spaces, as app e-papers and some
 * converters print an article:
 *
 * ```
 * 区域协调发展是中国式现代化的内在要求。   我国幅员辽阔、人口众多,…   找准定位,更好发挥战略叠加效应   战略叠加效应如何释放?…
 * ↑ a paragraph                          ↑ a paragraph                 ↑ a subhead                   ↑ a paragraph
 * ```
 *
 * A body line is cut at its runs of two spaces or more, and at a single space between a
 * sentence's end and Han text, when at least two of these follow a sentence's end (or one run of
 * four spaces or more does: `…「一視同仁」。     有市民斥…`); each part
 * opens a paragraph (the body reader then tells subheads from text). A photo's credit in brackets
 * closing the line stays with its caption (`…树龄约3500年。       (受访者供图)`).
 */
export const spacedParagraphs = definePlugin({
  name: 'spaced-paragraphs',
  steps: [{ name: 'spaced-paragraphs', before: 'label', run: cutSpacedParagraphs }],
})

function cutSpacedParagraphs(ctx: Context): void {
  const { text } = ctx.normalized
  for (const run of ctx.runs) {
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      // most lines hold no run of spaces: passed over at a glance
      if (line.kind !== 'body' || !holdsBreak(text.slice(line.contentStart, line.contentEnd))) continue
      const parts = paragraphParts(ctx, line)
      if (parts === null) continue
      run.lines.splice(i, 1, ...parts)
      i += parts.length - 1
    }
  }
}

/** Whether a line may hold a break: two spaces, or a space after a sentence's end. */
const holdsBreak = (content: string): boolean => content.includes('  ') || SENTENCE_BREAK.test(content)

/** The marks that end a sentence: after one, even a single space before Han text breaks the paragraph. */
const SENTENCE_END = '。！？!?'
const SENTENCE_BREAK = new RegExp(`[${SENTENCE_END}] [\\u3400-\\u9fff]`)

/**
 * The paragraphs of a line cut at its breaks, or null when fewer than `MIN_SENTENCE_BREAKS` follow a
 * sentence and none of those is `LONG_BREAK` long. A break is a run of `MIN_BREAK` spaces, or one space between a sentence's end and Han
 * text (`…开展调研。 调研组一行…`: Chinese sets no space between the sentences of a paragraph).
 */
function paragraphParts(ctx: Context, line: Line): Line[] | null {
  const { text } = ctx.normalized
  const breaks = gapsOf(text, line).filter(
    ([start, end]) =>
      end - start >= MIN_BREAK || (SENTENCE_END.includes(text.charAt(start - 1)) && isHan(codeAt(text, end))),
  )
  const afterSentence = breaks.filter(([start]) => CLOSING_PUNCTUATION.has(text.charAt(start - 1)))
  // a photo's credit in brackets closing the line is its caption's: `…树龄约3500年。       (受访者供图)`
  const last = breaks.at(-1)
  if (last !== undefined && PHOTO_CREDIT_ALONE.test(ctx.folded(last[1], line.contentEnd))) {
    breaks.pop()
    if (afterSentence.at(-1) === last) afterSentence.pop()
  }
  if (afterSentence.length < MIN_SENTENCE_BREAKS && !afterSentence.some(([start, end]) => end - start >= LONG_BREAK))
    return null
  return cutAtGaps(line, breaks, () => true)
}
