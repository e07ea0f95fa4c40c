import type { Lexer } from 'chevrotain'
import type { Context } from '../pipeline/context.js'

/** Pages are lexed in chunks of about this many UTF-16 units, cut at line ends. */
export const CHUNK_SIZE = 1 << 16

/**
 * lex: the normalised text → line tokens, chunk by chunk, so a year of pages in one string never
 * becomes one giant token array and the lexer's working set stays small.
 */
export function lex(ctx: Context, lexer: Lexer): void {
  const { text } = ctx.normalized
  let base = 0
  while (base < text.length) {
    let end = text.length
    if (end - base > CHUNK_SIZE) {
      const lineEnd = text.indexOf('\n', base + CHUNK_SIZE)
      end = lineEnd === -1 ? text.length : lineEnd + 1
    }
    const { tokens, errors } = lexer.tokenize(end - base === text.length ? text : text.slice(base, end))
    for (const error of errors) {
      const start = base + error.offset
      ctx.report('lex/unexpected-text', 'error', `No line token matches here: ${error.message}`, {
        start,
        end: start + error.length,
      })
    }
    ctx.chunks.push({ base, tokens })
    base = end
  }
}
