import { readLead } from '../extract/lead.js'
import { EDITOR_NOTE_OPEN } from '../refine/body.js'
import type { Context, Line } from '../pipeline/context.js'
import { definePlugin } from '../plugin.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'
import { contentOf, cutAtGaps, gapsOf, makeHeading } from './lines.js'
import { isColumnLabel } from './page-labels.js'
import { hasRoleCredit } from '../steps/label.js'

/** `1. 热烈庆祝新中国成立三十三周年`: an entry of the page's index. */
const INDEX_ENTRY = /^\d{1,3}\.\s*(?=\S)/
/** An entry whose title opens with words: `2. 马德里万人抗议马约`, `3. “一国两制”…`. */
const TITLE_ENTRY = /^\d{1,3}\.\s*[\u3400-\u9fff“「《]/
/** An index entry is a headline: no longer than this. */
const MAX_ENTRY_LENGTH = 120
/** A record's paragraphs: at least this many gaps follow a sentence's end. */
const MIN_PARAGRAPH_GAPS = 2
/** An index entry that names a picture, no title: `3. 图片`. */
const PICTURE_ENTRY = /^(?:图片|照片|组图|图片新闻)$/
/** A dateline alone is at most this long (`新华社北京十二月二十一日电`). */
const MAX_DATELINE = 30
/** The head of a record (column, kicker, title, subtitle) is at most this many segments. */
const MAX_HEAD_SEGMENTS = 5

/**
 * Archive records, as People's Daily and 参考消息 archives serve a page: an index of numbered
 * titles, then each article flattened onto one line, its parts separated by single spaces:
 *
 * ```
 * 1. 热烈庆祝新中国成立三十三周年                                     ← the index: chrome
 * 第1版()专栏: 赵紫阳总理举行招待会 热烈庆祝新中国成立三十三周年 七百多位…出席。… 新华社北京9月30日电 国务院总理…
 *   ↑ page label   ↑ kicker            ↑ title (as indexed)         ↑ subtitle        ↑ dateline     ↑ paragraphs
 * ```
 *
 * A line after an index entry is its record when at least two of its gaps follow a sentence's
 * end, or when it stands right under its entry (a digest's numbered briefs, each title above its
 * text). It is cut at its gaps into lines of their own; the index says which part is the title.
 * Where the record does not print the title again, the index entry is the title and the parts
 * before the dateline are its subtitle.
 */
export const archiveRecords = definePlugin({
  name: 'archive-records',
  steps: [{ name: 'archive-records', after: 'crawl-labels', run: readRecords }],
})

function readRecords(ctx: Context): void {
  // the index entries not yet paired with their records, oldest first
  const entries: Line[] = []
  for (const run of ctx.runs) {
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      if (line.kind !== 'body') continue
      if (isIndexEntry(ctx, line)) {
        entries.push(line)
        continue
      }
      if (entries.length === 0) continue
      // a line right under its entry is its record, however short (`2. 马德里万人抗议马约` /
      // `十五日…`), across blank lines too when the entry is a title in words (not `4. 4. 2024 星期四`)
      let above = i - 1
      while (above >= 0 && run.lines[above]!.kind === 'blank') above--
      const entry = entries[entries.length - 1]!
      const underEntry = run.lines[above] === entry && (above === i - 1 || TITLE_ENTRY.test(contentOf(ctx, entry)))
      const parts = recordParts(ctx, line, underEntry ? 0 : MIN_PARAGRAPH_GAPS)
      if (parts === null) continue
      run.lines.splice(i, 1, ...parts)
      i += parts.length - 1
      readHead(ctx, underEntry ? entries.pop()! : entries.shift()!, parts)
    }
  }
}

