import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { SEGMENT_SIZE, splitSegments } from '../src/segment.js'
import { loadFixtures } from '../src/testing/index.js'
import { brokenPromises } from '../src/testing/promises.js'
import { expectLinear, varied } from './helpers/growth.js'

const pages = loadFixtures(new URL('../fixtures/', import.meta.url).pathname).map((f) => f.input)

/** Every promise at once: no throw, spans valid, nothing lost, schema passes, deterministic. */
function holdsPromises(input: string): void {
  const result = parseDispatch(input)
  expect(brokenPromises(input, result)).toEqual([])
  expect(parseDispatch(input)).toEqual(result)
}

/** Characters that mean something to the grammar, mixed with ordinary text. */
const pageChar = fc.constantFrom(
  '#',
  '#',
  ' ',
  ' ',
  '\n',
  '\n',
  '\r',
  '*',
  '(',
  ')',
  '（',
  '）',
  '\u3000',
  '\uFEFF',
  '讯',
  '訊',
  '电',
  '记',
  '者',
  '。',
  '”',
  '—',
  '融',
  '媒',
  '体',
  '张',
  '三',
  '本',
  '报',
  '1',
  '2',
  '月',
  '日',
  'a',
  '\t',
  '\uD800',
  '\uDC00',
)

describe('any string', () => {
  it('runs every property from the seed this run printed', () => {
    expect(fc.readConfigureGlobal().seed).toBe(inject('fastCheckSeed'))
  })

  it('keeps every promise on random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), holdsPromises), { numRuns: 300 })
  })

  it('keeps every promise on strings made of the grammar’s own characters', () => {
    fc.assert(fc.property(fc.string({ unit: pageChar, maxLength: 600 }), holdsPromises), { numRuns: 500 })
  })

  it('keeps every promise on binary-looking input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holdsPromises), { numRuns: 200 })
  })
})

/** Fragments that have broken text tools: surrogate halves, NUL, line and paragraph separators, bidi marks, combining marks. */
const hostileChar = fc.constantFrom(
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D',
  '\uDE00',
  '\uD83D\uDE00',
  '\u0000',
  '\u2028',
  '\u2029',
  '\u200F',
  '\u202E',
  '\u202C',
  '\u0301',
  'e\u0301',
  '标\u0308',
  '\u20DD',
  '\uFEFF',
)
/** Page structure around them: headings, datelines, credits, quotes, breaks. */
const pagePiece = fc.constantFrom(
  '\n',
  '\n\n',
  '\r\n',
  '  \n',
  '# ',
  '## ',
  '**本报讯** ',
  '**本报北京12月21日电** ',
  '（记者 张三）',
  '(记者 王芳)',
  '“',
  '”',
  '。',
  '正文',
  '昨天会议召开',
  '\u3000',
)
/** Storms of the characters the grammar counts: `#`, `（`, `**`. */
const storm = fc
  .tuple(fc.constantFrom('#', '（', '**', '*'), fc.integer({ min: 2, max: 60 }))
  .map(([s, n]) => s.repeat(n))
const hostilePage = fc
  .array(fc.oneof({ arbitrary: hostileChar, weight: 3 }, { arbitrary: pagePiece, weight: 4 }, storm), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''))

