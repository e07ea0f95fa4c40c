import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from './helpers/invariants.js'
import { loadFixtures } from './helpers/fixtures.js'

const fixtures = loadFixtures()

describe('fixtures', () => {
  it('has fixtures, each with a golden', () => {
    expect(fixtures.length).toBeGreaterThan(0)
    expect(fixtures.filter((f) => f.golden === undefined).map((f) => f.name)).toEqual([])
  })

  for (const fixture of fixtures) {
    it(`${fixture.name} reads as its golden`, () => {
      const result = parseDispatch(fixture.input, fixture.options)
      expect(brokenPromises(fixture.input, result)).toEqual([])
      expect(JSON.parse(JSON.stringify(result))).toEqual(fixture.golden)
    })
  }
})
