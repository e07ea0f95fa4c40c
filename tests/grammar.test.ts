import { describe, expect, it } from 'vitest'
import { ArticleParser, articleToken, Blank, Heading, Text, TrailingHeading } from '../grammar/article-parser.js'
import { BRIEF_BULLETS, createLineLexer, PageParser } from '../grammar/index.js'

// Built with every self-check on, as the issue asks: a broken optimisation fails here.
const lexer = createLineLexer({ validate: true })
const parser = new PageParser({ validate: true })

const names = (text: string): string[] => lexer.tokenize(text).tokens.map((t) => t.tokenType.name)

describe('line tokens', () => {
  it('keeps the first-character optimisation', () => {
    expect((lexer as unknown as { canModeBeOptimized: object }).canModeBeOptimized).toEqual({ defaultMode: true })
  })

  it.each([
    ['# 我区以项目大突破带动经济社会大发展\n', 'HeadingLine'],
    ['### 不仅要“叫得响”\n', 'HeadingLine'],
    ['   ## indented three\n', 'HeadingLine'],
    ['#\n', 'HeadingLine'],
    ['#hashtag\n', 'BodyLine'],
    ['####### seven\n', 'BodyLine'],
    ['    ## four spaces\n', 'BodyLine'],
    ['**东昌府讯** 今年以来\n', 'LeadLine'],
    ['**编者按**\n', 'LeadLine'],
    ['****\n', 'BodyLine'],
    ['(融媒体 全兴社)\n', 'ParenLine'],
    ['(融媒体 全兴社)  \n', 'ParenLine'],
    ['于5.5%,30人(含)\n', 'BodyLine'],
    ['(见上图)(附图片)\n', 'ParenLine'],
    ['((((\n', 'BodyLine'],
    ['度计划进度20个百分点。  \n', 'BodyLine'],
    ['◆9月23日,我县召开调度会。\n', 'BulletLine'],
    ['    ◆ 9月27日,我县召开会议。\n', 'BulletLine'],
    ['■ 本報記者 趙宗鋒\n', 'BulletLine'],
    ['△韩纯获全国儿童作文比赛优秀奖。\n', 'BulletLine'],
    ['\n', 'BlankLine'],
    [' \t \n', 'BlankLine'],
    ['\f\n', 'BlankLine'], // a PDF converter's page break
  ])('%j is a %s', (line, name) => {
    expect(names(line)).toEqual([name])
  })

  it('reads a line starting with any UTF-16 code unit', () => {
    const special = new Set([...'\n \t#*(', ...BRIEF_BULLETS].map((c) => c.charCodeAt(0)))
    const failures: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (special.has(code)) continue
      const { tokens, errors } = lexer.tokenize(`${String.fromCharCode(code)}x\n`)
      if (errors.length > 0 || tokens.length !== 1 || tokens[0]!.tokenType.name !== 'BodyLine') failures.push(code)
    }
    expect(failures).toEqual([])
  })

  it('lexes a page to one token per line', () => {
    const page = '## 引题\n\n# 主题\n\n**本报讯** 正文。  \n(记者 张三)\n'
    expect(names(page)).toEqual(['HeadingLine', 'BlankLine', 'HeadingLine', 'BlankLine', 'LeadLine', 'ParenLine'])
  })
})

describe('page grammar', () => {
  const runs = (text: string) => {
    parser.input = lexer.tokenize(text).tokens
    const result = parser.page()
    expect(parser.errors).toEqual([])
    return result.map((run) => `${run.kind}:${run.tokens.filter((t) => t.tokenType.name !== 'BlankLine').length}`)
  }

  it('groups headings across blank lines into one run, then the text after them', () => {
    expect(runs('## 宣讲进行时\n\n### 引题\n\n## 主题\n\n正文\n\n(记者 张三)\n\n## 下一篇\n')).toEqual([
      'heading:3',
      'text:2',
      'heading:1',
    ])
  })

  it('reads bullet items as a run of briefs, each with the text after it', () => {
    expect(runs('# 要闻简报\n\n◆一\n续\n\n◆二\n\n# 下一篇\n正文\n')).toEqual([
      'heading:1',
      'text:3',
      'heading:1',
      'text:1',
    ])
  })

  it('accepts leading blank lines and text with no heading', () => {
    expect(runs('\n\n正文一\n正文二\n')).toEqual(['text:2'])
  })

  it('accepts an empty page', () => {
    expect(runs('')).toEqual([])
  })
})

describe('the article grammar', () => {
  const articleParser = new ArticleParser({ validate: true })
  const types = { b: Blank, h: Heading, t: TrailingHeading, x: Text, o: Text } as const
  type Letter = keyof typeof types
  type TestLine = { letter: Letter; index: number }
  /** A page as letters: b blank, h heading, t trailing headline, x text, o text that opens an article. */
  const read = (page: string) => {
    const lines = [...page].map((letter, index) => ({ letter: letter as Letter, index }))
    const tokens = lines.map((line) => articleToken(types[line.letter], line, line.index))
    const parse = articleParser.read<TestLine>(tokens, (line) => line.letter === 'o')
    expect(articleParser.errors).toEqual([])
    const show = (ls: { letter: Letter }[]) => ls.map((l) => l.letter).join('')
    return [...parse.articles.map((a) => `${show(a.headings)}|${show(a.body)}`), `end:${show(parse.pageEnd)}`]
  }

  it('reads headings, text, then the headlines printed after it, as one article', () => {
    expect(read('hhxbxt')).toEqual(['hht|xbx', 'end:'])
    expect(read('xtxt')).toEqual(['t|x', 't|x', 'end:'])
  })

  it('opens an article where the GATE says a text line does, and at every heading after text', () => {
    expect(read('hxoxhx')).toEqual(['h|x', '|ox', 'h|x', 'end:'])
  })

  it('keeps headings after the last text for the last article, and a headline printed after text at the page start as a heading', () => {
    expect(read('txbhbh')).toEqual(['t|xb', 'end:hh'])
  })

  it('places every line of every page of up to six lines once, blank lines before any text left out', () => {
    const letters: Letter[] = ['b', 'h', 't', 'x', 'o']
    let pages = ['']
    for (let length = 1; length <= 6; length++) {
      pages = pages.flatMap((page) => letters.map((letter) => page + letter))
      for (const page of pages) {
        const lines = [...page].map((letter, index) => ({ letter: letter as Letter, index }))
        const tokens = lines.map((line) => articleToken(types[line.letter], line, line.index))
        const parse = articleParser.read<TestLine>(tokens, (line) => line.letter === 'o')
        expect(articleParser.errors, page).toEqual([])
        const placed = [...parse.articles.flatMap((a) => [...a.headings, ...a.body]), ...parse.pageEnd].map(
          (l) => l.index,
        )
        expect(new Set(placed).size, page).toBe(placed.length)
        const missing = lines.filter((l) => !placed.includes(l.index))
        expect(
          missing.every((l) => l.letter === 'b'),
          page,
        ).toBe(true)
      }
    }
  })
})
