import type { Context } from '../pipeline/context.js'
import { DispatchResultSchema } from '../schema.js'

/**
 * validate: the result against the exported schema. A failure is a bug in baoxun, never in the
 * input: it is reported as an `internal/invalid-result` error rather than thrown; so are
 * overlapping articles.
 */
export function validate(ctx: Context): void {
  // articles stand in page order and never overlap: a step that duplicated a draft broke that
  const articles = ctx.result?.articles ?? []
  for (let i = 1; i < articles.length; i++)
    if (articles[i]!.span.start < articles[i - 1]!.span.end)
      // spans are the input's here, after extract: pushed as they are, not mapped again
      ctx.diagnostics.push({
        code: 'structure/overlapping-articles',
        severity: 'error',
        message: `Articles ${i} and ${i + 1} of this part overlap: a step (a plugin's?) broke the page into overlapping drafts.`,
        span: articles[i]!.span,
      })
  const checked = DispatchResultSchema.safeParse(ctx.result)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    ctx.report(
      'internal/invalid-result',
      'error',
      `The result does not match the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}. Please report this page.`,
    )
  }
}
