import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { checkFixture, formatMismatches, loadFixtures } from '../src/testing.js'
import { brokenPromises } from './helpers/invariants.js'

// the same harness users get from `baoxun/testing`
const fixtures = loadFixtures(fileURLToPath(new URL('../fixtures/', import.meta.url)))

describe('fixtures', () => {
  it('has fixtures, each with a golden', () => {
    expect(fixtures.length).toBeGreaterThan(30)
    expect(fixtures.filter((f) => f.golden === undefined).map((f) => f.name)).toEqual([])
  })

  for (const fixture of fixtures) {
    it(`${fixture.name} reads as its golden`, () => {
      expect(brokenPromises(fixture.input, parseDispatch(fixture.input, fixture.options))).toEqual([])
      const mismatches = checkFixture(fixture)
      expect(mismatches, formatMismatches(mismatches)).toEqual([])
    })
  }
})
