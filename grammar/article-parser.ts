/**
 * The article grammar, over the page's lines once they are labelled: one token a line, by its
 * label. Furniture is out of the stream (the line after it knows it followed furniture), so it
 * never splits an article. Where evidence decides — does this text line open an article of its
 * own? — a `GATE` asks the caller.
 *
 * ```
 * articles := ( Blank | article | pageEnd )*
 * article  := headings? Text ( Blank | Text )* ( TrailingHeading Blank* )*
 *                          each Text after the first GATEd: it opens no article of its own
 * headings := Heading ( Blank | Heading )*                         Heading ⊇ TrailingHeading
 * pageEnd  := headings                                             no Text after them
 * ```
 */
import { createToken, createTokenInstance, EmbeddedActionsParser, type IToken, Lexer, type TokenType } from 'chevrotain'

/** A blank line: a break inside an article's body. */
export const Blank: TokenType = createToken({ name: 'Blank', pattern: Lexer.NA })
/** A heading line (a `#` heading, or a plain-text line a step promoted). */
export const Heading: TokenType = createToken({ name: 'Heading', pattern: Lexer.NA })
/** A headline printed after its body (`Line.trailing`): it closes the article. */
export const TrailingHeading: TokenType = createToken({
  name: 'TrailingHeading',
  pattern: Lexer.NA,
  categories: [Heading],
})
/** A line of text: a lead, a body line, a line in brackets. */
export const Text: TokenType = createToken({ name: 'Text', pattern: Lexer.NA })

export const articleTokens: TokenType[] = [Blank, Heading, TrailingHeading, Text]

/** One article as the grammar reads it: its headings (trailing ones last) and its body lines. */
export interface ArticleParse<L> {
  headings: L[]
  /** Text and blank lines, in page order. */
  body: L[]
}

export interface ArticlesParse<L> {
  articles: ArticleParse<L>[]
  /** Headings after the last article's text: banners that may label it. */
  pageEnd: L[]
}

/**
 * Whether a text line opens an article of its own, given the article read so far (its headings
 * and body, which holds a line of text already).
 */
export type OpensArticle<L> = (line: L, article: ArticleParse<L>) => boolean

/** A token of the article grammar for one line: its label's type, the line as its payload. */
export function articleToken<L>(type: TokenType, line: L, index: number): IToken {
  const token = createTokenInstance(type, '', index, index, 0, 0, 0, 0)
  token.payload = line
  return token
}

export interface ArticleParserOptions {
  /** Run chevrotain's grammar self-checks (tests and the diagrams do). */
  validate?: boolean
}

export class ArticleParser extends EmbeddedActionsParser {
  private opens: OpensArticle<unknown> = () => false
  private current: ArticleParse<unknown> = { headings: [], body: [] }

  constructor(options: ArticleParserOptions = {}) {
    super(articleTokens, { skipValidations: !options.validate, recoveryEnabled: false, maxLookahead: 1 })
    this.performSelfAnalysis()
  }

  /** Reads the labelled lines of a page into articles. */
  read<L>(tokens: IToken[], opens: OpensArticle<L>): ArticlesParse<L> {
    this.opens = opens as OpensArticle<unknown>
    this.input = tokens
    const parse = this.articles() as ArticlesParse<L>
    this.opens = () => false
    return parse
  }

  /** Whether a Text token stands ahead, past headings and blank lines: an article follows. */
  private textAhead(): boolean {
    for (let k = 1; ; k++) {
      const type = this.LA(k).tokenType
      if (type === Text) return true
      if (type !== Blank && type !== Heading && type !== TrailingHeading) return false
    }
  }

  /** Whether the next token stays in the current article's body: a blank line, or text that opens no article. */
  private continues(): boolean {
    const next = this.LA(1)
    if (next.tokenType === Blank) return true
    return next.tokenType === Text && !this.opens(next.payload, this.current)
  }

  /** articles := ( Blank | article | pageEnd )* */
  public articles = this.RULE('articles', (): ArticlesParse<unknown> => {
    const articles: ArticleParse<unknown>[] = []
    let pageEnd: unknown[] = []
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Blank) },
        {
          GATE: () => this.textAhead(),
          ALT: () => {
            const article = this.SUBRULE(this.article)
            this.ACTION(() => articles.push(article))
          },
        },
        {
          ALT: () => {
            const headings = this.SUBRULE2(this.headings)
            this.ACTION(() => {
              pageEnd = headings
            })
          },
        },
      ])
    })
    return { articles, pageEnd }
  })

  /** article := headings? Text ( Blank | Text )* ( TrailingHeading Blank* )*   e.g. `# 主题` `本报讯…` `正文。` */
  public article = this.RULE('article', (): ArticleParse<unknown> => {
    const article: ArticleParse<unknown> = { headings: [], body: [] }
    this.OPTION(() => {
      const headings = this.SUBRULE(this.headings)
      this.ACTION(() => article.headings.push(...headings))
    })
    const first = this.CONSUME(Text)
    this.ACTION(() => {
      article.body.push(first.payload)
      this.current = article
    })
    this.MANY({
      GATE: () => this.continues(),
      DEF: () => {
        const line = this.OR2([{ ALT: () => this.CONSUME(Blank) }, { ALT: () => this.CONSUME2(Text) }])
        this.ACTION(() => article.body.push(line.payload))
      },
    })
    this.MANY2(() => {
      const trailing = this.CONSUME(TrailingHeading)
      this.ACTION(() => article.headings.push(trailing.payload))
      this.MANY3(() => {
        const blank = this.CONSUME2(Blank)
        this.ACTION(() => article.body.push(blank.payload))
      })
    })
    return article
  })

  /** headings := Heading ( Blank | Heading )*   e.g. `## 引题` `` `# 主题` */
  public headings = this.RULE('headings', (): unknown[] => {
    const headings: unknown[] = []
    const first = this.CONSUME(Heading)
    this.ACTION(() => headings.push(first.payload))
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME3(Blank) },
        {
          ALT: () => {
            const heading = this.CONSUME2(Heading)
            this.ACTION(() => headings.push(heading.payload))
          },
        },
      ])
    })
    return headings
  })
}
