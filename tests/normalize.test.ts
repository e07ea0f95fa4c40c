import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'
import { normalize, toInputEnd, toInputOffset } from '../src/normalize.js'

describe('normalize', () => {
  it('leaves ordinary text alone but ensures a final line feed', () => {
    const n = normalize('# 标题\n正文')
    expect(n.text).toBe('# 标题\n正文\n')
    expect(toInputOffset(n, 5)).toBe(5)
  })

  it('folds full-width forms and U+3000 one unit for one', () => {
    const n = normalize('（记者\u3000张三）：１２')
    expect(n.text).toBe('(记者 张三):12\n')
    expect(n.drops).toHaveLength(0)
  })

  it('folds the division and fraction slashes to `/`, either way through', () => {
    expect(normalize('記者王小明\u2215台北報導').text).toBe('記者王小明/台北報導\n')
    expect(normalize('記者王小明\u2044台北報導\r\n').text).toBe('記者王小明/台北報導\n')
  })

  it('folds the small forms of punctuation, but not the small # and *, which would read as markup', () => {
    expect(normalize('(記者﹕李潔盈)﹙圖﹚﹐完﹗').text).toBe('(記者:李潔盈)(圖),完!\n')
    expect(normalize('﹟ 標題 ﹡').text).toBe('﹟ 標題 ﹡\n')
  })

  it('reads a Hong Kong credit with the small colon as the byline', () => {
    const article = parseDispatch('# 警方拘捕三男\n\n【明報專訊】警方昨日拘捕三名男子。\n\n(記者﹕李潔盈)\n')
      .articles[0]!
    expect(article.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['李潔盈', 'reporter']])
  })

  it('reads a reporter and a place set apart by a division slash as the lead', () => {
    const article = parseDispatch('# 立法院三讀通過預算案\n\n記者王小明\u2215台北報導 立法院今天三讀通過總預算案。\n')
      .articles[0]!
    expect([article.dateline?.place, article.byline?.contributors[0]?.name]).toEqual(['台北', '王小明'])
  })

  it('folds the same with or without a Latin letter that sends the text the long way', () => {
    // `ñ` is no pinyin vowel but lies in the range the quick check looks for
    expect(normalize('（Peña）\u3000，').text).toBe('(Peña) ,\n')
    expect(normalize('（Pena）\u3000，').text).toBe('(Pena) ,\n')
  })

  it('drops the CR of CRLF and a leading BOM, mapping offsets back', () => {
    const input = '\uFEFF# 标题\r\n正文\r\n'
    const n = normalize(input)
    expect(n.text).toBe('# 标题\n正文\n')
    const start = n.text.indexOf('正文')
    expect(input.slice(toInputOffset(n, start), toInputEnd(n, start + 2))).toBe('正文')
    // the end of `标题` maps before the dropped \r
    const title = n.text.indexOf('标题')
    expect(input.slice(toInputOffset(n, title), toInputEnd(n, title + 2))).toBe('标题')
  })

  it('turns a lone CR into a line feed', () => {
    expect(normalize('一\r二').text).toBe('一\n二\n')
  })

  it('drops the pinyin glosses a converter printed after a character, mapping offsets back', () => {
    const input = '新華網(wǎng)新加坡電,復(fù)雜。'
    const n = normalize(input)
    expect(n.text).toBe('新華網新加坡電,復雜。\n')
    const place = n.text.indexOf('新加坡')
    expect(input.slice(toInputOffset(n, place), toInputEnd(n, place + 3))).toBe('新加坡')
    // a span that ends on the glossed character leaves the gloss out; one across it keeps it
    expect(input.slice(0, toInputEnd(n, 3))).toBe('新華網')
    expect(input.slice(0, toInputEnd(n, 7))).toBe('新華網(wǎng)新加坡電')
  })

  it('keeps a gloss that closes a line or the input, so the spans ending there keep it', () => {
    expect(normalize('現(xiàn)\n場(chǎng)').text).toBe('現(xiàn)\n場(chǎng)\n')
    expect(normalize('現(xiàn)  \n').text).toBe('現(xiàn)  \n')
    const page = '# 标题\n\n正文一句。\n現(xiàn)'
    expect(brokenPromises(page, parseDispatch(page))).toEqual([])
  })

  it('keeps brackets of letters with no tone mark, and any after a non-Han character', () => {
    expect(normalize('图(a)和ERP(qǐ)').text).toBe('图(a)和ERP(qǐ)\n')
  })

  it('reads a dateline through a gloss: the text as printed, the outlet without it', () => {
    const page = '新華網(wǎng)新加坡7月8日電(記者張永興)新加坡的報紙日前刊登了專訪。\n'
    const { dateline, byline } = parseDispatch(page).articles[0]!
    expect(dateline).toMatchObject({ text: '新華網(wǎng)新加坡7月8日電', outlet: '新華網', place: '新加坡' })
    expect(byline?.contributors).toMatchObject([{ name: '張永興', role: 'reporter' }])
  })
})

