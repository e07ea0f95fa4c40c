import type { Lexicon } from '../lexicon.js'
import { toInputEnd, toInputOffset, type Normalized } from '../normalize.js'
import type { ResolvedOptions } from '../options.js'
import type { Span } from '../schema.js'
import type { Context } from './context.js'

const EMPTY: Normalized = { text: '', drops: new Int32Array(0), inputLength: 0 }

/** A fresh context for one segment of the input (the whole page, for most pages). */
export function createContext(input: string, segment: Span, options: ResolvedOptions, lexicon: Lexicon): Context {
  const base = segment.start
  let foldedFrom: Normalized | null = null
  let foldedText = ''
  const ctx: Context = {
    input,
    segment,
    options,
    lexicon,
    normalized: EMPTY,
    chunks: [],
    runs: [],
    drafts: [],
    pageEndHeadings: [],
    diagnostics: [],
    result: null,
    data: {},
    inputOffset: (offset) =>
      base +
      (ctx.normalized.drops.length === 0
        ? Math.min(offset, ctx.normalized.inputLength)
        : toInputOffset(ctx.normalized, offset)),
    inputEnd: (end) =>
      base +
      (ctx.normalized.drops.length === 0 ? Math.min(end, ctx.normalized.inputLength) : toInputEnd(ctx.normalized, end)),
    folded(start, end) {
      // folded anew when a step replaces the normalised text (the markup plugin does)
      if (foldedFrom !== ctx.normalized) {
        foldedFrom = ctx.normalized
        foldedText = lexicon.fold(foldedFrom.text)
      }
      return foldedText.slice(start, end)
    },
    text(start, end) {
      const from = ctx.inputOffset(start)
      const to = Math.max(from, ctx.inputEnd(end))
      return { text: input.slice(from, to), span: { start: from, end: to } }
    },
    report(code, severity, message, span) {
      ctx.diagnostics.push(
        span === undefined
          ? { code, severity, message }
          : { code, severity, message, span: ctx.text(span.start, span.end).span },
      )
    },
  }
  return ctx
}
