import type { ArticleDraft, Context, Line } from '../pipeline/context.js'

/**
 * build: runs → article drafts. Each text run is an article's body; the heading run before it
 * holds its headline, read by relative level: the title is the last heading of the largest size
 * (fewest `#`), a smaller heading right before it the kicker, a smaller one right after it the
 * subtitle, any other a banner. A line the label step found to open an article (a brief item, a
 * new dispatch) ends the article before it. Headings after the last text run wait in `pageEndHeadings`.
 */
export function build(ctx: Context): void {
  let headings: Line[] = []
  let body: Line[] = []
  for (const run of ctx.runs) {
    // steps may have turned lines into headings or chrome: group by kind, not by the grammar's runs
    for (const line of run.lines) {
      if (line.kind === 'chrome') continue
      if (line.kind === 'heading') {
        if (body.length > 0) {
          ctx.drafts.push(draftFrom(ctx, headings, body))
          headings = []
          body = []
        }
        headings.push(line)
      } else if (line.opensArticle && body.length > 0) {
        // a brief item or a new dispatch: the article before ends here
        ctx.drafts.push(draftFrom(ctx, headings, body))
        headings = []
        body = [line]
      } else if (line.kind !== 'blank' || body.length > 0) {
        body.push(line)
      }
    }
  }
  if (body.length > 0) ctx.drafts.push(draftFrom(ctx, headings, body))
  else ctx.pageEndHeadings = headings
}

function draftFrom(ctx: Context, headings: Line[], body: Line[]): ArticleDraft {
  const draft: ArticleDraft = {
    headings,
    kicker: null,
    title: null,
    subtitle: null,
    leadingBanners: [],
    innerBanners: [],
    column: null,
    banners: [],
    body,
    bylines: [],
    dateline: null,
    columnSpan: null,
    titleSpan: null,
    paragraphs: [],
    extent: null,
  }
  // a labelled column (`专栏:X`) or a known column name takes no headline role whatever its size
  const column = (line: Line): boolean =>
    ctx.lexicon.isColumn(ctx.lexicon.fold(ctx.normalized.text.slice(line.contentStart, line.contentEnd)))
  const columns = new Set(headings.filter(column))
  const named = headings.filter(
    (line) => line.contentEnd > line.contentStart && line.attach !== 'forward' && !columns.has(line),
  )
  if (named.length === 0) {
    draft.innerBanners = headings.filter((line) => line.attach === 'forward' || columns.has(line))
    return draft
  }
  let titleIndex = 0
  for (let i = 1; i < named.length; i++) if (named[i]!.level <= named[titleIndex]!.level) titleIndex = i
  const title = named[titleIndex]!
  draft.title = title
  let first = titleIndex
  let last = titleIndex
  const before = named[titleIndex - 1]
  if (before !== undefined && before.level > title.level) {
    draft.kicker = before
    first--
  }
  const after = named[titleIndex + 1]
  if (after !== undefined && after.level > title.level) {
    draft.subtitle = after
    last++
  }
  // banners in page order: labelled columns, and named headings outside kicker…subtitle
  const role = new Map(named.map((line, index) => [line, index]))
  const isBanner = (line: Line): boolean => {
    const index = role.get(line)
    return line.attach === 'forward' || columns.has(line) || (index !== undefined && (index < first || index > last))
  }
  draft.leadingBanners = headings.filter((line) => isBanner(line) && line.start < named[first]!.start)
  draft.innerBanners = headings.filter((line) => isBanner(line) && line.start > named[last]!.start)
  return draft
}
