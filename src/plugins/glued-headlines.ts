import { readLead } from '../extract/lead.js'
import { LONG_LINE } from '../label/line-features.js'
import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { cutAtGaps, gapsOf } from './lines.js'

/** A run of spaces this long parts a headline from its text; one space parts words of a headline. */
const MIN_GAP = 2
/** A headline's words: four to forty characters. */
const MIN_HEADLINE = 4
const MAX_HEADLINE = 40
/** No sentence ends in a headline, and none breaks off at a clause's mark. */
const SENTENCE_MARK = /[。！？!?]/
const CLAUSE_END = /[,，、;；:：]$/
/** The page shows the habit in this many lines, unless the text after opens with a dateline. */
const MIN_GLUED = 2
/** `網民東港城聚集 警拘8人… 2020-05-16 15:55 網民下午…`: a web copy's headline, its stamp, its text, on one line. */
const STAMPED = /^(\S[^。！？!?]{2,38}\S) (\d{4}[-/.]\d{1,2}[-/.]\d{1,2} +\d{1,2}:\d{2}(?::\d{2})?) (?=\S)/
/** The longest opening `STAMPED` matches: a headline of 40, a stamp of 19 and their spaces, with room to spare. */
const MAX_STAMPED = 72

/**
 * A headline glued to the first line of its text by a run of spaces, as an e-paper's page list
 * prints its items:
 *
 * ```
 * 强降雨袭山东   7月5日,我省自西向东迎大范围降雨天气过程,…预警。
 * ↑ a headline   ↑ its text: a paragraph
 * ```
 *
 * A body line is cut at its first run of two spaces or more when the words before it are a
 * headline's (four to forty characters, no sentence's mark, not broken off at a clause's) and
 * the text after is a long sentence; on a page that does so twice at least, or where the text
 * opens with a dateline (`…阿拉伯文版出版发行   新华社北京2月17日电 …`). The headline opens an
 * article (the plain headlines then read its group), the text a paragraph. A web copy flattened
 * onto one line glues its headline to its text by its publishing stamp (`stampedParts`).
 */
export const gluedHeadlines = definePlugin({
  name: 'glued-headlines',
  steps: [{ name: 'glued-headlines', after: 'spaced-paragraphs', run: cutGluedHeadlines }],
})

function cutGluedHeadlines(ctx: Context): void {
  const found: { run: Line[]; line: Line; gap: [number, number]; dated: boolean }[] = []
  for (const run of ctx.runs)
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      if (line.kind !== 'body') continue
      const stamped = stampedParts(ctx, line)
      if (stamped !== null) {
        run.lines.splice(i, 1, ...stamped)
        i += stamped.length - 1
        continue
      }
      const glued = gluedAt(ctx, line)
      if (glued !== null) found.push({ run: run.lines, line, ...glued })
    }
  const habit = found.length >= MIN_GLUED
  for (const { run, line, gap, dated } of found) {
    if (!habit && !dated) continue
    const [head, text] = cutAtGaps(line, [gap], () => true)
    head!.opensArticle = true
    text!.opensParagraph = true
    run.splice(run.indexOf(line), 1, head!, text!)
  }
}

/**
 * A web copy flattened onto one line, its headline, its publishing stamp and its text
 * (`網民東港城聚集 警拘8人涉非法集結及襲警等 2020-05-16 15:55 網民下午發起…`): the headline opens an
 * article, the stamp is furniture, the text a paragraph; null for any other line.
 */
function stampedParts(ctx: Context, line: Line): Line[] | null {
  const { text } = ctx.normalized
  // only the line's opening can hold the headline and its stamp: a paragraph is not copied whole
  const match = STAMPED.exec(text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + MAX_STAMPED)))
  if (match === null || CLAUSE_END.test(match[1]!)) return null
  const rest = text.slice(line.contentStart + match[0].length, line.contentEnd)
  if (rest.length < LONG_LINE || !SENTENCE_MARK.test(rest)) return null
  const headEnd = line.contentStart + match[1]!.length
  const stampStart = headEnd + 1
  const stampEnd = stampStart + match[2]!.length
  const parts = cutAtGaps(
    line,
    [
      [headEnd, stampStart],
      [stampEnd, line.contentStart + match[0].length],
    ],
    () => true,
  )
  const [head, stamp, body] = parts
  head!.opensArticle = true
  stamp!.kind = 'chrome'
  body!.opensParagraph = true
  return parts
}

/** Where a headline's words end at a run of spaces, the text after a long sentence; and whether it opens with a dateline. */
function gluedAt(ctx: Context, line: Line): { gap: [number, number]; dated: boolean } | null {
  const { text } = ctx.normalized
  if (line.contentEnd - line.contentStart < MIN_HEADLINE + MIN_GAP + LONG_LINE) return null
  const end = Math.min(line.contentEnd, line.contentStart + MAX_HEADLINE + 1)
  if (!text.slice(line.contentStart, end).includes('  ')) return null
  const gap = gapsOf(text, line, MIN_GAP)[0]
  if (gap === undefined) return null
  const head = text.slice(line.contentStart, gap[0])
  const rest = text.slice(gap[1], line.contentEnd)
  if (head.length < MIN_HEADLINE || head.length > MAX_HEADLINE || SENTENCE_MARK.test(head) || CLAUSE_END.test(head))
    return null
  if (rest.length < LONG_LINE || !SENTENCE_MARK.test(rest)) return null
  const dated = readLead(ctx.lexicon.fold(rest.slice(0, LONG_LINE * 2)), ctx.lexicon).dateline !== null
  return { gap, dated }
}
