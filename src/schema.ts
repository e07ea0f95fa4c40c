/**
 * The public contract: zod schemas for everything `parseDispatch` returns, and their types.
 * Offsets are UTF-16 code units into the original input, `end` exclusive.
 */
import { z } from 'zod'

export const SCHEMA_VERSION = 1 as const

/** A half-open range of the input: `input.slice(start, end)`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})

/** Text exactly as it stands in the input, with where it stands. */
export const TextSchema = z.object({ text: z.string(), span: SpanSchema })

export const DatelineSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  /** `xun` for 讯/訊 ("reports"), `dian` for 电/電 ("cables"). */
  kind: z.enum(['xun', 'dian']),
  outlet: z.string().nullable(),
  place: z.string().nullable(),
  date: z
    .object({ text: z.string(), month: z.number().int().min(1).max(12).optional(), day: z.number().int().min(1).max(31).optional() })
    .nullable(),
})

export const ROLES = ['reporter', 'correspondent', 'intern', 'photographer', 'editor', 'author', 'other'] as const

export const ContributorSchema = z.object({
  name: z.string(),
  span: SpanSchema,
  role: z.enum(ROLES),
  /** The role word as printed (`通讯员`, `本報記者`), or null when the role was inferred. */
  roleText: z.string().nullable(),
})

export const BylineSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  outlet: z.string().nullable(),
  contributors: z.array(ContributorSchema),
})

/** A paragraph; `pieces` has more than one span when a page or column break was joined. */
export const ParagraphSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  pieces: z.array(SpanSchema).min(1),
})

export const ArticleSchema = z.object({
  span: SpanSchema,
  column: TextSchema.nullable(),
  headline: z.object({
    kicker: TextSchema.nullable(),
    title: TextSchema.nullable(),
    subtitle: TextSchema.nullable(),
  }),
  dateline: DatelineSchema.nullable(),
  byline: BylineSchema.nullable(),
  paragraphs: z.array(ParagraphSchema),
})

export const DiagnosticSchema = z.object({
  /** `area/kebab-name`, e.g. `column/attached`. */
  code: z.string().regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  span: SpanSchema.optional(),
})

export const DispatchResultSchema = z.object({
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
export type Article = z.infer<typeof ArticleSchema>
export type Diagnostic = z.infer<typeof DiagnosticSchema>
export type DispatchResult = z.infer<typeof DispatchResultSchema>
