import { describe, expect, it } from 'vitest'
import { diagnosticPositions } from '../src/cli/positions.js'
import type { Diagnostic } from '../src/index.js'

const at = (start: number): Diagnostic => ({ code: 'x/y', severity: 'info', message: '', span: { start, end: start } })

describe('diagnostic positions', () => {
  it('count lines and columns from 1, a span on a line start at column 1', () => {
    const text = '# 标题\n\n正文。\r\n末行'
    expect(diagnosticPositions(text, [at(0), at(2), at(5), at(6), at(8), at(12)])).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 2 },
    ])
  })

  it('give null for a diagnostic without a span', () => {
    expect(diagnosticPositions('a\nb', [{ code: 'x/y', severity: 'info', message: '' } as Diagnostic])).toEqual([null])
  })
})
