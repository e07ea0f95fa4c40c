import { markupReader } from '../markup.js'
import { normalize } from '../normalize.js'
import type { Context } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { allLines } from './lines.js'
import type { Span, Text } from '../schema.js'

/**
 * Scraped text read through its markup (`normalize(…, { markup: true })`): HTML tags (a block
 * tag ends a line, an inline one vanishes), entities, the escapes of a string where the text is
 * one, and the quotes and comment marks of a list of string literals (each literal a line). What
 * no article or leftover takes of that markup (the tags around the articles, the `</p>` after a
 * paragraph) goes to `leftovers`.
 */
export const markup = definePlugin({
  name: 'markup',
  steps: [
    {
      name: 'markup',
      after: 'normalize',
      run(ctx) {
        const segment = ctx.input.slice(ctx.segment.start, ctx.segment.end)
        // most pages hold no markup: they are not normalised a second time
        if (markupReader(segment) === null) return
        const normalized = normalize(segment, { markup: true })
        if (normalized.markup !== undefined) ctx.normalized = normalized
      },
    },
    { name: 'markup-blocks', after: 'label', run: openBlocks },
    { name: 'markup-leftovers', after: 'extract', run: markupLeftovers },
  ],
})

/** Each literal of a list of string literals opens an article: the list's items are texts of their own. */
function openBlocks(ctx: Context): void {
  const blocks = ctx.normalized.blocks
  if (blocks === undefined) return
  let k = 0
  for (const line of allLines(ctx)) {
    while (k < blocks.length && blocks[k]! < line.start) k++
    if (k < blocks.length && blocks[k]! <= line.contentStart && line.kind !== 'blank' && line.kind !== 'chrome')
      line.opensArticle = true
  }
}

function markupLeftovers(ctx: Context): void {
  const spans = ctx.normalized.markup
  const result = ctx.result
  if (spans === undefined || result === null) return
  const { input } = ctx
  const base = ctx.segment.start
  const covered = new Uint8Array(ctx.segment.end - base)
  for (const { span } of [...result.articles, ...result.leftovers]) covered.fill(1, span.start - base, span.end - base)
  // the markup's units that no article or leftover covers; pieces with only blanks between are one
  const pieces: Text[] = []
  let last: Span | undefined
  for (let k = 0; k < spans.length; k += 2) {
    for (let i = spans[k]!; i < spans[k + 1]!; i++) {
      const at = base + i
      if (covered[i] === 1 || /\s/.test(input[at]!)) continue
      if (last !== undefined && /^\s*$/.test(input.slice(last.end, at))) last.end = at + 1
      else {
        last = { start: at, end: at + 1 }
        pieces.push({ text: '', span: last })
      }
    }
  }
  if (pieces.length === 0) return
  for (const piece of pieces) piece.text = input.slice(piece.span.start, piece.span.end)
  result.leftovers.push(...pieces)
  result.leftovers.sort((a, b) => a.span.start - b.span.start)
}
