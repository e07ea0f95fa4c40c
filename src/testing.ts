/**
 * baoxun/testing — regression fixtures for your own corpus: every `.md`/`.txt` page beside its
 * `.json` golden (and optional `.options.json`), compared field by field.
 *
 * @example
 * // tests/corpus.test.ts
 * import { describe, expect, it } from 'vitest'
 * import { fixtureCases } from 'baoxun/testing'
 * describe('my corpus', () => {
 *   for (const c of fixtureCases('fixtures')) it(c.name, () => expect(c.check()).toEqual([]))
 * })
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createParser, type Parser } from './parser.js'
import type { ParseOptions } from './options.js'

export interface Fixture {
  /** Path relative to the fixtures folder. */
  name: string
  inputPath: string
  goldenPath: string
  input: string
  options: ParseOptions
  /** The golden, or undefined when there is none yet. */
  golden: unknown
}

/** One field that differs: where, what the golden says, what the parser gives. */
export interface Mismatch {
  path: string
  expected: unknown
  actual: unknown
}

/** Every page under `dir` (recursively, sorted) with its golden and options. */
export function loadFixtures(dir: string): Fixture[] {
  const out: Fixture[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(md|txt)$/.test(entry.name)) {
        const stem = path.replace(/\.(md|txt)$/, '')
        const goldenPath = `${stem}.json`
        const optionsPath = `${stem}.options.json`
        out.push({
          name: relative(dir, path),
          inputPath: path,
          goldenPath,
          input: readFileSync(path, 'utf8'),
          options: existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : {},
          golden: existsSync(goldenPath) ? JSON.parse(readFileSync(goldenPath, 'utf8')) : undefined,
        })
      }
    }
  }
  walk(dir)
  return out
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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

/** Checks one fixture: the mismatches, or one mismatch at the root when there is no golden. */
export function checkFixture(fixture: Fixture, parser: Parser = createParser()): Mismatch[] {
  const actual = JSON.parse(JSON.stringify(parser.parse(fixture.input, fixture.options)))
  if (fixture.golden === undefined) return [{ path: '(no golden)', expected: undefined, actual: '(a result)' }]
  return diffFields(fixture.golden, actual)
}

/** Writes the golden of each fixture: read every field before you commit it. */
export function updateFixtures(dir: string, parser: Parser = createParser()): Fixture[] {
  const fixtures = loadFixtures(dir)
  for (const fixture of fixtures)
    writeFileSync(fixture.goldenPath, `${JSON.stringify(parser.parse(fixture.input, fixture.options), null, 2)}\n`)
  return fixtures
}

/** One test case per fixture, for any runner: `for (const c of fixtureCases(dir)) it(c.name, () => expect(c.check()).toEqual([]))`. */
export function fixtureCases(
  dir: string,
  parser: Parser = createParser(),
): { name: string; fixture: Fixture; check: () => Mismatch[] }[] {
  return loadFixtures(dir).map((fixture) => ({
    name: fixture.name,
    fixture,
    check: () => checkFixture(fixture, parser),
  }))
}
