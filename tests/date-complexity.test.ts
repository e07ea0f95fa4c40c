import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractDates } from '../src/index.js'
import { expectLinear } from './helpers/growth.js'

/** A text of about `n` characters of news sentences, varied in content, lines ended by CRLF. */
function newsText(n: number, seed: number): string {
  const pieces = fc.sample(
    fc.constantFrom(
      '12月21日',
      '今年以来',
      '上周五',
      '春节',
      '下午3点半',
      '截至11月底',
      '2016-2018',
      '1月3日至10日',
      '农历腊月',
      '，全区完成投资',
      '20.4%',
      '会议召开。',
      '他说',
      '\r\n',
      '记者从有关部门获悉',
      '近日',
      '6月第3个星期日',
    ),
    { numRuns: Math.ceil(n / 5), seed },
  )
  return pieces.join('').slice(0, n)
}

describe('extractDates runs in linear time', () => {
  it('takes at most about 8 times as long on 8 times the text, CRLF included', () => {
    expect(newsText(32_000, 12)).toContain('\r\n')
    expectLinear(
      (n, v) => newsText(n, 12 + v),
      (text) => extractDates(text, { issueDate: '2022-12-22' }),
      4_000,
    )
  })

  it('maps every span of a CRLF text back to the input', () => {
    const text = newsText(8_000, 7)
    for (const m of extractDates(text, { issueDate: '2022-12-22' }))
      expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
  })
})
