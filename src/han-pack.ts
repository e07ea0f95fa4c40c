/**
 * Han text packed into ASCII for the generated tables. A bundler writes each Chinese character of
 * a string literal as a six-byte `\uXXXX` escape (esbuild's default); packed, a character of a
 * sorted run costs one or two ASCII symbols. Each Han character (U+3400–U+9FFF) is the zigzag
 * difference from the one before (the first from U+4E00) in base-32 digits, low digits first: a
 * symbol of `MORE` is a digit with more to follow, one of `LAST` the last. Other characters
 * (spaces, digits, `-`) stand as they are, after `ESCAPE` where they are digits of the packing
 * (`S`). `scripts/han-pack.ts` writes it.
 */

/** Digits with more to follow, then last digits: no digit, space, `-`, quote or backslash. */
export const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'
export const LAST = 'ghijklmnopqrstuvwxyz!#$%&()*+,./'
/** Before a character that stands as itself though it is a digit of the packing. */
export const ESCAPE = '`'
/** Where the differences start. */
export const HAN_ORIGIN = 0x4e00

const DIGITS = new Int8Array(128).fill(-1)
for (let i = 0; i < 32; i++) {
  DIGITS[MORE.charCodeAt(i)] = i
  DIGITS[LAST.charCodeAt(i)] = 32 + i
}

/** The code units are decoded at once where they are stored little-endian, as on every common machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const UTF16 = new TextDecoder('utf-16le')

/**
 * The text `packed` holds.
 *
 * @example
 * unpackHan('gi 7') //=> '一丁 7'
 */
export function unpackHan(packed: string): string {
  const units = new Uint16Array(packed.length)
  let length = 0
  let previous = HAN_ORIGIN
  let value = 0
  let shift = 0
  for (let i = 0; i < packed.length; i++) {
    const code = packed.charCodeAt(i)
    const digit = code < 128 ? DIGITS[code]! : -1
    if (digit === -1) {
      // ESCAPE: the next character as itself
      units[length++] = code === 0x60 ? packed.charCodeAt(++i) : code
      continue
    }
    value |= (digit & 31) << shift
    shift += 5
    if (digit < 32) continue
    previous += (value >>> 1) ^ -(value & 1)
    units[length++] = previous
    value = 0
    shift = 0
  }
  const text = units.subarray(0, length)
  if (LITTLE_ENDIAN) return UTF16.decode(text)
  let out = ''
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...text.subarray(i, i + 4096))
  return out
}