describe('hostile fragments', () => {
  it('keep every promise: surrogate halves, NUL, U+2028/9, bidi and combining marks, # （ ** storms', () => {
    fc.assert(fc.property(hostilePage, holdsPromises), { numRuns: 600 })
  })

  /** Articles up to just past a segment's length, then a paragraph break between the halves of 😀. */
  const longHead = (() => {
    let head = ''
    for (let i = 0; ; i++) {
      const block = `# 第${i}篇\n\n**本报讯** 正文${'会议召开。'.repeat(40)}\n\n`
      if (head.length + block.length >= SEGMENT_SIZE) break
      head += block
    }
    return `${head}正文${'。'.repeat(SEGMENT_SIZE - head.length + 10)}\uD83D\n\n`
  })()

  it('keep every promise when a segment cut falls between the halves of a surrogate pair', () => {
    const input = `${longHead}# \uDE00标题\n\n正文\uD83D\n\n\uDE00又一段。\n`
    // the cut is where the heading starts: the high half ends one segment, the low half is in the next
    expect(splitSegments(input).map((s) => s.start)).toEqual([0, longHead.length])
    holdsPromises(input)
    const articles = parseDispatch(input).articles
    expect(articles.at(-2)!.paragraphs.at(-1)!.text.endsWith('。\uD83D')).toBe(true)
    expect(articles.at(-1)!.headline.title!.text).toBe('\uDE00标题')
    expect(articles.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['正文\uD83D', '\uDE00又一段。'])
  })

  it('keep every promise with hostile fragments after such a cut', () => {
    fc.assert(
      fc.property(hostilePage, (tail) => {
        // text after the heading, so that it opens an article whatever the tail is (a cut needs one)
        const input = `${longHead}# \uDE00标题\n\n\uDE00正文\n\n${tail}`
        expect(splitSegments(input)[1]?.start).toBe(longHead.length)
        holdsPromises(input)
      }),
      { numRuns: 15 },
    )
  })
})

/** Scraped text's markup: tags, entities, a string's escapes, a list's quoted literals, and text that only mentions `<`. */
const markupPiece = fc.constantFrom(
  '<p>',
  '</p>',
  '<br/>',
  '<div class=\\"w\\">',
  '<a href="x" title=\'标题\'>',
  '</a>',
  '<span>',
  '<td>',
  '<h1>',
  '&nbsp;',
  '&rdquo;',
  '&#12889;',
  '&#x1F600;',
  '\\n',
  '\\"',
  '\\u3000',
  '\\',
  "    #     '",
  "',\n",
  "',",
  '<10%',
  '<',
  '&',
)
const markupPage = fc
  .array(fc.oneof({ arbitrary: markupPiece, weight: 4 }, { arbitrary: pagePiece, weight: 4 }, hostileChar), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''))

describe('markup', () => {
  it('keeps every promise on text with tags, entities, escapes and quoted literals', () => {
    fc.assert(fc.property(markupPage, holdsPromises), { numRuns: 600 })
  })

  it('keeps every promise on one escaped line (literal \\n, no real line break)', () => {
    fc.assert(
      fc.property(markupPage, (page) => holdsPromises(page.replace(/\r?\n/g, '\\n'))),
      { numRuns: 300 },
    )
  })
})

describe('mutated fixtures', () => {
  const page = fc.constantFrom(...pages)
  const lines = (text: string) => text.split('\n')

  it('keep every promise with lines deleted, duplicated or swapped', () => {
    const edit = fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap'), fc.nat(), fc.nat())
    fc.assert(
      fc.property(page, fc.array(edit, { maxLength: 8 }), (text, edits) => {
        const out = lines(text)
        for (const [kind, a, b] of edits) {
          const i = a % out.length
          const j = b % out.length
          if (kind === 'delete') out.splice(i, 1)
          else if (kind === 'duplicate') out.splice(i, 0, out[i]!)
          else [out[i], out[j]] = [out[j]!, out[i]!]
          if (out.length === 0) out.push('')
        }
        holdsPromises(out.join('\n'))
      }),
      { numRuns: 150 },
    )
  })

  it('keep every promise truncated at any offset', () => {
    fc.assert(
      fc.property(page, fc.nat(), (text, at) => holdsPromises(text.slice(0, at % (text.length + 1)))),
      { numRuns: 150 },
    )
  })

  it('keep every promise with CRLF line ends and a BOM', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (text, bom) =>
        holdsPromises((bom ? '\uFEFF' : '') + text.replace(/\n/g, '\r\n')),
      ),
      { numRuns: 40 },
    )
  })

  it('read the same with CRLF as with LF', () => {
    for (const text of pages) {
      const lf = parseDispatch(text)
      const crlf = parseDispatch(text.replace(/\n/g, '\r\n'))
      // texts are the input as it stands, so a title set on two lines keeps its CR: compare without it
      const shape = (r: typeof lf) =>
        JSON.stringify(
          r.articles.map((a) => [a.headline.title?.text, a.paragraphs.map((p) => p.text), a.byline?.text]),
        ).replaceAll('\\r', '')
      expect(shape(crlf)).toEqual(shape(lf))
    }
  })
})

