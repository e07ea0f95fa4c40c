import { CREDIT_MARK, readByline } from '../extract/byline.js'
import { readLead } from '../extract/lead.js'
import type { Context, Line } from '../pipeline/context.js'
import { LONG_LINE } from '../label/line-features.js'
import { hasLabel } from '../label/score-labels.js'
import { definePlugin } from '../plugin.js'
import { featuresOf, wholeBold } from '../steps/label.js'
import { allLines, contentOf, makeHeading } from './lines.js'

const CLAUSE = /[,，、;；]/
/** The end of a teaser in a listing: `...`, `…`. */
const TEASER_CUT = /(?:\.\.\.|…)$/

/**
 * Headlines in plain text, where no `#` tells a heading from a paragraph. Runs only on a page
 * with no heading at all. A group of short lines that are no sentences (no `。`, no clause mark at
 * the end) is a headline when it opens the page, follows the end of an article (a byline, a
 * trailing dateline, page furniture, a teaser cut off with `...`), or is followed by a paragraph that opens with a dateline
 * (or, after a blank line, by a credit line: `奔向人工智能的“海油高地”` / `□ 田昀澍`);
 * elsewhere such a line is an in-body subhead. With no sizes to compare, roles go by position:
 * one line is the title; two, kicker and title (title and subtitle when the second opens with
 * `——`); three, kicker, title and subtitle; more, banners (related links) and the last line the title. Each guess is an `info`.
 */
export const plainHeadings = definePlugin({
  name: 'plain-headings',
  steps: [{ name: 'plain-headings', after: 'repeated-headlines', run: promoteHeadlines }],
})

function promoteHeadlines(ctx: Context): void {
  const lines = allLines(ctx).filter((line) => line.kind !== 'blank')
  if (lines.some((line) => line.kind === 'heading' && line.attach !== 'forward')) return
  let articleEnded = true // the page start counts as the end of an article
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.kind === 'chrome' || line.attach === 'forward') {
      articleEnded = true
      continue
    }
    if (!isCandidate(ctx, line)) {
      articleEnded = endsArticle(ctx, line)
      continue
    }
    let j = i
    while (j + 1 < lines.length && lines[j + 1]!.kind !== 'chrome' && isCandidate(ctx, lines[j + 1]!)) j++
    const after = lines[j + 1]
    const opensWithDateline =
      after !== undefined &&
      after.kind !== 'chrome' &&
      (readLead(fold(ctx, after), ctx.lexicon).dateline !== null || (afterBlank(ctx, line) && isCreditLine(ctx, after)))
    // a line with clause marks (`一个县50年没上过人民日报,一上就上`) is more often a broken sentence
    if (!opensWithDateline && lines.slice(i, j + 1).some((l) => CLAUSE.test(contentOf(ctx, l)))) {
      const k = lines.slice(i, j + 1).findIndex((l) => CLAUSE.test(contentOf(ctx, l)))
      if (k === 0) {
        articleEnded = false
        continue
      }
      j = i + k - 1
    }
    const next = lines[j + 1]
    if (articleEnded || opensWithDateline) {
      const group = lines.slice(i, j + 1)
      // a bracketed line right under the headline that is no byline: `(2002年第3号)`
      if (
        after !== undefined &&
        /^\(.*\)$/.test(contentOf(ctx, after)) &&
        readByline(fold(ctx, after).slice(1, -1), ctx.lexicon) === null &&
        readLead(fold(ctx, after).slice(1), ctx.lexicon).dateline === null
      ) {
        group.push(after)
        j++
      }
      assignLevels(ctx, group)
      articleEnded = false
    } else {
      // one short line between paragraphs is an in-body subhead; a group at the end is a signature
      // (a line of a narrow column's width is a wrapped line of text)
      if (i === j && next !== undefined && next.kind === 'body' && line.features?.columnWidth !== 1) line.subhead = true
      articleEnded = false
    }
    i = j
  }
}

const fold = (ctx: Context, line: Line): string => ctx.lexicon.fold(contentOf(ctx, line))

/** Whether a blank line stands before `line`: it opens a block of its own. */
function afterBlank(ctx: Context, line: Line): boolean {
  const { text } = ctx.normalized
  let i = line.start - 1
  if (text.charCodeAt(i) !== 0x0a) return line.start === 0
  i--
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--
  return i < 0 || text.charCodeAt(i) === 0x0a
}

/** A credit line under a headline: names after a credit mark (`□ 田昀澍`), or role words and names (`本报记者 张三`). */
function isCreditLine(ctx: Context, line: Line): boolean {
  const folded = fold(ctx, line)
  const credit = readByline(folded, ctx.lexicon)
  return credit !== null && (CREDIT_MARK.test(folded) || credit.contributors.some((c) => c.roleWord !== null))
}

/** A body line (or one wholly in bold) whose evidence scores as a headline. */
function isCandidate(ctx: Context, line: Line): boolean {
  if (line.kind !== 'body' && !wholeBold(line)) return false
  return hasLabel({ ...featuresOf(ctx, line), columnWidth: line.features?.columnWidth ?? 0 }, 'headline')
}

/** Whether a line closes an article: a byline or credit line, or a trailing dateline. */
function endsArticle(ctx: Context, line: Line): boolean {
  const folded = fold(ctx, line)
  // a teaser cut off (`…换取为他取得女友人朋友公司...`): the listing's next item follows
  if (line.kind === 'body' && line.contentEnd - line.contentStart > LONG_LINE && TEASER_CUT.test(folded)) return true
  const inner = line.kind === 'paren' ? folded.slice(1, -1) : folded
  const credit = readByline(inner, ctx.lexicon)
  if (credit !== null && (line.kind === 'paren' || credit.contributors.some((c) => c.roleWord !== null))) return true
  return line.kind === 'paren' && readLead(inner, ctx.lexicon).dateline !== null
}

function assignLevels(ctx: Context, group: Line[]): void {
  const n = group.length
  const second = n === 2 ? contentOf(ctx, group[1]!) : ''
  const levels =
    n === 1
      ? [1]
      : n === 2
        ? /^(?:——|\()/.test(second)
          ? [1, 2]
          : [2, 1]
        : n === 3
          ? [2, 1, 2]
          : [...Array<number>(n - 1).fill(2), 1]
  group.forEach((line, index) => {
    if (wholeBold(line)) {
      // the heading is the bold words, without their `**`
      line.contentStart = line.lead!.words.start
      line.contentEnd = line.lead!.words.end
      delete line.lead
    }
    makeHeading(line, levels[index]!)
  })
  if (n > 1) {
    ctx.report(
      'headline/guessed-roles',
      'info',
      `Plain text gives no heading sizes: ${n} headline lines were read by position.`,
      {
        start: group[0]!.contentStart,
        end: group[n - 1]!.contentEnd,
      },
    )
  }
}
