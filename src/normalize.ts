import { markupReader } from './markup.js'

/**
 * The normalised view the grammar and extractors match on, with a map back to the input.
 *
 * Folds, one UTF-16 unit for one: full-width ASCII forms (`（` `）` `：` `，` `１`) to ASCII,
 * U+3000 to a space, the division and fraction slashes (`∕`, `⁄`) to `/` and the small forms of
 * punctuation (`﹕`, `﹙`) to what they stand for. Drops a leading BOM, the `\r` of CRLF (a lone `\r` becomes `\n`) and the
 * pinyin glosses some converters print after a character (`新華網(wǎng)新加坡7月8日電` reads as
 * `新華網新加坡7月8日電`; its text keeps them), and ensures a final `\n`. Output text is always
 * sliced from the input, never from this view.
 *
 * With `{ markup: true }` (the `markup` plugin's reading) it also reads the markup of scraped text
 * (see `markupReader`): a block tag (`<p>`, `</div>`, `<br>`) is a line break, its first unit folded
 * and the rest dropped; an inline tag (`<a …>`, `<span>`) is dropped; an entity or escape is the
 * character it writes (`&rdquo;` → `”`, `\"` → `"`), folded onto its first unit, a span that ends
 * on it taking the whole of it (`tails`). `markup` says where the markup stands in the input, so
 * that what no span takes goes to the leftovers.
 */
export interface Normalized {
  /** The text to match on. */
  text: string
  /** Offsets (in `text`) at which one input unit was dropped, ascending. Empty for most pages. */
  drops: Int32Array
  /** Length of the original input. */
  inputLength: number
  /**
   * The drops that belong to the unit before them (the rest of a decoded `&rdquo;`), ascending:
   * a span that ends on that unit takes them.
   */
  tails?: Int32Array
  /** The input spans read as markup, as pairs (start, end), ascending; only when there are some. */
  markup?: Int32Array
  /** Where each literal of a list of string literals starts in `text`, ascending: a block of its own. */
  blocks?: Int32Array
}

export interface NormalizeOptions {
  /** Read the markup of scraped text too: HTML tags, entities, a string's escapes, a list's quotes. */
  markup?: boolean
}

/** Vowels with a tone mark: a pinyin gloss holds one. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'
/**
 * What may take more than folding one unit for one: a `\\r`, a BOM, a pinyin gloss's toned vowel
 * (all of `TONED` lie in U+00E0–U+01DC; one range scans several times faster than a list).
 */
const NEEDS_WORK = /[\r\uFEFF\u00E0-\u01DC]/
/**
 * A pinyin gloss a converter printed after a Han character (`新華網(wǎng)`, `復(fù)雜`): letters with
 * a tone mark among them, in brackets.
 */
const PINYIN_GLOSS = new RegExp(`\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}\\)`, 'y')
/** A gloss closing a line, which the normalised view keeps (`金山熱評(píng)`): evidence reads the line without it. */
export const CLOSING_GLOSS = new RegExp(`\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}\\)$`)
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
export function normalize(input: string, options?: NormalizeOptions): Normalized {
  const reader = options?.markup === true ? markupReader(input) : null
  if (reader === null && !NEEDS_WORK.test(input)) {
    // one unit for one: a native replace, many times faster than the loop below on a CJK page
    const folded = input.replace(FOLDED, foldUnit)
    const text = folded.length === 0 || folded.charCodeAt(folded.length - 1) !== 0x0a ? `${folded}\n` : folded
    return { text, drops: new Int32Array(0), inputLength: input.length }
  }
  const out: string[] = []
  const drops: number[] = []
  const tails: number[] = []
  const markup: number[] = []
  const blocks: number[] = []
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
    if (reader !== null && (code === 0x3c || code === 0x26 || code === 0x5c || i >= reader.stop)) {
      const item = reader.at(i)
      if (item !== null) {
        const { end, text } = item
        flush(i)
        // the text's units stand for the markup's first ones, the rest are dropped
        for (let k = 0; k < text.length; k++) out.push(fold(text.charCodeAt(k)))
        outLength += text.length
        for (let k = i + text.length; k < end; k++) {
          drops.push(outLength)
          if (item.char) tails.push(outLength)
        }
        markup.push(i, end)
        if (item.opensBlock) blocks.push(outLength)
        i = end - 1
        runStart = end
        continue
      }
    }
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
    if (
      code === 0x0d ||
      (code === 0xfeff && i === 0) ||
      code === 0x3000 ||
      isForm(code) ||
      (code >= 0xff01 && code <= 0xff5e)
    ) {
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
        out.push(fold(code))
        outLength++
      }
    }
  }
  flush(input.length)
  let text = out.join('')
  if (text.length === 0 || text.charCodeAt(text.length - 1) !== 0x0a) text += '\n'
  const normalized: Normalized = { text, drops: Int32Array.from(drops), inputLength: input.length }
  if (tails.length > 0) normalized.tails = Int32Array.from(tails)
  if (markup.length > 0) normalized.markup = Int32Array.from(markup)
  if (blocks.length > 0) normalized.blocks = Int32Array.from(blocks)
  return normalized
}

/**
 * Other forms of punctuation, each folded to the one it stands for (NFKC's): the division and
 * fraction slashes some papers set between a reporter and a place (`記者王超群∕台北報導`), and the
 * small forms of Hong Kong copy (`記者﹕李潔盈`, `﹙圖﹚`) — not the small `﹟` and `﹡`, which would
 * read as markup.
 */
const FORMS: ReadonlyMap<number, string> = new Map(
  [...'∕/⁄/﹐,﹑、﹒.﹔;﹕:﹖?﹗!﹘—﹙(﹚)﹝〔﹞〕'.matchAll(/(.)(.)/gu)].map(([, form, folded]) => [
    form!.charCodeAt(0),
    folded!,
  ]),
)
const isForm = (code: number): boolean => FORMS.has(code)
/** The units folded one for one: U+3000, the full-width ASCII forms, `FORMS`. */
const FOLDED = new RegExp(
  `[\\u3000\\uFF01-\\uFF5E${[...FORMS.keys()].map((code) => String.fromCharCode(code)).join('')}]`,
  'g',
)

/** A unit as the view has it: full-width forms as ASCII, U+3000 as a space, CR as a line feed, `FORMS` folded. */
const fold = (code: number): string =>
  code === 0x3000
    ? ' '
    : code === 0x0d
      ? '\n'
      : isForm(code)
        ? FORMS.get(code)!
        : String.fromCharCode(code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code)

const foldUnit = (unit: string): string => fold(unit.charCodeAt(0))

/** How many of `offsets` (ascending) are at most `offset`: a binary search. */
function countUpTo(offsets: Int32Array, offset: number): number {
  let lo = 0
  let hi = offsets.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (offsets[mid]! <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Maps an offset in the normalised text to the input (an offset past the input clamps to its end). */
export function toInputOffset(normalized: Normalized, offset: number): number {
  return Math.min(offset + countUpTo(normalized.drops, offset), normalized.inputLength)
}

/**
 * Maps an exclusive end offset: the end of the last unit before it, so a dropped `\r` stays
 * outside, and with the rest of the markup that unit decodes (`&rdquo;`).
 */
export function toInputEnd(normalized: Normalized, end: number): number {
  if (end === 0) return 0
  const { tails } = normalized
  const more = tails === undefined ? 0 : countUpTo(tails, end) - countUpTo(tails, end - 1)
  return toInputOffset(normalized, end - 1) + 1 + more
}
