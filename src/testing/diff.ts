import { isRecord } from '../is-record.js'

/** One field that differs: where, what the expectation or snapshot says, what the parser gives. */
export interface Mismatch {
  path: string
  expected: unknown
  actual: unknown
}

/**
 * The fields where `actual` differs from `expected`, as paths like `articles[0].headline.title.text`.
 *
 * @example
 * diffFields({ a: [1, 2] }, { a: [1, 3] }) //=> [{ path: 'a[1]', expected: 2, actual: 3 }]
 */
export function diffFields(expected: unknown, actual: unknown, path = ''): Mismatch[] {
  if (Object.is(expected, actual)) return []
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const out: Mismatch[] = []
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (i >= expected.length) out.push({ path: `${path}[${i}]`, expected: undefined, actual: actual[i] })
      else if (i >= actual.length) out.push({ path: `${path}[${i}]`, expected: expected[i], actual: undefined })
      else out.push(...diffFields(expected[i], actual[i], `${path}[${i}]`))
    }
    return out
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
    return keys.flatMap((key) => diffFields(expected[key], actual[key], path ? `${path}.${key}` : key))
  }
  return [{ path: path || '(root)', expected, actual }]
}

/** A readable report of mismatches, one line per field. */
export function formatMismatches(mismatches: readonly Mismatch[], limit = 20): string {
  const show = (value: unknown): string =>
    value === undefined ? '(missing)' : (JSON.stringify(value)?.slice(0, 120) ?? String(value))
  const lines = mismatches
    .slice(0, limit)
    .map((m) => `  ${m.path}: expected ${show(m.expected)}, got ${show(m.actual)}`)
  if (mismatches.length > limit) lines.push(`  … and ${mismatches.length - limit} more`)
  return lines.join('\n')
}
