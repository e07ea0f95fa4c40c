/**
 * baoxun/testing — regression tests for your own corpus, of two kinds kept apart:
 *
 * - **expectations** (`page.expected.json`): what an editor reads off the page, written by hand
 *   from the text (the evaluation gold's format); only the fields written are checked. They are
 *   the specification: never write one from the parser's output.
 * - **snapshots** (`__snapshots__/page.json`): the last full result, written by
 *   `baoxun fixtures update`; a regression net that says what changed, not whether it is right.
 *
 * @example
 * // tests/corpus.test.ts
 * import { describe, expect, it } from 'vitest'
 * import { fixtureCases, formatMismatches } from 'baoxun/testing'
 * describe('my corpus', () => {
 *   for (const c of fixtureCases('fixtures')) it(c.name, () => {
 *     const mismatches = c.check()
 *     expect(mismatches, formatMismatches(mismatches)).toEqual([])
 *   })
 * })
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createParser, type Parser } from '../parser.js'
import type { DispatchResult } from '../schema.js'
import { diffFields, type Mismatch } from './diff.js'
import { expectationMismatches } from './expectations.js'
import { type Fixture, loadFixtures } from './fixtures.js'

export { diffFields, formatMismatches, type Mismatch } from './diff.js'
export { expectationMismatches, type ArticleExpectation, type PageExpectation } from './expectations.js'
export { loadFixtures, type Fixture } from './fixtures.js'
export { brokenPromises } from './promises.js'
export { articleReading, type ArticleReading, type ContributorReading } from './reading.js'

const read = (fixture: Fixture, parser: Parser): DispatchResult => parser.parse(fixture.input, fixture.options)

/** The expectation's mismatches (`[]` when the page reads as expected, or has no expectation). */
export function checkExpectation(fixture: Fixture, parser: Parser = createParser()): Mismatch[] {
  if (fixture.expected === undefined) return []
  return expectationMismatches(fixture.expected, read(fixture, parser))
}

/** The snapshot's mismatches, field by field; one at the root when none has been written. */
export function checkSnapshot(fixture: Fixture, parser: Parser = createParser()): Mismatch[] {
  if (fixture.snapshot === undefined)
    return [{ path: '(no snapshot: run baoxun fixtures update)', expected: undefined, actual: '(a result)' }]
  return diffFields(fixture.snapshot, JSON.parse(JSON.stringify(read(fixture, parser))))
}

/** Writes every page's snapshot (never an expectation: those are written by hand). */
export function updateSnapshots(dir: string, parser: Parser = createParser()): Fixture[] {
  const fixtures = loadFixtures(dir)
  for (const fixture of fixtures) {
    mkdirSync(dirname(fixture.snapshotPath), { recursive: true })
    writeFileSync(fixture.snapshotPath, `${JSON.stringify(read(fixture, parser), null, 2)}\n`)
  }
  return fixtures
}

/**
 * One test case per page, for any runner: `check()` is the expectation's mismatches and then
 * the snapshot's (paths prefixed `expected:` and `snapshot:`).
 */
export function fixtureCases(
  dir: string,
  parser: Parser = createParser(),
): {
  name: string
  fixture: Fixture
  checkExpectation: () => Mismatch[]
  checkSnapshot: () => Mismatch[]
  check: () => Mismatch[]
}[] {
  const prefixed = (prefix: string, ms: Mismatch[]) => ms.map((m) => ({ ...m, path: `${prefix}${m.path}` }))
  return loadFixtures(dir).map((fixture) => ({
    name: fixture.name,
    fixture,
    checkExpectation: () => checkExpectation(fixture, parser),
    checkSnapshot: () => checkSnapshot(fixture, parser),
    check: () => [
      ...prefixed('expected: ', checkExpectation(fixture, parser)),
      ...prefixed('snapshot: ', checkSnapshot(fixture, parser)),
    ],
  }))
}
