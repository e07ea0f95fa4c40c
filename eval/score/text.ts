/** The text of a `{ text }` object, a string, or null. */
export const textOf = (value: unknown): string | null => {
  if (value == null) return null
  if (typeof value === 'string') return value
  const text = (value as { text?: unknown }).text
  return typeof text === 'string' ? text : null
}

/** Page fields compare as expectations do (see `foldForComparison`). */
export { foldForComparison as foldPageText } from '../../src/testing/reading.js'

/** Fact fields compare after NFKC folding with whitespace removed. */
export const foldFactText = (value: unknown): string | null =>
  value == null ? null : String(value).normalize('NFKC').replace(/\s/g, '')

/** The calendar day of an ISO date or date-time, or null. */
export const dayOf = (value: unknown): string | null => (value == null ? null : String(value).slice(0, 10))

/** The day before an ISO day, in calendar arithmetic. */
export function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
}

/** A fraction as the percentage every report prints: one decimal, rounded as `toFixed` rounds. */
export const percent = (fraction: number): number => Number((100 * fraction).toFixed(1))

/** A ratio that is 0 when there is nothing to count. */
export const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)

/** True when two spans `[a, b)` and `[c, d)` share a character. */
export const overlaps = (span: { start: number; end: number } | undefined, start: number, end: number): boolean =>
  span !== undefined && span.start < end && span.end > start
