import type { Diagnostic } from './schema.js'

/**
 * Thrown by `parseDispatch(text, { strict: true })` when any diagnostic is a warning or an error.
 * Carries every diagnostic of the page, info included.
 *
 * @example
 * try { parseDispatch(text, { strict: true }) }
 * catch (error) { if (error instanceof DispatchError) console.log(error.diagnostics) }
 */
export class DispatchError extends Error {
  override readonly name = 'DispatchError'
  readonly diagnostics: readonly Diagnostic[]

  constructor(diagnostics: readonly Diagnostic[]) {
    const serious = diagnostics.filter((d) => d.severity !== 'info')
    const head = serious
      .slice(0, 3)
      .map((d) => `${d.code}: ${d.message}`)
      .join('; ')
    super(
      `${serious.length} problem${serious.length === 1 ? '' : 's'} on the page: ${head}${serious.length > 3 ? '; …' : ''}`,
    )
    this.diagnostics = diagnostics
  }
}
