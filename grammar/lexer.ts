import { Lexer } from 'chevrotain'
import { lineTokens } from './tokens.js'

export interface LineLexerOptions {
  /** Run chevrotain's lexer self-checks and insist on the first-character optimisation (tests). */
  validate?: boolean
}

/**
 * Builds the line lexer. Build it once and reuse it: the analysis is the costly part.
 *
 * @example
 * const lexer = createLineLexer()
 * lexer.tokenize('# 标题\n正文。  \n').tokens.map((t) => t.tokenType.name)
 * //=> ['HeadingLine', 'BodyLine']
 */
export function createLineLexer(options: LineLexerOptions = {}): Lexer {
  const validate = options.validate ?? false
  return new Lexer(lineTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: validate,
    skipValidations: !validate,
  })
}
