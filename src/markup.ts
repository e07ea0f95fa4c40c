/**
 * Markup in scraped text, for `normalize(input, { markup: true })`: HTML tags, entities, the
 * escapes of the string the text was stored in, and the quotes and comment marks of a list of
 * string literals. Each is read by evidence of its own shape, never by where the text came from.
 */

/** Tags that end a line: a block's edges, `<br>`. */
const BLOCK =
  /^(?:p|div|br|hr|li|[ou]l|d[dlt]|h[1-6]|tr|table|t(?:body|head|foot)|blockquote|pre|section|article|header|footer|center|html|body|title)$/
/** Tags that vanish: inline ones, and those that hold no text (`<img>`); a table cell's are a space. */
const INLINE = /^(?:a|b|i|u|s|em|strong|span|font|small|big|sub|sup|img|o:p|label|strike|ins|del|wbr|nobr|t[dh])$/
/**
 * A piece of markup at an offset: a tag's shape (`<p>`, `</p>`, `<a href="…" id=x>`, `<br/>`, a
 * JSON string's `<\/p>`; its name is read after; every attribute has a value, so `a<b and c>d` is
 * no tag), an entity (`&nbsp;`, `&#12889;`), an escape (`\n`, `\u3000`).
 */
const PIECE =
  /<(?:\\?\/)?([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z]+)?)(?:\s+[\w:-]+\s*=\s*(?:\\?"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))*\s*\\?\/?>|&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,6}));|\\(?:u([\da-fA-F]{4})|([nrt"'\\/]))/y
/** The entities scraped news text holds, and the code of the character each writes. */
const NAMED: Record<string, number> = {
  nbsp: 32,
  emsp: 32,
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  middot: 0xb7,
  mdash: 0x2014,
  hellip: 0x2026,
  ldquo: 0x201c,
  rdquo: 0x201d,
  lsquo: 0x2018,
  rsquo: 0x2019,
  times: 0xd7,
}
/** A string's escapes are read where the text shows it is one: `\"` around an attribute's value, `<\/p>`. */
const ESCAPED_TAGS = /<[a-zA-Z][^<>\n]*=\\"|<\\\/[a-zA-Z]/
/** A line of a list of string literals: `#     '（记者肖亚卓）',` (a commented-out Python list), `  "…",`. */
const LITERAL_LINE = /^([ \t]*(?:#[ \t]*)?)(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")(,?)[ \t]*$/
/** The lines that open and close such a list: `# text_list = [`, `]`. */
const LIST_EDGE = /^[ \t]*(?:#[ \t]*)?(?:(?:[A-Za-z_][\w.]*[ \t]*=[ \t]*)?[[(]|[\])][,;]?)[ \t]*$/

/** What a piece of markup stands for: its end in the input and its text (`''` when it vanishes). */
export interface MarkupItem {
  end: number
  text: string
  /** The text is a character the markup writes (`&rdquo;` → `”`): a span ending on it takes the whole markup. */
  char?: boolean
  /** A list literal's opening marks: the literal after them is a block of its own. */
  opensBlock?: true
}

/**
 * A reader of one input's markup: `at(i)` is the piece at offset `i`, or null; it need only be
 * asked where the input holds `<`, `&` or `\`, and from `stop` on (asked in order, `stop` moves on).
 */
export interface MarkupReader {
  at(i: number): MarkupItem | null
  stop: number
}

/**
 * The reader of `input`'s markup, or null when the input holds none. A string's escapes are read
 * only where the text shows it is an escaped string (literal `\n` and no real line break, or `\"`
 * around a tag's attribute value), and always inside a list's literals.
 */
export function markupReader(input: string): MarkupReader | null {
  // the list lines, four offsets each: line start, literal start, literal end, line end
  const lists = literalLists(input)
  const markup = /[<&\\]/.test(input)
  if (!markup && lists.length === 0) return null
  const escaped = markup && (ESCAPED_TAGS.test(input) || (input.includes('\\n') && !input.trimEnd().includes('\n')))
  let list = 0
  const read = (i: number): MarkupItem | null => {
    while (lists[list + 3]! <= i) list += 4
    // a list line's opening marks (`#     '`), and its closing ones (`',`): a line break, so each literal is a block
    if (i >= lists[list]! && i < lists[list + 1]!) return { end: lists[list + 1]!, text: '', opensBlock: true }
    if (i >= lists[list + 2]!) return { end: lists[list + 3]!, text: '\n' }
    PIECE.lastIndex = i
    const m = PIECE.exec(input)
    if (m === null) return null
    const [, tag, dec, hex, named, u, c] = m
    const end = PIECE.lastIndex
    if (tag !== undefined) {
      const name = tag.toLowerCase()
      if (BLOCK.test(name)) return { end, text: '\n' }
      return INLINE.test(name) ? { end, text: name[0] === 't' ? ' ' : '' } : null
    }
    if (u === undefined && c === undefined) {
      const point =
        named !== undefined ? (NAMED[named] ?? 0) : Number.parseInt(dec ?? hex!, dec === undefined ? 16 : 10)
      if (point === 0 || (point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) return null
      return { end, text: String.fromCodePoint(point), char: true }
    }
    // a string's escapes: where the text is an escaped string, or inside a list's literal
    if (!escaped && !(i >= lists[list + 1]!)) return null
    if (u !== undefined) return { end, text: String.fromCharCode(Number.parseInt(u, 16)), char: true }
    // `\r\n` is one line break, as a real CRLF is
    if (c === 'r') return { end, text: input.startsWith('\\n', end) ? '' : '\n' }
    return c === 'n' ? { end, text: '\n' } : c === 't' ? { end, text: '\t' } : { end, text: c!, char: true }
  }
  const reader: MarkupReader = {
    stop: lists[0] ?? Infinity,
    at(i) {
      const found = read(i)
      // the next list marks from here on
      const from = found?.end ?? i + 1
      let k = list
      while (k < lists.length && lists[k]! < from && (lists[k + 2]! < from || lists[k + 2] === lists[k + 3])) k += 4
      reader.stop = k >= lists.length ? Infinity : lists[k]! >= from ? lists[k]! : lists[k + 2]!
      return found
    },
  }
  return reader
}
/**
 * The lines of the input's lists of string literals, four offsets each (line start, literal
 * start, literal end, line end): two literal lines or more in a row, each but the last ending in
 * a comma, with the line that opens the list before them (`# text_list = [`) and the one that
 * closes it after them (`]`), read whole as markup.
 */
function literalLists(input: string): number[] {
  const out: number[] = []
  // most pages hold no ASCII quote at all: passed over at a glance
  if ((!input.includes("'") && !input.includes('"')) || !/^[ \t]*(?:#[ \t]*)?['"]/m.test(input)) return out
  let run: number[] = []
  let edge: number[] = []
  let comma = true
  const close = (after: number[]): void => {
    if (run.length >= 8) out.push(...edge, ...run, ...after)
    run = []
    edge = []
  }
  for (let start = 0; start < input.length; ) {
    let end = input.indexOf('\n', start)
    if (end === -1) end = input.length
    const lineEnd = input.charCodeAt(end - 1) === 0x0d ? end - 1 : end
    const line = input.slice(start, lineEnd)
    const literal = LITERAL_LINE.exec(line)
    if (literal !== null) {
      if (!comma) close([])
      comma = literal[2] === ','
      run.push(start, start + literal[1]!.length + 1, start + line.trimEnd().length - literal[2]!.length - 1, lineEnd)
    } else {
      const whole = LIST_EDGE.test(line) ? [start, lineEnd, lineEnd, lineEnd] : []
      if (run.length > 0) close(whole)
      else edge = whole
      comma = true
    }
    start = end + 1
  }
  close([])
  return out
}
