import { escapeMarkup as escapeXml } from '../../escape-markup.js'
import type { Article, DispatchResult, Paragraph, Span } from '../../schema.js'

/** A fact to mark inside a paragraph: its span in the input and the element around it. */
interface Mark {
  span: Span
  open: string
  close: string
}

function marksOf(article: Article): Mark[] {
  return [
    ...article.dates.map((d) => ({
      span: d.span,
      open: d.start ? `<date from="${escapeXml(d.start)}" to="${escapeXml(d.end ?? d.start)}">` : '<date>',
      close: '</date>',
    })),
    ...article.figures.map((f) => ({
      span: f.span,
      open: f.value === null ? `<num type="${f.kind}">` : `<num type="${f.kind}" value="${f.value}">`,
      close: '</num>',
    })),
    ...article.people.flatMap((p) =>
      [p.span, ...p.mentions].map((span) => ({ span, open: '<persName>', close: '</persName>' })),
    ),
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
}

/**
 * A paragraph's text with its facts marked. The pieces are consecutive parts of `text`, so a
 * fact's input span maps into it; a fact that crosses a piece or another fact is left unmarked.
 */
function paragraphXml(paragraph: Paragraph, marks: Mark[]): string {
  let out = ''
  let offset = 0 // where the piece starts in paragraph.text
  for (const piece of paragraph.pieces) {
    const local = (at: number) => offset + at - piece.start
    let at = piece.start
    for (const mark of marks) {
      if (mark.span.start < at || mark.span.end > piece.end || mark.span.start >= piece.end) continue
      const fact = paragraph.text.slice(local(mark.span.start), local(mark.span.end))
      out +=
        escapeXml(paragraph.text.slice(local(at), local(mark.span.start))) + mark.open + escapeXml(fact) + mark.close
      at = mark.span.end
    }
    out += escapeXml(paragraph.text.slice(local(at), local(piece.end)))
    offset += piece.end - piece.start
  }
  return out
}

function articleXml(article: Article): string {
  const lines: string[] = ['<div type="article">']
  const head = (type: string, text: { text: string } | null) => {
    if (text) lines.push(`  <head type="${type}">${escapeXml(text.text)}</head>`)
  }
  head('kicker', article.headline.kicker)
  head('main', article.headline.title)
  head('sub', article.headline.subtitle)
  if (article.column) lines.push(`  <label type="column">${escapeXml(article.column.text)}</label>`)
  if (article.dateline) lines.push(`  <dateline>${escapeXml(article.dateline.text)}</dateline>`)
  if (article.byline) lines.push(`  <byline>${escapeXml(article.byline.text)}</byline>`)
  const marks = marksOf(article)
  for (const p of article.paragraphs)
    lines.push(`  <p${p.role === 'body' ? '' : ` type="${p.role}"`}>${paragraphXml(p, marks)}</p>`)
  lines.push('</div>')
  return lines.map((l) => `        ${l}`).join('\n')
}

/**
 * One page as a TEI P5 document: one `<div type="article">` per article with its `<head>`s,
 * `<dateline>`, `<byline>` and `<p>`s, dates, figures and people marked in the text.
 *
 * @example
 * teiDocument('p.md', parseDispatch(page)) // '<TEI xmlns="http://www.tei-c.org/ns/1.0">…'
 */
export function teiDocument(path: string, result: DispatchResult): string {
  return [
    '  <TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '    <teiHeader>',
    `      <fileDesc><titleStmt><title>${escapeXml(path)}</title></titleStmt>`,
    '        <publicationStmt><p>Read by baoxun.</p></publicationStmt>',
    `        <sourceDesc><p>${escapeXml(path)}</p></sourceDesc></fileDesc>`,
    '    </teiHeader>',
    '    <text>',
    '      <body>',
    ...result.articles.map(articleXml),
    '      </body>',
    '    </text>',
    '  </TEI>',
  ].join('\n')
}

/** The corpus around the documents of `--format tei`. */
export const TEI_CORPUS_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader><fileDesc><titleStmt><title>baoxun</title></titleStmt><publicationStmt><p>Read by baoxun.</p></publicationStmt><sourceDesc><p>Newspaper pages.</p></sourceDesc></fileDesc></teiHeader>\n'
export const TEI_CORPUS_CLOSE = '</teiCorpus>\n'
