import { describe, expect, it } from 'vitest'
import { createParser, parseDispatch } from '../src/index.js'
import { articleReading } from '../src/testing/index.js'
import { brokenPromises } from '../src/testing/promises.js'

/** A story kept as the HTML content of one row of a database dump: literal `\n`, `\"`, real TABs. */
const row = [
  '<div class=\\"content\\">\\n',
  '\t<p>本报讯（记者 王芳 通讯员 李明）昨天，<a href=\\"/tag/7\\" title=\\"东昌府区\\"><span>东昌府区</span></a>召开项目建设推进会。</p>\\n',
  '\t<p>会议要求&ldquo;抓落实&rdquo;，<b>确保</b>年底前完工。</p>\\n',
  '</div>\\n',
].join('')

describe('scraped text with HTML markup', () => {
  it('reads the paragraphs of an HTML string as an editor reads them', () => {
    const result = parseDispatch(row)
    expect(brokenPromises(row, result)).toEqual([])
    expect(result.articles).toHaveLength(1)
    const article = result.articles[0]!
    expect(articleReading(article)).toMatchObject({
      dateline: '本报讯',
      outlet: '本报',
      contributors: [
        { name: '王芳', role: 'reporter' },
        { name: '李明', role: 'correspondent' },
      ],
      paragraphCount: 2,
    })
    // every text is the input as it stands: the markup inside a paragraph is in its text
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '昨天，<a href=\\"/tag/7\\" title=\\"东昌府区\\"><span>东昌府区</span></a>召开项目建设推进会。',
      '会议要求&ldquo;抓落实&rdquo;，<b>确保</b>年底前完工。',
    ])
  })

  it('puts the markup around the articles in the leftovers', () => {
    const { leftovers } = parseDispatch(row)
    expect(leftovers.map((t) => t.text)).toEqual(['<div class=\\"content\\">\\n\t<p>', '</p>\\n</div>\\n'])
  })

  it('reads a web page’s tags on real lines, a heading’s tags left out of its title', () => {
    const page =
      '<h1>我区召开项目建设推进会</h1>\n<div class="text">\n<p>本报讯 昨天，我区召开会议。</p>\n<p>会议要求&nbsp;抓落实。</p>\n</div>\n'
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    const [article] = result.articles
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['昨天，我区召开会议。', '会议要求&nbsp;抓落实。'])
    expect(article!.headline.title?.text).toBe('我区召开项目建设推进会')
    expect(article!.dateline?.text).toBe('本报讯')
    expect(result.leftovers.map((t) => t.text)).toEqual(['<h1>', '</p>\n</div>'])
  })

  it('leaves text that mentions < alone', () => {
    const page = '# 标题\n\n增幅<10%，a<b and c>d，《人民日报》<p-3>。\n'
    expect(parseDispatch(page).articles[0]!.paragraphs[0]!.text).toBe('增幅<10%，a<b and c>d，《人民日报》<p-3>。')
  })

  it('reads markup as text without the built-in plugins, losing nothing', () => {
    const result = createParser({ builtins: false }).parse(row)
    expect(brokenPromises(row, result)).toEqual([])
    expect(result.articles[0]!.paragraphs).toHaveLength(1)
  })
})

describe('a list of string literals', () => {
  const list = [
    '    # snippets = [',
    "    #     '本报讯（记者 王芳）昨天，我区召开会议。',",
    "    #     '（记者\\u3000张三）',",
    "    #     '新华社北京3月7日电（记者 李明）记者从有关部门获悉。',",
    '    # ]',
    '',
  ].join('\n')

  it('reads each literal as a block of its own, the quotes and comment marks as markup', () => {
    const result = parseDispatch(list)
    expect(brokenPromises(list, result)).toEqual([])
    const readings = result.articles.map(articleReading)
    expect(readings[0]).toMatchObject({ title: null, dateline: '本报讯', firstParagraph: '昨天，我区召开会议。' })
    expect(readings.at(-1)).toMatchObject({
      dateline: '新华社北京3月7日电',
      contributors: [{ name: '李明', role: 'reporter' }],
      firstParagraph: '记者从有关部门获悉。',
    })
    // the comment marks and quotes outside every article are leftovers
    expect(result.leftovers[0]!.text).toBe("# snippets = [\n    #     '")
    expect(result.leftovers.at(-1)!.text).toBe("',\n    # ]")
  })

  it('reads each literal as a text of its own: a credit alone is no article and names no one of the others', () => {
    const result = parseDispatch(list)
    expect(result.articles.map((a) => a.dateline?.text)).toEqual(['本报讯', '新华社北京3月7日电'])
    expect(result.articles.map((a) => a.byline?.contributors.map((c) => c.name))).toEqual([['王芳'], ['李明']])
    expect(result.leftovers.map((t) => t.text)).toContain('（记者\\u3000张三）')
  })

  it('reads ids before a lead as furniture: a lead with no text is no article', () => {
    const ids = [
      "    #     '926 1583734021319982 广州日报讯（记者 黎慧莹）',",
      "    #     '本报讯（记者 王芳）昨天，我区召开会议。',",
      '',
    ].join('\n')
    const result = parseDispatch(ids)
    expect(brokenPromises(ids, result)).toEqual([])
    expect(result.articles.map((a) => a.dateline?.text)).toEqual(['本报讯'])
  })
})
