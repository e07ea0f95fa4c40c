import { articleDates, datelineIso, issueOf } from '../dates/article-dates.js'
import { articleFacts } from '../facts/article-facts.js'
import { paragraphTexts } from '../pipeline/paragraph-text.js'
import type { ArticleDraft, Context, Line, ParagraphDraft } from '../pipeline/context.js'
import { SCHEMA_VERSION, type Article, type Byline, type Dateline, type Paragraph, type Text } from '../schema.js'

/**
 * extract: drafts → the public shape, every span mapped back to the input. Whatever no article
 * covers becomes a leftover, so nothing on the page is lost.
 */
export function extract(ctx: Context): void {
  const issue = issueOf(ctx.options.issueDate)
  const want = ctx.options.extract
  const folded =
    want.dates || want.figures || want.people || want.quotes ? ctx.folded(0, ctx.normalized.text.length) : null
  const articles = ctx.drafts
    .filter((draft) => draft.extent !== null)
    .map((draft) => toArticle(ctx, draft, issue, folded))
  ctx.result = { schemaVersion: SCHEMA_VERSION, articles, leftovers: leftovers(ctx), diagnostics: ctx.diagnostics }
}

/** `folded`: the segment's text folded for look-ups, or null when no fact is extracted. */
function toArticle(ctx: Context, draft: ArticleDraft, issue: number | null, folded: string | null): Article {
  const extent = draft.extent!
  const lineText = (line: Line | null): Text | null =>
    line === null ? null : ctx.text(line.contentStart, line.contentEnd)
  const [byline = null, ...credits] = toBylines(ctx, draft)
  const contributors = new Set([byline, ...credits].flatMap((b) => b?.contributors.map((c) => c.name) ?? []))
  const want = ctx.options.extract
  const texts = folded === null ? [] : paragraphTexts(ctx, draft, folded)
  const dateline = toDateline(ctx, draft, issue)
  // relative dates in a dispatch count from its dateline's date
  const reference = dateline?.date?.iso === undefined ? issue : issueOf(dateline.date.iso)
  return {
    span: ctx.text(extent.start, extent.end).span,
    column:
      draft.column !== null
        ? lineText(draft.column)
        : draft.columnSpan && ctx.text(draft.columnSpan.start, draft.columnSpan.end),
    headline: {
      kicker:
        draft.kickerFrom !== null && draft.kicker !== null
          ? ctx.text(draft.kickerFrom.contentStart, draft.kicker.contentEnd)
          : lineText(draft.kicker),
      title: draft.titleSpan !== null ? ctx.text(draft.titleSpan.start, draft.titleSpan.end) : lineText(draft.title),
      subtitle: lineText(draft.subtitle),
    },
    dateline,
    byline,
    credits,
    paragraphs: draft.paragraphs.map((paragraph) => toParagraph(ctx, paragraph)),
    dates: want.dates ? articleDates(texts, issue, reference) : [],
    ...articleFacts(ctx, texts, contributors),
  }
}

function toDateline(ctx: Context, draft: ArticleDraft, issue: number | null): Dateline | null {
  if (draft.dateline === null) return null
  const { span, reading } = draft.dateline
  const part = (range: [number, number] | null): string | null =>
    range === null ? null : ctx.text(span.start + range[0], span.start + range[1]).text
  const { text, span: inputSpan } = ctx.text(span.start, span.end)
  const date = reading.date
  const iso = date === null ? undefined : datelineIso(date.month, date.day, issue)
  return {
    text,
    span: inputSpan,
    kind: reading.kind,
    outlet: part(reading.outlet),
    place: part(reading.place),
    date:
      date === null
        ? null
        : {
            text: part([date.start, date.end])!,
            ...(date.month !== undefined && { month: date.month }),
            ...(date.day !== undefined && { day: date.day }),
            ...(iso !== undefined && { iso }),
          },
  }
}

/** The credit lines, the byline first: a photo's credit from a caption is never the byline. */
function toBylines(ctx: Context, draft: ArticleDraft): Byline[] {
  const ordered = [...draft.bylines.filter((b) => !b.photo), ...draft.bylines.filter((b) => b.photo)]
  return ordered.map(({ span, base, reading }) => {
    const at = (start: number, end: number): Text => ctx.text(base + start, base + end)
    const whole = ctx.text(span.start, span.end)
    return {
      text: whole.text,
      span: whole.span,
      outlet: reading.outlet === null ? null : at(...reading.outlet).text,
      contributors: reading.contributors.map((contributor) => {
        const name = at(contributor.start, contributor.end)
        return {
          name: name.text,
          span: name.span,
          role: contributor.role,
          roleText: contributor.roleWord === null ? null : at(...contributor.roleWord).text,
        }
      }),
    }
  })
}

function toParagraph(ctx: Context, { pieces, role }: ParagraphDraft): Paragraph {
  if (pieces.length === 1) {
    const { text, span } = ctx.text(pieces[0]!.start, pieces[0]!.end)
    return { text, span, pieces: [span], role }
  }
  const texts = pieces.map((piece) => ctx.text(piece.start, piece.end))
  const first = texts[0]!.span
  const last = texts[texts.length - 1]!.span
  return {
    text: texts.map((t) => t.text).join(''),
    span: { start: first.start, end: last.end },
    pieces: texts.map((t) => t.span),
    role,
  }
}

/** Page furniture wherever it stands (inside an article's extent too), and the other non-blank lines outside every article's extent. */
function leftovers(ctx: Context): Text[] {
  const extents = ctx.drafts.flatMap((draft) => (draft.extent === null ? [] : [draft.extent]))
  const out: Text[] = []
  let next = 0
  for (const run of ctx.runs) {
    for (const line of run.lines) {
      if (line.kind === 'blank' || line.end <= line.begin) continue
      while (next < extents.length && extents[next]!.end <= line.begin) next++
      const extent = extents[next]
      const inside = extent !== undefined && extent.start <= line.begin && line.end <= extent.end
      if (inside && line.kind !== 'chrome') continue
      out.push(ctx.text(line.begin, line.end))
    }
  }
  const pieces = ctx.drafts.flatMap((draft) => draft.furniture.map((piece) => ctx.text(piece.start, piece.end)))
  return pieces.length === 0 ? out : [...out, ...pieces].sort((a, b) => a.span.start - b.span.start)
}
