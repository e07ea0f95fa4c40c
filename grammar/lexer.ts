import { Lexer, type TokenType } from 'chevrotain'
import { allTokens } from './tokens.js'

export interface LineLexerOptions {
  /** Run chevrotain's lexer self-checks and insist on the first-character optimisation (tests). */
  validate?: boolean
  /** Plugin tokens, each in a category; tried before the built-in line tokens. */
  extraTokens?: readonly TokenType[]
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
  return new Lexer(allTokens(options.extraTokens), {
    positionTracking: 'onlyOffset',
    ensureOptimizations: validate,
    skipValidations: !validate,
  })
}
