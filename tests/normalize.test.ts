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
