export { createLineLexer, type LineLexerOptions } from './lexer.js'
export { PageParser, type PageParserOptions, type TokenRun } from './page-parser.js'
export { BlankLine, BodyLine, HeadingLine, LeadLine, ParenLine, lineTokens } from './tokens.js'
