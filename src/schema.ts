/**
 * The public contract: zod schemas for everything `parseDispatch` returns, and their types.
 * Offsets are UTF-16 code units into the original input, `end` exclusive.
 */
import * as z from 'zod/mini'
import { object } from './schema-object.js'

export const SCHEMA_VERSION = 1 as const

/** An offset into the input: a whole number from 0 (zod's `uint32`, one check where two were). */
const offset = z.uint32()

/** A half-open range of the input: `input.slice(start, end)`. */
export const SpanSchema = object({ start: offset, end: offset })

/** Text exactly as it stands in the input, with where it stands. */
export const TextSchema = object({ text: z.string(), span: SpanSchema })

export const DatelineSchema = object({
  text: z.string(),
  span: SpanSchema,
  /** `xun` for 讯/訊 ("reports"), `dian` for 电/電 ("cables"). */
  kind: z.enum(['xun', 'dian']),
  outlet: z.nullable(z.string()),
  place: z.nullable(z.string()),
  date: z.nullable(
    object({
      text: z.string(),
      month: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))),
      day: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(31))),
      /** The date resolved against the issue date: `2022-12-21`. */
      iso: z.optional(z.string()),
    }),
  ),
})

export const ROLES = ['reporter', 'correspondent', 'intern', 'photographer', 'editor', 'author', 'other'] as const

export const ContributorSchema = object({
  name: z.string(),
  span: SpanSchema,
  role: z.enum(ROLES),
  /** The role word as printed (`通讯员`, `本報記者`), or null when the role was inferred. */
  roleText: z.nullable(z.string()),
})

export const BylineSchema = object({
  text: z.string(),
  span: SpanSchema,
  outlet: z.nullable(z.string()),
  contributors: z.array(ContributorSchema),
})

export const DATE_PRECISIONS = [
  'year',
  'half',
  'quarter',
  'month',
  'xun',
  'week',
  'day',
  'part-of-day',
  'hour',
  'minute',
] as const

/**
 * A date or time expression and the period it names. `start`/`end` are inclusive: `2022-12-21`,
 * or `2022-12-19T18:00` when a time is given; null when it cannot be resolved (no issue date) or
 * is open (`截至11月底` has no start). `relative`: the value depends on the issue date. `vague`:
 * a window (`近日`: the ten days before the issue date). `stated`: what the text itself gives.
 */
export const DateMentionSchema = object({
  text: z.string(),
  span: SpanSchema,
  start: z.nullable(z.string()),
  end: z.nullable(z.string()),
  precision: z.enum(DATE_PRECISIONS),
  relative: z.boolean(),
  vague: z.boolean(),
  stated: object({
    year: z.optional(z.number()),
    month: z.optional(z.number()),
    day: z.optional(z.number()),
    hour: z.optional(z.number()),
    minute: z.optional(z.number()),
  }),
})

export const FIGURE_KINDS = ['money', 'percent', 'percent-point', 'count', 'measure'] as const
export const FIGURE_APPROX = ['more-than', 'about', 'nearly', 'at-least', 'at-most'] as const

/**
 * A figure: `752.2亿元` → `{ kind: 'money', value: 75220000000, unit: '元' }`. A range
 * (`3至5万元`, `六七百人`) has `min`/`max` and a null `value`. `approx` from 多/余/以上, 约/左右,
 * 近, 不少于/至少, 不超过/以内.
 */
export const FigureSchema = object({
  text: z.string(),
  span: SpanSchema,
  kind: z.enum(FIGURE_KINDS),
  value: z.nullable(z.number()),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  unit: z.string(),
  approx: z.nullable(z.enum(FIGURE_APPROX)),
})

/** A person named in the text, with the titles before the name and the later mentions. */
export const PersonSchema = object({
  name: z.string(),
  span: SpanSchema,
  titles: z.array(z.string()),
  honorific: z.nullable(z.string()),
  mentions: z.array(SpanSchema),
})

/** A quotation: `speech` with its speaker and verb when attributed, or a quoted `term`. */
export const QuoteSchema = object({
  text: z.string(),
  span: SpanSchema,
  speaker: z.nullable(z.string()),
  verb: z.nullable(z.string()),
  kind: z.enum(['speech', 'term']),
})

export const PARAGRAPH_ROLES = ['body', 'subhead', 'caption', 'note', 'editor-note', 'pull-quote'] as const

/**
 * A paragraph; `pieces` has more than one span when a page or column break was joined. `role`:
 * `body`; `subhead` (an in-body heading); `caption` (a photo caption or image stub); `note` (about
 * the author: `（作者为中国驻芬兰大使）`); `editor-note` (编者按, `——编者`); `pull-quote` (提要: a
 * passage of the body printed again as display text before it).
 */
export const ParagraphSchema = object({
  text: z.string(),
  span: SpanSchema,
  pieces: z.array(SpanSchema).check(z.minLength(1)),
  role: z.enum(PARAGRAPH_ROLES),
})

export const ArticleSchema = object({
  span: SpanSchema,
  column: z.nullable(TextSchema),
  headline: object({
    kicker: z.nullable(TextSchema),
    title: z.nullable(TextSchema),
    subtitle: z.nullable(TextSchema),
  }),
  dateline: z.nullable(DatelineSchema),
  byline: z.nullable(BylineSchema),
  /** Credit lines beyond the byline, in page order: editors (`编辑:…`), authors (`(作者:…)`), photographers. */
  credits: z.array(BylineSchema),
  paragraphs: z.array(ParagraphSchema),
  /** Date and time mentions in the paragraphs, in page order. */
  dates: z.array(DateMentionSchema),
  /** Figures in the paragraphs. */
  figures: z.array(FigureSchema),
  /** People named in the paragraphs (not the byline's contributors). */
  people: z.array(PersonSchema),
  /** Quotations in the paragraphs. */
  quotes: z.array(QuoteSchema),
})

export const DiagnosticSchema = object({
  /** `area/kebab-name`, e.g. `column/attached`. */
  code: z.string().check(z.regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  span: z.optional(SpanSchema),
})

export const DispatchResultSchema = object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSchema),
  leftovers: z.array(TextSchema),
  diagnostics: z.array(DiagnosticSchema),
})

export type Span = z.infer<typeof SpanSchema>
export type Text = z.infer<typeof TextSchema>
export type Dateline = z.infer<typeof DatelineSchema>
export type Role = (typeof ROLES)[number]
export type Contributor = z.infer<typeof ContributorSchema>
export type Byline = z.infer<typeof BylineSchema>
export type Paragraph = z.infer<typeof ParagraphSchema>
export type DateMention = z.infer<typeof DateMentionSchema>
export type Figure = z.infer<typeof FigureSchema>
export type FigureKind = (typeof FIGURE_KINDS)[number]
export type FigureApprox = (typeof FIGURE_APPROX)[number]
export type Person = z.infer<typeof PersonSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number]
export type Article = z.infer<typeof ArticleSchema>
export type Diagnostic = z.infer<typeof DiagnosticSchema>
export type DispatchResult = z.infer<typeof DispatchResultSchema>
