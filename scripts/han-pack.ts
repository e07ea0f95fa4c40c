/**
 * Packs Han text into the ASCII form `src/han-pack.ts` reads, for the generated tables.
 */
import { ESCAPE, HAN_ORIGIN, LAST, MORE } from '../src/han-pack.js'

const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff

/**
 * `text` packed: each Han character as the zigzag difference from the one before, in base-32
 * digits; other characters as they are, after `ESCAPE` where they are digits of the packing.
 *
 * @example
 * packHan('一丁 7') //=> 'gi 7'
 */
export function packHan(text: string): string {
  let out = ''
  let previous = HAN_ORIGIN
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isHan(code)) {
      const char = text.charAt(i)
      if (char === "'" || char === '\\' || code < 0x20) throw new Error(`packHan: ${JSON.stringify(char)} at ${i}`)
      // a digit of the packing, or the escape itself, is escaped: `S` → `\`S`
      out += MORE.includes(char) || LAST.includes(char) || char === ESCAPE ? ESCAPE + char : char
      continue
    }
    const delta = code - previous
    let value = delta >= 0 ? 2 * delta : -2 * delta - 1
    previous = code
    while (value >= 32) {
      out += MORE.charAt(value % 32)
      value = Math.floor(value / 32)
    }
    out += LAST.charAt(value)
  }
  return out
}
