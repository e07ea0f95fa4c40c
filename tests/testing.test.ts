import { describe, expect, it } from 'vitest'
import { diffFields, formatMismatches } from '../src/testing/index.js'

describe('baoxun/testing', () => {
  it('diffs field by field, with paths', () => {
    expect(diffFields({ a: [1, 2], b: { c: 'x' } }, { a: [1, 3, 4], b: { c: 'x', d: null } })).toEqual([
      { path: 'a[1]', expected: 2, actual: 3 },
      { path: 'a[2]', expected: undefined, actual: 4 },
      { path: 'b.d', expected: undefined, actual: null },
    ])
    expect(diffFields('a', 'a')).toEqual([])
    expect(diffFields(1, 'a')).toEqual([{ path: '(root)', expected: 1, actual: 'a' }])
  })

  it('formats mismatches one per line, with a limit', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `p${i}`, expected: i, actual: undefined }))
    const text = formatMismatches(many)
    expect(text.split('\n')).toHaveLength(21)
    expect(text).toContain('  p0: expected 0, got (missing)')
    expect(text).toContain('… and 5 more')
  })
})
