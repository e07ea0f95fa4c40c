import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { decodeFile, highlighted, lineOf, marksOf } from '../playground/marks.js'

describe('the playground’s marks', () => {
  it('nest facts inside paragraphs, escape the text, and keep every character', () => {
    const page = '# 标题<1>\n\n**东昌府讯** 12月21日,投资5亿元。\n'
    const html = highlighted(page, marksOf(parseDispatch(page, { issueDate: '2022-12-22' })))
    expect(html).toContain('<span class="m-title" data-id="a0-title">标题&lt;1&gt;</span>')
    expect(html).toMatch(
      /<span class="m-paragraph" data-id="a0-p0"><span class="m-date" data-id="a0-date0">12月21日<\/span>/,
    )
    expect(
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    ).toBe(page)
  })

  it('cut a mark that crosses another’s edge at that edge', () => {
    const html = highlighted('abcdef', [
      { id: 'x', role: 'paragraph', start: 0, end: 4 },
      { id: 'y', role: 'date', start: 2, end: 6 },
    ])
    expect(html).toBe('<span class="m-paragraph" data-id="x">ab<span class="m-date" data-id="y">cd</span></span>ef')
  })

  it('count lines and decode UTF-8, GB18030, and refuse binary', () => {
    expect(lineOf('a\nb\nc', 4)).toBe(3)
    expect(decodeFile(new Uint8Array([0xb1, 0xea, 0xcc, 0xe2]))).toEqual({
      ok: true,
      text: '标题',
      encoding: 'GB18030',
    })
    expect(decodeFile(new Uint8Array([0x23, 0x00]))).toMatchObject({ ok: false })
  })
})
