import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { contentOf, cutLine, makeHeading } from './lines.js'

/** `INSERT INTO `t_news` VALUES (` or a bare row `(10, 1, `: where a dumped row's fields start. */
const ROW_OPENING = /^(?:INSERT\s+INTO\s+\S+\s+(?:\([^)]*\)\s*)?VALUES\s*)?\(\s*(?=(?:'|\d|NULL\b))/iy
/** A field before the text: a number, NULL, or a short string on its line (`''` and `\'` escape a quote). */
const FIELD = /\s*(?:(\d+(?:\.\d+)?|NULL)|'((?:[^'\\\n]|\\.|''){0,200})')\s*(,|\))/iy
/** A string field that opens the text and runs past its line: the row's body. */
const OPEN_STRING = /\s*'/y
/** A title is a short string of words: no sentence, no markup. */
const MAX_TITLE = 80
const HAN = /[\u3400-\u9fff]/
const NOT_A_TITLE = /[。<>]|^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/
/** Where a row's text closes: its quote, then the fields after it, up to the row's end (`', 'upload/1.jpg', 3);`). */
const ROW_CLOSE = /'\s*(?:,\s*(?:'[^']*'|\d+(?:\.\d+)?|NULL)\s*)*\)\s*[;,]?\s*$/i

/**
 * Rows of a database dump, as scraped news archives are passed around: `INSERT INTO … VALUES
 * (id, 'title', 'date', 'text…', …);` or a bare row `(10, 1, 'title', 'text…'`. The fields before
 * the text are read: the first short string of words is the title, the rest (ids, dates) page
 * furniture; the text runs from its opening quote to the quote that closes it, and the fields
 * after that are furniture too:
 *
 * ```
 * INSERT INTO `t_dynamic` VALUES ('28', '亿人宝與新鴻基 達成戰略合作', '2018-01-21', '<p>香港文匯報訊…
 * ↑ chrome                        ↑ title                        ↑ chrome          ↑ the text
 * ```
 */
export const sqlRecords = definePlugin({
  name: 'sql-records',
  steps: [{ name: 'sql-records', after: 'crawl-labels', run: readRows }],
})

function readRows(ctx: Context): void {
  let open = false // inside a row's text, whose closing quote is still to come
  for (const run of ctx.runs) {
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      if (line.kind === 'blank') continue
      if (open) {
        const tail = closeOf(ctx, line)
        if (tail === null) continue
        open = false
        const parts = cutLine(line, [tail])
        parts[1]!.kind = 'chrome'
        if (parts[0]!.contentEnd === parts[0]!.contentStart) parts[0]!.kind = 'chrome'
        run.lines.splice(i, 1, ...parts)
        i += parts.length - 1
        continue
      }
      const row = rowOf(ctx, line)
      if (row === null) continue
      const parts = cutLine(line, row.cuts)
      // the parts: furniture, then the title (if any) and furniture, then the text
      parts.forEach((part, k) => {
        if (k === row.titleAt) {
          makeHeading(part, 1)
          part.wrapperTitle = true
        } else if (k < parts.length - 1) part.kind = 'chrome'
      })
      const text = parts[parts.length - 1]!
      const tail = text.contentEnd > text.contentStart ? closeOf(ctx, text) : null
      if (text.contentEnd === text.contentStart) {
        // the text opens on the next line (`…, '` / `<p>香港文匯報訊…`)
        parts.pop()
        open = true
      } else if (tail === null) open = true
      else {
        const [body, rest] = cutLine(text, [tail])
        rest!.kind = 'chrome'
        parts.splice(parts.length - 1, 1, body!, rest!)
      }
      run.lines.splice(i, 1, ...parts)
      i += parts.length - 1
    }
  }
}

interface Row {
  /** Where the line is cut: the title's start and end (if any), and the text's start. */
  cuts: number[]
  /** Which part is the title, or -1. */
  titleAt: number
}

/** The fields of a dumped row opening `line`, up to its text; null for a line that is none. */
function rowOf(ctx: Context, line: Line): Row | null {
  const { text } = ctx.normalized
  const first = text.charCodeAt(line.contentStart)
  // most lines open with neither `I` nor `(`: passed over at a glance
  if (first !== 0x49 && first !== 0x69 && first !== 0x28) return null
  ROW_OPENING.lastIndex = line.contentStart
  if (!ROW_OPENING.test(text)) return null
  let at = ROW_OPENING.lastIndex
  const cuts: number[] = []
  let titleAt = -1
  for (;;) {
    FIELD.lastIndex = at
    const field = FIELD.exec(text)
    if (field === null || FIELD.lastIndex > line.contentEnd) break
    const words = field[2]
    if (titleAt === -1 && words !== undefined && isTitle(words)) {
      const start = text.indexOf("'", at) + 1
      cuts.push(start, start + words.length)
      titleAt = 1
    }
    at = FIELD.lastIndex
    if (field[3] === ')') return null // the row closed on its line with no text that runs on
  }
  OPEN_STRING.lastIndex = at
  if (!OPEN_STRING.test(text) || OPEN_STRING.lastIndex > line.contentEnd) return null
  cuts.push(OPEN_STRING.lastIndex)
  return { cuts, titleAt }
}

const isTitle = (words: string): boolean =>
  words.length > 0 && words.length <= MAX_TITLE && HAN.test(words) && !NOT_A_TITLE.test(words)

/** Where the row's text closes on `line` (its quote, the fields after it to the row's end), or null. */
function closeOf(ctx: Context, line: Line): number | null {
  const content = contentOf(ctx, line)
  // the closing quote is an ASCII `'`, which Chinese text seldom holds: most lines are passed over
  if (!content.includes("'")) return null
  const close = ROW_CLOSE.exec(content)
  return close === null ? null : line.contentStart + close.index
}
