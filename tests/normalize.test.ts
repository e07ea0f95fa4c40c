import { describe, expect, it } from 'vitest'
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
})
