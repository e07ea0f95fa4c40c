import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'

/** A run of spaces this long inside a line is a paragraph's break, not a space between words. */
const MIN_BREAK = 2
/** A line is paragraphs run together when at least this many of its breaks follow a sentence's end. */
const MIN_SENTENCE_BREAKS = 2

const isGap = (code: number): boolean => code === 0x20 || code === 0x09
/** A run of spaces between two words of Latin script or figures is the text's own. */
const isLatin = (code: number): boolean => code < 0x2e80

/**
 * Paragraphs run together on one line, each after a run of spaces, as app e-papers and some
 * converters print an article:
 *
 * ```
 * 区域协调发展是中国式现代化的内在要求。   我国幅员辽阔、人口众多,…   找准定位,更好发挥战略叠加效应   战略叠加效应如何释放?…
 * ↑ a paragraph                          ↑ a paragraph                 ↑ a subhead                   ↑ a paragraph
 * ```
 *
 * A body line is cut at its runs of two spaces or more when at least two of them follow a
 * sentence's end; each part opens a paragraph (the body reader then tells subheads from text).
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
      if (line.kind !== 'body' || !text.slice(line.contentStart, line.contentEnd).includes('  ')) continue
      const parts = paragraphParts(text, line)
      if (parts === null) continue
      run.lines.splice(i, 1, ...parts)
      i += parts.length - 1
    }
  }
}

/** The paragraphs of a line cut at its breaks, or null when fewer than `MIN_SENTENCE_BREAKS` follow a sentence. */
function paragraphParts(text: string, line: Line): Line[] | null {
  const breaks: Array<[start: number, end: number]> = []
  let afterSentence = 0
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    if (!isGap(text.charCodeAt(i))) continue
    let end = i
    while (end < line.contentEnd && isGap(text.charCodeAt(end))) end++
    if (end - i >= MIN_BREAK && !(isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(end)))) {
      breaks.push([i, end])
      if (CLOSING_PUNCTUATION.has(text.charAt(i - 1))) afterSentence++
    }
    i = end - 1
  }
  if (afterSentence < MIN_SENTENCE_BREAKS) return null
  const parts: Line[] = []
  let start = line.contentStart
  for (const [breakStart, breakEnd] of [...breaks, [line.contentEnd, line.contentEnd] as const]) {
    const first = parts.length === 0
    const last = breakStart === line.contentEnd
    parts.push({
      ...line,
      start: first ? line.start : start,
      begin: first ? line.begin : start,
      contentStart: start,
      contentEnd: breakStart,
      end: last ? line.end : breakStart,
      hardBreak: last && line.hardBreak,
      opensParagraph: !first || line.opensParagraph,
    })
    start = breakEnd
  }
  return parts
}
