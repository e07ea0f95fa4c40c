/**
 * The normalised view the grammar and extractors match on, with a map back to the input.
 *
 * Folds, one UTF-16 unit for one: full-width ASCII forms (`（` `）` `：` `，` `１`) to ASCII and
 * U+3000 to a space. Drops a leading BOM, the `\r` of CRLF (a lone `\r` becomes `\n`) and the
 * pinyin glosses some converters print after a character (`新華網(wǎng)新加坡7月8日電` reads as
 * `新華網新加坡7月8日電`; its text keeps them), and ensures a final `\n`. Output text is always
 * sliced from the input, never from this view.
 */
export interface Normalized {
  /** The text to match on. */
  text: string
  /** Offsets (in `text`) at which one input unit was dropped, ascending. Empty for most pages. */
  drops: Int32Array
  /** Length of the original input. */
  inputLength: number
}

/** Vowels with a tone mark: a pinyin gloss holds one. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'
const NEEDS_WORK = new RegExp(`[\\r\\uFEFF\\u3000\\uFF01-\\uFF5E${TONED}]`)
/**
 * A pinyin gloss a converter printed after a Han character (`新華網(wǎng)`, `復(fù)雜`): letters with
 * a tone mark among them, in brackets.
 */
const PINYIN_GLOSS = new RegExp(`\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}\\)`, 'y')
const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff
/** Whether only spaces stand between `at` and the end of its line (or of the input). */
function closesLine(input: string, at: number): boolean {
  let i = at
  while (input.charCodeAt(i) === 0x20 || input.charCodeAt(i) === 0x09 || input.charCodeAt(i) === 0x3000) i++
  return i >= input.length || input.charCodeAt(i) === 0x0a || input.charCodeAt(i) === 0x0d
}

/**
 * @example
 * const n = normalize('（记者 张三）\r\n')
 * n.text //=> '(记者 张三)\n'
 * toInputOffset(n, 7) //=> 8 — the `\n`, after the dropped `\r`
 */
export function normalize(input: string): Normalized {
  if (!NEEDS_WORK.test(input)) {
    const text = input.length === 0 || input.charCodeAt(input.length - 1) !== 0x0a ? input + '\n' : input
    return { text, drops: new Int32Array(0), inputLength: input.length }
  }
  const out: string[] = []
  const drops: number[] = []
  let outLength = 0
  let runStart = 0
  const flush = (end: number): void => {
    if (end > runStart) {
      out.push(input.slice(runStart, end))
      outLength += end - runStart
    }
  }
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if (code === 0x28 && isHan(input.charCodeAt(i - 1))) {
      PINYIN_GLOSS.lastIndex = i
      // a gloss is dropped between two characters of a line: one closing a line stays, as the
      // spans that end there (a line's, an article's) would leave it out
      if (PINYIN_GLOSS.test(input) && !closesLine(input, PINYIN_GLOSS.lastIndex)) {
        flush(i)
        for (let k = i; k < PINYIN_GLOSS.lastIndex; k++) drops.push(outLength)
        i = PINYIN_GLOSS.lastIndex - 1
        runStart = i + 1
        continue
      }
    }
    if (code === 0x0d || (code === 0xfeff && i === 0) || code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) {
      flush(i)
      runStart = i + 1
      if (code === 0x0d) {
        if (input.charCodeAt(i + 1) === 0x0a) drops.push(outLength)
        else {
          out.push('\n')
          outLength++
        }
      } else if (code === 0xfeff) {
        drops.push(outLength)
      } else {
        out.push(code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0))
        outLength++
      }
    }
  }
  flush(input.length)
  let text = out.join('')
  if (text.length === 0 || text.charCodeAt(text.length - 1) !== 0x0a) text += '\n'
  return { text, drops: Int32Array.from(drops), inputLength: input.length }
}

/** Maps an offset in the normalised text to the input (an offset past the input clamps to its end). */
export function toInputOffset(normalized: Normalized, offset: number): number {
  const { drops } = normalized
  let shift = 0
  if (drops.length > 0) {
    // count drops at positions <= offset: binary search for the first drop > offset
    let lo = 0
    let hi = drops.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (drops[mid]! <= offset) lo = mid + 1
      else hi = mid
    }
    shift = lo
  }
  return Math.min(offset + shift, normalized.inputLength)
}

/** Maps an exclusive end offset: the end of the last unit before it, so a dropped `\r` stays outside. */
export function toInputEnd(normalized: Normalized, end: number): number {
  return end === 0 ? 0 : toInputOffset(normalized, end - 1) + 1
}