/** Pages of the fixtures, cut into lines: the stuff of varied pages. */
const pageLines = pages.flatMap((text) => text.split('\n').map((line) => `${line}\n`))
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴']
const GIVEN = ['芳', '明', '强', '丽', '军', '华', '敏', '静', '伟', '洋']
const names = SURNAMES.flatMap((s) => GIVEN.map((g) => s + g))

describe('adversarial input runs in linear time (CPU time, best of several varied inputs at n and 8n)', () => {
  const cases: [string, (n: number, v: number) => string, number][] = [
    [
      'one long line',
      (n, v) => varied(['今年以来,', '我区', '坚持', '项目建设', '12月', '2022年', '、', '“'], n, v),
      1 << 17,
    ],
    ['many (', (n, v) => varied(['(', '((', '(张', '(记者', '（'], n, v), 100_000],
    ['many ( on their own lines', (n, v) => varied(['(\n', '（\n', '((\n', '(王\n'], n, v), 100_000],
    ['many *', (n, v) => varied(['*', '**', '***', '*标'], n, v), 100_000],
    ['many #', (n, v) => varied(['#', '##', '# ', '#标'], n, v), 100_000],
    [
      'many # lines',
      (n, v) => varied(['# 标题\n', '## 我区召开会议\n', '### 简讯\n', '# 同心协力 共抗疫情\n'], n, v),
      100_000,
    ],
    [
      'many datelines on one line',
      (n, v) => varied(['**东昌府讯**', '**古楼街讯**', '本报讯', '【明報專訊】'], n, v),
      100_000,
    ],
    [
      'many datelines on their own lines',
      (n, v) => varied(['**东昌府讯** 正文\n', '**本报北京12月21日电** 会议召开。\n', '**古楼街讯** 连日来\n'], n, v),
      100_000,
    ],
    [
      'dispatches run together on one line',
      (n, v) =>
        varied(
          [
            '本报讯(记者 张明凯)1月30日,多地有雨雪。',
            '本報訊(記者 王立新)當日,交通繁忙。',
            '新华社北京1日电(记者 李强)会议召开。',
            '天气转晴。',
            '春运来袭本报讯(记者 张明凯)',
            '编辑/陈广江 新华社北京电(',
          ],
          n,
          v,
        ),
      32_000,
    ],
    [
      'lines that open like rows of a database dump',
      (n, v) =>
        varied(
          ["(1, '标题', '正文\n", "INSERT INTO `t` VALUES ('2', '", "', 'a.jpg', 3);\n", "(3, 'x'',''y\n", "'\n"],
          n,
          v,
        ),
      32_000,
    ],
    [
      'short headline-shaped lines, some printed again',
      (n, v) => varied(['县城新建公园\n', '老旧小区改造\n', '春季植树活动\n', '\n', '县城新建公园\n\n'], n, v),
      32_000,
    ],
    [
      'letter-spaced credit lines',
      (n, v) => `# 标题\n\n正文。\n${varied(['审 核:李 源\n', '编 辑 张 三\n', '记 者 王 五 摄\n'], n, v)}`,
      32_000,
    ],
    [
      'short plain lines with 、',
      (n, v) => varied(['推进改革、发展\n', '稳增长、调结构\n', '惠民生、防风险\n', '抓项目、促投资\n'], n, v),
      32_000,
    ],
    [
      'many distinct credit lines in one article',
      (n, v) =>
        `# 标题\n\n正文。\n${varied(
          names.map((name) => `(记者 ${name})\n`),
          n,
          v,
        )}`,
      32_000,
    ],
    ['《 and a long run of U+3000', (n, v) => `《${varied(['\u3000', '\u3000', ' '], n, v)}`, 32_000],
    [
      'crawl labels 标题: with no 内容:',
      (n, v) =>
        varied(
          names.map((name) => `标题：${name}的新闻\n`),
          n,
          v,
        ),
      100_000,
    ],
    [
      'a heading and a long run of white space',
      (n, v) => `# 标题${varied([' ', '\u3000', '\t'], n, v)}（人民观点）\n\n正文。\n`,
      20_000,
    ],
    [
      'a credit line and a long run of white space',
      (n, v) => `# 标题\n\n正文。\n记者 王芳${varied([' ', '\u3000'], n, v)}（影像中国）\n`,
      20_000,
    ],
    [
      'many bylines',
      (n, v) =>
        varied(
          names.map((name) => `(融媒体 ${name})\n`),
          n,
          v,
        ),
      100_000,
    ],
    [
      'markup: tags, entities, escapes and tags left open',
      (n, v) =>
        varied(
          [
            '<p>',
            '</p>',
            '<a href=\\"x\\">',
            '<span',
            '<div class=\\"w',
            '&nbsp;',
            '&#12889;',
            '&amp',
            '\\n',
            '\\"',
            '正文。',
            '<',
          ],
          n,
          v,
        ),
      100_000,
    ],
    [
      'markup: lines of quoted literals',
      (n, v) =>
        varied(
          names.map((name) => `    #     '（记者${name}）\\u3000',\n`).concat(["'甲'乙'丙'\n", '    # x = [\n']),
          n,
          v,
        ),
      100_000,
    ],
    ['pages of the fixtures, lines shuffled', (n, v) => varied(pageLines, n, v), 100_000],
    [
      'many briefs under one banner',
      (n, v) =>
        `# 简讯\n\n${varied(
          names.map((name) => `**${name}开展检查** 正文。\n`),
          n,
          v,
        )}`,
      100_000,
    ],
    [
      'many bracketed leads',
      (n, v) =>
        varied(
          names.map((name) => `〔记者${name}／`),
          n,
          v,
        ),
      100_000,
    ],
    ['many titles after names', (n, v) => varied(['习近平总书记', '李强总理', '普京总统', '王毅部长'], n, v), 100_000],
    [
      'many blocks of photo captions, each the photo of a story',
      (n, v) =>
        varied(
          names.map(
            (name) => `${name}在田间指导生产。${name} 摄\n${name}在河堤上植树。李红 摄\n${name}在田间指导生产。\n`,
          ),
          n,
          v,
        ),
      50_000,
    ],
    [
      'headlines printed after their bodies',
      (n, v) =>
        varied(
          names.map((name) => `本报讯 ${name}在田间指导农民开展春耕生产。\n${name}指导春耕生产\n`),
          n,
          v,
        ),
      50_000,
    ],
    [
      'many bold lines on a page without #',
      (n, v) =>
        varied(
          names.map((name) => `**${name}的故事**\n`),
          n,
          v,
        ),
      100_000,
    ],
    [
      'many paragraphs that open a quote',
      (n, v) =>
        `# 标题\n\n${varied(
          names.map((name) => `“${name}说\n\n`),
          n,
          v,
        )}”`,
      100_000,
    ],
  ]
  it.each(cases)('%s', (_name, make, n) => {
    expectLinear(make, (input) => expect(parseDispatch(input).schemaVersion).toBe(1), n)
  })

  it('reads 10 MB on one line', () => {
    const input = '稳岗返还'.repeat(2_500_000)
    const result = parseDispatch(input)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.paragraphs[0]!.text.length).toBe(input.length)
  })
})

describe('found by the properties above', () => {
  it('a briefs banner at the page end splits nothing', () => {
    const input =
      '**一是**强化要素保障。（记者 王芳）\n\n**我区开展消防安全检查** 12月18日，检查企业35家。（记者 孙明）\n\n**东昌府区举办农民丰收节**\n\n近日，丰收节举办。\n\n# 简讯\n'
    holdsPromises(input)
    expect(parseDispatch(input).articles).toHaveLength(1)
  })
})
