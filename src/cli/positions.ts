import type { Diagnostic } from '../schema.js'

/** A place in a file as editors and terminals count it: line and column from 1. */
export interface Position {
  line: number
  column: number
}

/**
 * The line and column of each diagnostic's start in `text` (null for one without a span):
 * one pass to find the line starts, a binary search per diagnostic.
 *
 * @example
 * diagnosticPositions('a\nbc', [{ span: { start: 3, end: 4 } } as Diagnostic]) //=> [{ line: 2, column: 2 }]
 */
export function diagnosticPositions(text: string, diagnostics: readonly Diagnostic[]): (Position | null)[] {
  if (diagnostics.every((d) => !d.span)) return diagnostics.map(() => null)
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return diagnostics.map((d) => {
    if (!d.span) return null
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= d.span.start) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: d.span.start - starts[low]! + 1 }
  })
}