describe('normalize with { markup: true }', () => {
  const read = (input: string) => normalize(input, { markup: true })
  /** The input under a span of the view. */
  const under = (input: string, n: ReturnType<typeof read>, start: number, end: number) =>
    input.slice(toInputOffset(n, start), toInputEnd(n, end))

  it('reads a block tag as a line break and drops an inline one', () => {
    const input =
      '<p>本报讯（记者 王芳）昨天，<a href="/tag/1" title="东昌府区"><span>东昌府区</span></a>召开会议。</p><p>会议要求<br/>抓落实。</p>'
    const n = read(input)
    expect(n.text).toBe('\n本报讯(记者 王芳)昨天,东昌府区召开会议。\n\n会议要求\n抓落实。\n')
    // a span across a dropped tag takes it, as printed; one beside it leaves it out
    const place = n.text.indexOf('东昌府区')
    expect(under(input, n, place, place + 4)).toBe('东昌府区')
    expect(under(input, n, place - 3, place + 6)).toBe(
      '昨天，<a href="/tag/1" title="东昌府区"><span>东昌府区</span></a>召开',
    )
  })

  it('says where the markup stands in the input', () => {
    const input = '<p>正文&nbsp;一</p>'
    const markup = [...read(input).markup!]
    expect(markup).toEqual([0, 3, 5, 11, 12, 16])
    expect(input.slice(5, 11)).toBe('&nbsp;')
  })

  it('reads the names of HTML only: text that mentions < is text', () => {
    for (const text of [
      '增幅<10%',
      'a<b and c>d',
      '《人民日报》',
      '<abc>与<x-y>',
      'x < y',
      '<!-- 注 -->',
      '&foo;与&#0;',
    ]) {
      const n = read(text)
      expect(n.text).toBe(`${text}\n`)
      expect(n.markup).toBeUndefined()
    }
  })

  it('reads entities as their characters, a span ending on one taking the whole of it', () => {
    const input = '他说：&ldquo;好&rdquo;&#12889;&#x4E2D;&amp;'
    const n = read(input)
    expect(n.text).toBe('他说:“好”㉙中&\n')
    const quote = n.text.indexOf('“')
    expect(under(input, n, quote, quote + 3)).toBe('&ldquo;好&rdquo;')
    expect(under(input, n, quote + 1, quote + 2)).toBe('好')
  })

  it('reads a string’s escapes only where the text is an escaped string', () => {
    // literal \n and no real line break: a string's content
    expect(read('第一段。\\n\\t第二段\\"引\\"。').text).toBe('第一段。\n\t第二段"引"。\n')
    // \" around a tag's attribute value: the same, though there are real line breaks
    expect(read('<div class=\\"w\\">\n正文\\"。</div>').text).toBe('\n\n正文"。\n')
    // a backslash in ordinary text is text
    expect(read('路径C:\\new\n第二行\\n').text).toBe('路径C:\\new\n第二行\\n\n')
    expect(read('<p>甲\\n乙</p>\n<p>丙</p>').text).toBe('\n甲\\n乙\n\n\n丙\n')
  })

  it('reads a list of string literals as its literals, each a block of its own', () => {
    const input = "    # names = [\n    #     '本报讯（记者 王芳）3月',\n    #     '（记者\\u3000张三）',\n    # ]\n"
    const n = read(input)
    expect(n.text).toBe('\n本报讯(记者 王芳)3月\n\n(记者 张三)\n\n\n')
    // escapes inside the literals are what they stand for; a single quoted line is no list
    expect(read("  '甲\\n乙',\n正文。\n").text).toBe("  '甲\\n乙',\n正文。\n")
    // every literal but the last ends in a comma
    expect(read("'甲'\n'乙'\n").markup).toBeUndefined()
  })

  it('leaves markup alone without the option', () => {
    expect(normalize('<p>正文&nbsp;</p>').text).toBe('<p>正文&nbsp;</p>\n')
  })
})
