import { readByline } from '../extract/byline.js'
import { markedCreditChain } from '../extract/credit-chain.js'
import { readLead } from '../extract/lead.js'
import { creditsPeople } from '../extract/publishing-line.js'
import { brokenLineLength, narrowColumns } from '../label/line-measure.js'
import { openPhotoItems } from '../label/photo-items.js'
import { dropVerticalMenus } from '../label/vertical-menus.js'
import { dropBreadcrumbSections } from '../label/breadcrumb-sections.js'
import { hasLabel } from '../label/score-labels.js'
import { LABEL_WEIGHTS, LABELS, type Label } from '../label/label-weights.js'
import { hasFurnitureChars, type LineFeatures, lineFeatures, MAX_EVIDENCE_LENGTH } from '../label/line-features.js'
import type { Context, Line } from '../pipeline/context.js'
import { CLOSING_GLOSS } from '../normalize.js'
import { allLines } from '../plugins/lines.js'

/**
 * label: the evidence of each line that may be furniture (`line.features`; a line with no
 * character such evidence needs is passed over), and the labels decided on it alone: page
 * furniture becomes `chrome` (no article takes it; it ends up in `leftovers`), whatever its token.
 * Later steps read the features for the decisions that need neighbours (plain-text headlines,
 * brief items).
 */
export function label(ctx: Context): void {
  const items: Line[] = []
  const narrow = narrowColumns(ctx)
  const broken = brokenLineLength(ctx)
  const lines = allLines(ctx)
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'chrome') continue
    if (line.bullet && !isCredit(ctx, foldedContent(ctx, line))) items.push(line)
    if (line.attach === 'forward') continue
    // most lines show no furniture evidence at a glance: they are left for the steps that ask
    if (!narrow && !mayBeFurniture(ctx, line)) continue
    // the inline grammars only take evidence away from furniture: they are read when it may hold
    const features = seenFeatures(ctx, line)
    if (narrow && line.kind === 'body' && line.contentEnd - line.contentStart >= broken) features.columnWidth = 1
    line.features = features
    if (!hasLabel(features, 'furniture')) continue
    const read = readFeatures(ctx, line, features)
    line.features = read
    if (hasLabel(read, 'furniture')) line.kind = 'chrome'
  }
  // a bullet opens an article when the page holds a run of them: one alone is a mark of emphasis
  if (items.length >= MIN_BRIEF_ITEMS) {
    const summary = summaryPoints(ctx, lines)
    const briefs = items.filter((line) => !summary.has(line))
    if (briefs.length >= MIN_BRIEF_ITEMS) for (const line of briefs) openItem(ctx, line)
  }
  openPhotoItems(ctx, lines)
  dropVerticalMenus(ctx, lines)
  dropBreadcrumbSections(ctx, lines)
}

/**
 * An article's summary points: a run of bulleted lines closed by the article's credit line, its
 * text after that (`● 智能电视机…` / `● 网络电视…` / `□ 本报记者 张守坤` / `“看个电视怎么这么麻烦!”`).
 * Briefs carry their own text; their credits are glued to them. Each line is looked at once.
 */
function summaryPoints(ctx: Context, lines: Line[]): Set<Line> {
  const points = new Set<Line>()
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.bullet !== true || lines[i]!.kind === 'chrome') {
      i++
      continue
    }
    const run: Line[] = []
    let end = i
    // the run ends at its credit, which may open with a credit's mark (`□ 本报记者 张守坤`)
    for (; end < lines.length && (lines[end]!.kind === 'blank' || lines[end]!.bullet === true); end++) {
      if (lines[end]!.kind === 'blank') continue
      if (isCredit(ctx, foldedContent(ctx, lines[end]!))) break
      run.push(lines[end]!)
    }
    if (closesWithCredit(ctx, lines, end)) for (const line of run) points.add(line)
    i = Math.max(end, i + 1)
  }
  return points
}

/** Whether the line at `at` is a credit line with the article's text after it. */
function closesWithCredit(ctx: Context, lines: Line[], at: number): boolean {
  const credit = lines[at]
  if (credit === undefined || !isCredit(ctx, foldedContent(ctx, credit))) return false
  let next = at + 1
  while (next < lines.length && lines[next]!.kind === 'blank') next++
  const text = lines[next]
  return text !== undefined && text.kind !== 'chrome' && text.bullet !== true
}

/** `◆ 9月27日,…`: the line opens an article; its content starts after the bullet, its extent keeps it. */
function openItem(ctx: Context, line: Line): void {
  const { text } = ctx.normalized
  line.opensArticle = true
  line.contentStart++
  while (line.contentStart < line.contentEnd && /[ \t]/.test(text.charAt(line.contentStart))) line.contentStart++
}

/** Whether a line holds any character that furniture evidence needs (see `hasFurnitureChars`). */
function mayBeFurniture(ctx: Context, line: Line): boolean {
  const end = Math.min(line.contentEnd, line.contentStart + MAX_EVIDENCE_LENGTH + 1)
  return (
    end - line.contentStart <= MAX_EVIDENCE_LENGTH && hasFurnitureChars(ctx.normalized.text, line.contentStart, end)
  )
}

