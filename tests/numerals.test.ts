import { describe, expect, it } from 'vitest'
import { numberValue, smallNumber } from '../src/numerals.js'

describe('numberValue', () => {
  it.each([
    ['752.2亿', 75220000000],
    ['680.7亿', 68070000000],
    ['三千五百万', 35000000],
    ['1.2万', 12000],
    ['5,758', 5758],
    ['12,345.5', 12345.5],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十一', 21],
    ['一百零五', 105],
    ['六百', 600],
    ['二〇二二', 2022],
    ['廿三', 23],
    ['卅一', 31],
    ['一万两千', 12000],
    ['3万', 30000],
    ['100万亿', 1e14],
    ['一亿二千万', 120000000],
    ['三点五', 3.5],
    ['二点五万', 25000],
    ['一点二五亿', 125000000],
    ['0', 0],
  ])('%s → %d', (text, value) => {
    expect(numberValue(text)).toBe(value)
  })

  it.each(['', '点五', '三点', '三点两', '1.2.3', 'x', '三个', '廿廿', '十廿'])('%s → null', (text) => {
    expect(numberValue(text)).toBeNull()
  })
})

describe('smallNumber', () => {
  it.each([
    ['21', 21],
    ['二十一', 21],
    ['廿三', 23],
    ['十二', 12],
  ])('%s → %d', (text, value) => {
    expect(smallNumber(text)).toBe(value)
  })

  it.each(['100', '一百', '1.5', '三点五'])('%s → null', (text) => {
    expect(smallNumber(text)).toBeNull()
  })
})
