import { describe, expect, it } from 'vitest'
import { charTable, codeAt, WHITESPACE } from '../src/char-table.js'

describe('charTable', () => {
  it('marks ranges, single characters and escapes', () => {
    const table = charTable('0-9年\\-')
    expect([...'05年-'].map((c) => table[c.charCodeAt(0)])).toEqual([1, 1, 1, 1])
    expect([...'a月 '].map((c) => table[c.charCodeAt(0)])).toEqual([0, 0, 0])
  })
})

describe('codeAt', () => {
  it('reads a code inside the text and 0 outside it', () => {
    expect(codeAt('年月', 1)).toBe('月'.charCodeAt(0))
    expect([codeAt('年', 1), codeAt('年', -1), codeAt('', 0)]).toEqual([0, 0, 0])
  })
})

describe('WHITESPACE', () => {
  it('is exactly the characters of \\s', () => {
    const table = charTable(WHITESPACE)
    const differ: number[] = []
    for (let code = 0; code < 0x10000; code++)
      if ((table[code] === 1) !== /\s/.test(String.fromCharCode(code))) differ.push(code)
    expect(differ).toEqual([])
  })
})
