import type { Article, Role } from '../schema.js'

/** One contributor as an editor lists them: the name and its role. */
export interface ContributorReading {
  name: string
  role: Role
}

/**
 * An article as an editor reads it off the page — the fields a hand-made expectation states,
 * in the format of the project's evaluation gold (`eval/sets/pages/gold`).
 */
export interface ArticleReading {
  column: string | null
  kicker: string | null
  title: string | null
  subtitle: string | null
  dateline: string | null
  datelinePlace: string | null
  /** The dateline's outlet, else the byline's. */
  outlet: string | null
  /** The byline's contributors and the credit lines' together. */
  contributors: ContributorReading[]
  /** The first body paragraph, whole (an expectation states how it starts). */
  firstParagraph: string | null
  /** Body paragraphs only: subheads, captions, notes and editor's notes are not counted. */
  paragraphCount: number
}

/**
 * The editor's reading of a parsed article.
 *
 * @example
 * const [article] = parseDispatch('# 标题\n\n**东昌府讯** 正文。\n').articles
 * articleReading(article!) // { title: '标题', dateline: '东昌府讯', datelinePlace: '东昌府', paragraphCount: 1, … }
 */
export function articleReading(article: Article): ArticleReading {
  const body = article.paragraphs.filter((p) => p.role === 'body')
  return {
    column: article.column?.text ?? null,
    kicker: article.headline.kicker?.text ?? null,
    title: article.headline.title?.text ?? null,
    subtitle: article.headline.subtitle?.text ?? null,
    dateline: article.dateline?.text ?? null,
    datelinePlace: article.dateline?.place ?? null,
    outlet: article.dateline?.outlet ?? article.byline?.outlet ?? null,
    contributors: [article.byline, ...article.credits]
      .flatMap((b) => b?.contributors ?? [])
      .map((c) => ({ name: c.name, role: c.role })),
    firstParagraph: body[0]?.text ?? null,
    paragraphCount: body.length,
  }
}

const NOISE = /[\s*【】[\]()（）「」]/g

/**
 * A reading's text as expectations and the evaluation compare it: NFKC-folded, with whitespace,
 * `*` and brackets removed, so an editor writes what the page says and not how it is spaced.
 *
 * @example
 * foldForComparison('（记者 王芳）') //=> '记者王芳'
 */
export const foldForComparison = (value: string | null | undefined): string | null =>
  value == null ? null : value.normalize('NFKC').replace(NOISE, '') || null
