import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { loadFixtures } from '../src/testing/index.js'
import { brokenPromises } from '../src/testing/promises.js'

/**
 * Snapshots, a regression net and not a specification: the full result of every fixture page as
 * the code last read it (`fixtures/<set>/__snapshots__/<page>.json`). A change that moves one is
 * reviewed in the diff and refreshed with `npm run snapshots`. What a page must read is stated by
 * hand in `*.expected.json` (tests/expectations.test.ts) and in the evaluation gold (`npm run eval`).
 */
const fixtures = loadFixtures(fileURLToPath(new URL('../fixtures/', import.meta.url)))

describe('snapshots of the fixture pages', () => {
  it('exist for every page', () => {
    expect(fixtures.length).toBeGreaterThan(30)
    expect(fixtures.filter((f) => f.snapshot === undefined).map((f) => f.name)).toEqual([])
  })

  for (const fixture of fixtures) {
    it(`${fixture.name} keeps every promise and reads as its snapshot`, async () => {
      const result = parseDispatch(fixture.input, fixture.options)
      expect(brokenPromises(fixture.input, result)).toEqual([])
      await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(fixture.snapshotPath)
    })
  }
})
