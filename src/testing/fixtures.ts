import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import type { ParseOptions } from '../options.js'
import type { PageExpectation } from './expectations.js'

/**
 * One page of a corpus and what is kept beside it:
 *
 * ```
 * pages/p3.md                    the page
 * pages/p3.options.json          parse options (optional)
 * pages/p3.expected.json         the expectation, written by hand from the text (optional)
 * pages/__snapshots__/p3.json    the last full result, written by `baoxun fixtures update` (optional)
 * ```
 */
export interface Fixture {
  /** Path relative to the fixtures folder. */
  name: string
  inputPath: string
  input: string
  options: ParseOptions
  expectedPath: string
  /** The hand-made expectation, or undefined when there is none. */
  expected: PageExpectation | undefined
  snapshotPath: string
  /** The snapshot, or undefined when none has been written yet. */
  snapshot: unknown
}

const readJson = (path: string): unknown => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined)

/**
 * Every page under `dir` (recursively, sorted; `__snapshots__` folders skipped) with its
 * options, expectation and snapshot.
 *
 * @example
 * loadFixtures('fixtures').filter((f) => f.expected !== undefined).length
 */
export function loadFixtures(dir: string): Fixture[] {
  const out: Fixture[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '__snapshots__') walk(path)
      } else if (/\.(md|txt)$/.test(entry.name)) {
        const stem = path.replace(/\.(md|txt)$/, '')
        const snapshotPath = join(dirname(path), '__snapshots__', `${basename(stem)}.json`)
        out.push({
          name: relative(dir, path),
          inputPath: path,
          input: readFileSync(path, 'utf8'),
          options: (readJson(`${stem}.options.json`) as ParseOptions | undefined) ?? {},
          expectedPath: `${stem}.expected.json`,
          expected: readJson(`${stem}.expected.json`) as PageExpectation | undefined,
          snapshotPath,
          snapshot: readJson(snapshotPath),
        })
      }
    }
  }
  walk(dir)
  return out
}