/** Briefs come two or more to a page. */
const MIN_BRIEF_ITEMS = 2

/** A line's folded content, its first `MAX_EVIDENCE_LENGTH` characters and one more. */
function foldedContent(ctx: Context, line: Line): string {
  const end = Math.min(line.contentEnd, line.contentStart + MAX_EVIDENCE_LENGTH + 1)
  return ctx.folded(line.contentStart, end)
}

/** A line wholly in bold (`**我市召开全市经济工作会议**`): its words are its content. */
export const wholeBold = (line: Line): boolean => line.kind === 'lead' && line.lead?.whole === true

/**
 * The features of a line: its folded content, what its token says (heading, bold), and what the
 * dateline and byline grammars read at its start (unless `grammars` is false). Only the first `MAX_EVIDENCE_LENGTH` characters
 * are read by the grammars, so a line costs the same whatever its length.
 */
export function featuresOf(ctx: Context, line: Line, grammars = true): LineFeatures {
  const seen = seenFeatures(ctx, line)
  return grammars ? readFeatures(ctx, line, seen) : seen
}

/** The text the features of a line are read from: its words (a bold line's without `**`), folded. */
function evidenceOf(ctx: Context, line: Line): { folded: string; long: boolean } {
  const bold = wholeBold(line)
  const start = bold ? line.lead!.words.start : line.contentStart
  const end = bold ? line.lead!.words.end : line.contentEnd
  // a long line is text: its length is all the evidence it needs (and a dateline may open it)
  if (end - start > MAX_EVIDENCE_LENGTH) return { folded: ctx.folded(start, start + MAX_EVIDENCE_LENGTH), long: true }
  return { folded: ctx.folded(start, end).replace(CLOSING_GLOSS, ''), long: false }
}

const NO_GRAMMARS = { dateline: false, credit: false }

/** The features of a line's characters and token alone: the grammars' are 0. */
function seenFeatures(ctx: Context, line: Line): LineFeatures {
  const { folded, long } = evidenceOf(ctx, line)
  const marks = { heading: line.kind === 'heading', bold: wholeBold(line), ...NO_GRAMMARS }
  if (!long) {
    const features = lineFeatures(folded, marks)
    if (line.bullet) features.bullet = 1
    return features
  }
  const features = lineFeatures('', marks)
  features.tiny = 0
  features.short = 0
  features.long = 1
  features.bullet = line.bullet ? 1 : 0
  return features
}

/** `seen` with what the dateline, byline and publishing-line grammars read of the line: a new object. */
function readFeatures(ctx: Context, line: Line, seen: LineFeatures): LineFeatures {
  const { folded, long } = evidenceOf(ctx, line)
  const read = { ...seen }
  read.dateline = readLead(folded, ctx.lexicon).dateline !== null ? 1 : 0
  if (long) return read
  read.credit = hasRoleCredit(ctx, folded) ? 1 : 0
  read.publishing = creditsPeople(folded, ctx.lexicon) ? 1 : 0
  return read
}

/** The features the inline grammars read; the others come from the line's characters alone. */
const GRAMMAR_FEATURES = ['dateline', 'credit', 'publishing'] as const

/** For each label, whether the grammars can only take it away: none of their features weighs for it. */
const GRAMMARS_ONLY_LOWER = Object.fromEntries(
  LABELS.map((label) => [label, GRAMMAR_FEATURES.every((name) => (LABEL_WEIGHTS[label].weights[name] ?? 0) <= 0)]),
) as Record<Label, boolean>

/**
 * Whether `label` holds for a line on all its evidence. The inline grammars are read only when
 * the line's characters alone score for the label and the grammars could change that: most body
 * lines are too long or end a sentence, and are no headline before any dateline is read.
 *
 * @example
 * holdsOnEvidence(ctx, line, 'headline', 0) // `东昌府区召开会议` => true, `本报讯 12月21日,…` => false
 */
export function holdsOnEvidence(ctx: Context, line: Line, label: Label, columnWidth: number): boolean {
  const seen = seenFeatures(ctx, line)
  seen.columnWidth = columnWidth
  if (!hasLabel(seen, label) && GRAMMARS_ONLY_LOWER[label]) return false
  return hasLabel(readFeatures(ctx, line, seen), label)
}

/** A credit line: role words and names (`■ 本報記者 趙宗鋒`), or names alone (`◆ 张三 李四`). */
function isCredit(ctx: Context, folded: string): boolean {
  const credit = readByline(folded, ctx.lexicon)
  if (credit === null) return false
  return credit.contributors.every((c) => c.roleWord !== null || ctx.lexicon.surnameLength(folded, c.start) > 0)
}

/** A byline with at least one role word: `记者 张三`, `编辑:李四`, `(融媒体 全兴社)`, or a chain of labelled credits. */
export function hasRoleCredit(ctx: Context, folded: string): boolean {
  const inner = folded.startsWith('(') && folded.endsWith(')') ? folded.slice(1, -1) : folded
  const credit = readByline(inner, ctx.lexicon)
  if (credit !== null) return credit.contributors.some((c) => c.roleWord !== null)
  // `• 記者:龍德文編輯:王春媚`: a chain of labelled credits
  return markedCreditChain(inner, ctx.lexicon) !== null
}
