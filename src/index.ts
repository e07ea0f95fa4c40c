/**
 * baoxun — read Chinese newspaper pages into typed, validated articles.
 * @packageDocumentation
 */
export { parseDispatch, createParser, type Parser, type ParserConfig } from './parser.js'
export { checkPlugin } from './plugin-check.js'
export { definePlugin, STEP_NAMES, type LineTokenSpec, type Plugin, type PluginStep, type StepName } from './plugin.js'
export { builtinPlugins, crawlLabels, pageLabels, plainHeadings } from './plugins/index.js'
export { DispatchError } from './errors.js'
export { extractDates, type ExtractDatesOptions } from './dates/extract.js'
export { defaultDateRules } from './dates/rules.js'
export type {
  DateBase,
  DateContext,
  DateParser,
  DateRefiner,
  DateResult,
  DateRules,
  DateValue,
  TimeOfDay,
} from './dates/engine.js'
export { findIssueDate } from './dates/issue-date.js'
export { extractFigures } from './facts/figures.js'
export { extractPeople, extractQuotes } from './facts/extract.js'
export type { DatePrecision, StatedParts } from './dates/types.js'
export type { ParseOptions, ColumnPlacement } from './options.js'
export type { Context, Line, LineKind, Run, ArticleDraft, ParagraphDraft, BylineDraft } from './pipeline/context.js'
export type { Vocabulary, VocabularyAdditions } from './vocabulary/index.js'
export { builtinVocabulary } from './vocabulary/index.js'
export {
  SCHEMA_VERSION,
  ROLES,
  PARAGRAPH_ROLES,
  SpanSchema,
  TextSchema,
  DatelineSchema,
  ContributorSchema,
  BylineSchema,
  ParagraphSchema,
  ArticleSchema,
  DiagnosticSchema,
  DispatchResultSchema,
  DateMentionSchema,
  FigureSchema,
  PersonSchema,
  QuoteSchema,
  FIGURE_KINDS,
  FIGURE_APPROX,
  DATE_PRECISIONS,
  type Span,
  type Text,
  type Dateline,
  type Role,
  type Contributor,
  type Byline,
  type Paragraph,
  type DateMention,
  type Figure,
  type FigureKind,
  type FigureApprox,
  type Person,
  type Quote,
  type ParagraphRole,
  type Article,
  type Diagnostic,
  type DispatchResult,
} from './schema.js'
