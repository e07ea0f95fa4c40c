import type { Context } from '../pipeline/context.js'
import { DispatchResultSchema } from '../schema.js'

/**
 * validate: the result against the exported schema. A failure is a bug in baoxun, never in the
 * input: it is reported as an `internal/invalid-result` error rather than thrown.
 */
export function validate(ctx: Context): void {
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
