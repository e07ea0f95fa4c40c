import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkExpectation, formatMismatches, loadFixtures } from '../src/testing/index.js'

/**
 * Expectations, written by hand from the text as an editor reads it (never from the parser's
 * output): every focused fixture of one convention, and the seed page. The development pages'
 * expectations are the evaluation gold, scored by `npm run eval` against its floors.
 */
const fixtures = loadFixtures(fileURLToPath(new URL('../fixtures/', import.meta.url))).filter(
  (f) => !f.name.startsWith('dev/'),
)

describe('pages read as an editor reads them', () => {
  it('every convention fixture and the seed page has an expectation', () => {
    expect(fixtures.filter((f) => f.expected === undefined).map((f) => f.name)).toEqual([])
  })

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const mismatches = checkExpectation(fixture)
      expect(mismatches, formatMismatches(mismatches)).toEqual([])
    })
  }
})
