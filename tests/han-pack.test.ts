import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packHan } from '../scripts/han-pack.js'
import { unpackHan } from '../src/han-pack.js'

describe('Han text packed into ASCII for the generated tables', () => {
  it('packs a sorted run of characters into one symbol each, spaces and digits as they are', () => {
    expect(packHan('一丁 7')).toBe('gi 7')
    expect(unpackHan('gi 7')).toBe('一丁 7')
  })

  it('escapes the characters that are digits of the packing', () => {
    const text = '3S丁丘 a`b'
    expect(packHan(text)).not.toContain(' a`b')
    expect(unpackHan(packHan(text))).toBe(text)
  })

  it('writes only ASCII, far fewer bytes than the six of an escaped character', () => {
    const text = '㑯丁龜鿓乾隆' // the ends of the range and a jump back
    const packed = packHan(text)
    expect(packed).toMatch(/^[\x20-\x7e]+$/)
    expect(packed.length).toBeLessThan(text.length * 4)
  })

  it('refuses what a string literal cannot hold as it is', () => {
    expect(() => packHan("王'")).toThrow(/packHan/)
    expect(() => packHan('王\n')).toThrow(/packHan/)
  })

  it('gives back any text of Han, spaces, digits and marks', () => {
    const han = fc.integer({ min: 0x3400, max: 0x9fff }).map((code) => String.fromCharCode(code))
    const other = fc.constantFrom(' ', '-', '7', '0', 'S', 'z', '!', '/', '`', '·')
    fc.assert(
      fc.property(fc.array(fc.oneof(han, han, other), { maxLength: 60 }), (chars) => {
        const text = chars.join('')
        expect(unpackHan(packHan(text))).toBe(text)
      }),
      { numRuns: 500 },
    )
  })
})