function isIndexEntry(ctx: Context, line: Line): boolean {
  const first = ctx.normalized.text.charCodeAt(line.contentStart)
  if (first < 0x30 || first > 0x39) return false // most lines open with no digit: passed over at a glance
  return line.contentEnd - line.contentStart <= MAX_ENTRY_LENGTH && INDEX_ENTRY.test(contentOf(ctx, line))
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * The lines a flattened record is cut into, one per part; null for a line that is no record (fewer
 * than `minParagraphGaps` gaps after a sentence's end).
 */
function recordParts(ctx: Context, line: Line, minParagraphGaps: number): Line[] | null {
  const { text } = ctx.normalized
  const gaps = gapsOf(text, line)
  if (gaps.filter(([start]) => CLOSING_PUNCTUATION.has(text.charAt(start - 1))).length < minParagraphGaps) return null
  // a dateline alone before a gap stays with the text after it, which may open with its byline
  // (`本报南昌10月28日电 记者赵相如报道:…`)
  const cuts = gaps.filter(([start], k) => !datelineAlone(ctx, k === 0 ? line.contentStart : gaps[k - 1]![1], start))
  // a cut after a mark (`。` `;` `:` `”`) is a paragraph's start; one inside a word (`主 编`) a stray space
  return cutAtGaps(line, cuts, (previous) => !WORD_CHAR.test(text.charAt(previous.contentEnd - 1)))
}

/** Whether the text from `start` to `end` is a dateline and nothing else (`本报南昌10月28日电`). */
function datelineAlone(ctx: Context, start: number, end: number): boolean {
  if (end - start > MAX_DATELINE || !/[电讯]$/.test(ctx.folded(end - 1, end))) return false
  return readLead(ctx.folded(start, end), ctx.lexicon).dateline?.end === end - start
}

/** Text with its spaces taken out, to compare an index entry with the parts that print it. */
const squeeze = (s: string): string => s.replace(/\s+/g, '')

/**
 * Gives the record's head its roles. The head is the parts before the one that opens with a
 * dateline or is a byline (or before the first sentence, where there is none).
 */
function readHead(ctx: Context, entry: Line, parts: Line[]): void {
  const { text } = ctx.normalized
  const title = squeeze(text.slice(entry.contentStart, entry.contentEnd).replace(INDEX_ENTRY, ''))
  if (PICTURE_ENTRY.test(title)) {
    // `3. 图片`: a photo, its caption the record's text, no headline
    entry.kind = 'chrome'
    const caption = parts.find((part) => contentOf(ctx, part).includes('。'))
    if (caption !== undefined) caption.opensArticle = true
    return
  }
  const head = headOf(ctx, parts)
  // the parts that print the indexed title again: one, or the title and its subtitle joined
  for (let from = 0; from < head.length; from++) {
    let joined = ''
    for (let to = from; to < head.length; to++) {
      joined += squeeze(text.slice(head[to]!.contentStart, head[to]!.contentEnd))
      if (joined === title) {
        entry.kind = 'chrome'
        // the index prints the whole head, three parts: kicker, title, subtitle
        const whole = to - from === 2
        const kicker = whole ? head[from] : head[from - 1]
        if (kicker !== undefined && !isColumnLabel(contentOf(ctx, kicker))) makeHeading(kicker, 2)
        makeHeading(head[whole ? from + 1 : from]!, 1)
        const subtitle = to > from ? head[to] : head[to + 1]
        if (subtitle !== undefined) makeHeading(subtitle, 2)
        return
      }
      if (!title.startsWith(joined)) break
    }
  }
  // the title is printed only in the index: the entry is it, the head its subtitle
  makeHeading(entry, 1, INDEX_ENTRY.exec(contentOf(ctx, entry))![0].length)
  const subtitle = head[head.length - 1]
  if (subtitle !== undefined) makeHeading(subtitle, 2)
}

/**
 * The parts before the one that opens with a dateline or an editor's note, or before the first
 * sentence; at most `MAX_HEAD_SEGMENTS`.
 */
function headOf(ctx: Context, parts: Line[]): Line[] {
  const { text } = ctx.normalized
  const head: Line[] = []
  for (const part of parts.slice(0, MAX_HEAD_SEGMENTS)) {
    const content = text.slice(part.contentStart, Math.min(part.contentEnd, part.contentStart + 40))
    // an editor's note, like the dateline and the byline (`本报记者曾坤颜世贵`), comes after the head
    const folded = ctx.lexicon.fold(content)
    if (EDITOR_NOTE_OPEN.test(content) || readLead(folded, ctx.lexicon).dateline !== null || hasRoleCredit(ctx, folded))
      return head
    head.push(part)
  }
  // no dateline: the head ends before the first part that is a sentence
  const sentence = head.findIndex((part) => text.slice(part.contentStart, part.contentEnd).includes('。'))
  return sentence === -1 ? head : head.slice(0, sentence)
}
