/**
 * The page grammar. A page is a sequence of runs: a heading run (headings with the blank
 * lines between them), a text run (body, lead and parenthesised lines with their blank lines), or
 * a run of briefs (items opening with a bullet, each with the text lines after it). A heading run
 * followed by a text run is an article candidate, each brief item one more; the build step
 * decides the roles.
 *
 * ```
 * page        := ( headingRun | briefs | textRun | BlankLine )*
 * headingRun  := ( Banner BlankLine* )+                      Banner ⊇ HeadingLine
 * briefs      := ( BriefItem BlankLine* textRun? )+          BriefItem ⊇ BulletLine
 * textRun     := ( ( Dateline | Byline | BodyLine ) BlankLine* )+   Dateline ⊇ LeadLine, Byline ⊇ ParenLine
 * ```
 * Plugin tokens join a category, so the rules never change.
 */
import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain'
import { allTokens, Banner, BlankLine, BodyLine, BriefItem, Byline, Dateline } from './tokens.js'

/** A run of lines as the grammar groups them; blank lines are kept so breaks stay visible. */
export interface TokenRun {
  kind: 'heading' | 'text'
  tokens: IToken[]
}

export interface PageParserOptions {
  /** Run chevrotain's grammar self-checks (tests do; production builds skip them). */
  validate?: boolean
  /** Plugin tokens, each in a category. */
  extraTokens?: readonly TokenType[]
}

export class PageParser extends EmbeddedActionsParser {
  /** The alternatives of a text line, built once: this OR runs once per line. */
  private readonly textLine = [
    { ALT: () => this.CONSUME(Dateline) },
    { ALT: () => this.CONSUME(Byline) },
    { ALT: () => this.CONSUME(BodyLine) },
  ]

  constructor(options: PageParserOptions = {}) {
    super(allTokens(options.extraTokens), { skipValidations: !options.validate, recoveryEnabled: false })
    this.performSelfAnalysis()
  }

  /** page := ( headingRun | briefs | textRun | BlankLine )* */
  public page = this.RULE('page', (): TokenRun[] => {
    const runs: TokenRun[] = []
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            runs.push(this.SUBRULE(this.headingRun))
          },
        },
        {
          ALT: () => {
            runs.push(this.SUBRULE(this.briefs))
          },
        },
        {
          ALT: () => {
            runs.push(this.SUBRULE(this.textRun))
          },
        },
        {
          ALT: () => {
            this.CONSUME(BlankLine)
          },
        },
      ])
    })
    return runs
  })

  /** headingRun := ( Banner BlankLine* )+   e.g. `## 引题` `` `# 主题` */
  public headingRun = this.RULE('headingRun', (): TokenRun => {
    const tokens: IToken[] = []
    this.AT_LEAST_ONE(() => {
      tokens.push(this.CONSUME(Banner))
      this.MANY(() => {
        tokens.push(this.CONSUME2(BlankLine))
      })
    })
    return { kind: 'heading', tokens }
  })

  /** briefs := ( BriefItem BlankLine* textRun? )+   e.g. `◆9月23日,我县召开…` `◆9月27日,…` */
  public briefs = this.RULE('briefs', (): TokenRun => {
    const tokens: IToken[] = []
    this.AT_LEAST_ONE(() => {
      tokens.push(this.CONSUME(BriefItem))
      this.MANY(() => {
        tokens.push(this.CONSUME4(BlankLine))
      })
      this.OPTION(() => {
        const text = this.SUBRULE(this.textRun)
        this.ACTION(() => tokens.push(...text.tokens))
      })
    })
    return { kind: 'text', tokens }
  })

  /** textRun := ( ( Dateline | Byline | BodyLine ) BlankLine* )+   e.g. `**东昌府讯** …` `(融媒体 全兴社)` */
  public textRun = this.RULE('textRun', (): TokenRun => {
    const tokens: IToken[] = []
    this.AT_LEAST_ONE(() => {
      tokens.push(this.OR2(this.textLine))
      this.MANY(() => {
        tokens.push(this.CONSUME3(BlankLine))
      })
    })
    return { kind: 'text', tokens }
  })
}
