export {
  type ArticleParse,
  ArticleParser,
  type ArticleParserOptions,
  type ArticlesParse,
  articleToken,
  type OpensArticle,
} from './article-parser.js'
export { BylineParser, type BylineParserOptions, lexByline, parseByline } from './byline.js'
export {
  DatelineParser,
  type DatelineParse,
  type DatelineParserOptions,
  lexDateline,
  parseDateline,
} from './dateline.js'
export { createLineLexer, type LineLexerOptions } from './lexer.js'
export { PageParser, type PageParserOptions, type TokenRun } from './page-parser.js'
export {
  allTokens,
  Banner,
  BlankLine,
  BodyLine,
  BRIEF_BULLETS,
  BriefItem,
  BulletLine,
  Byline,
  categoryTokens,
  Dateline,
  HeadingLine,
  LeadLine,
  ParenLine,
  lineTokens,
} from './tokens.js'
export { createLineToken, type LineTokenSpec } from './plugin-tokens.js'
