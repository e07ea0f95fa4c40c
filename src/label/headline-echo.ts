/**
 * A headline restates its lead: most of its Han character pairs recur in the first sentences of
 * its article. Where a page's headlines stand — before their bodies, or after them, as PDF text in
 * content-stream order gives them — shows in which neighbour each headline's words recur.
 */
import { isHan } from '../char-table.js'

/** Characters of the lead read for the echo: a dispatch's first two or three sentences. */
export const ECHO_WINDOW = 300

/** A headline echoes a lead when at least this share of its distinct Han pairs recur there. */
export const ECHO_MIN = 0.5

/** The text with spaces dropped (letter-spaced lines: `中 国 海 油`), its first `limit` characters. */
function squeeze(text: string, limit = Infinity): string {
  let out = ''
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x3000 && c !== 0x0a && c !== 0x09) out += text[i]
  }
  return out
}

/**
 * The share of the headline's distinct Han character pairs found in the lead (0 with none).
 *
 * @example
 * echo('“深海一号”二期完成首船原油外输', '10 月 13 日，“深海一号”二期项目完成投产以来的首船凝析油外输作业') // 0.64
 */
export function echo(headline: string, lead: string): number {
  const words = squeeze(headline)
  const text = squeeze(lead, ECHO_WINDOW)
  const pairs = new Set(hanPairs(words))
  if (pairs.size === 0) return 0
  let found = 0
  for (const pair of pairs) if (text.includes(pair)) found++
  return found / pairs.size
}

/** How many times each Han character pair occurs in the texts (spaces dropped): read once for a page. */
export function pairCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    const words = squeeze(text)
    for (const pair of hanPairs(words)) counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}

/**
 * The share of a text's distinct Han pairs that occur elsewhere too: more often in `counts` (the
 * page's, the text's own included) than in the text itself.
 *
 * @example
 * echoElsewhere('平台完工装船', pairCounts(['平台完工装船', '中心平台完工装船'])) // 1
 */
export function echoElsewhere(text: string, counts: ReadonlyMap<string, number>): number {
  const own = pairCounts([text])
  if (own.size === 0) return 0
  let found = 0
  for (const [pair, count] of own) if ((counts.get(pair) ?? 0) > count) found++
  return found / own.size
}

/** The Han character pairs of a text, in order, repeats kept. */
function* hanPairs(words: string): Generator<string> {
  for (let i = 0; i + 1 < words.length; i++)
    if (isHan(words.charCodeAt(i)) && isHan(words.charCodeAt(i + 1))) yield words.slice(i, i + 2)
}
