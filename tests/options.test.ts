import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { isCalendarDate } from '../src/options.js'

const page = '# 标题\n\n**东昌府讯** 12月21日,会议召开。\n'

describe('options are validated, each error naming the option', () => {
  it.each([
    [{ issueDate: '2022-02-30' }, /issueDate must be a real date as YYYY-MM-DD, got "2022-02-30"/],
    [{ issueDate: '2022-13-40' }, /issueDate must be a real date/],
    [{ issueDate: '22/12/2022' }, /issueDate must be a real date/],
    [{ issueDate: 20221222 }, /issueDate must be a real date/],
    [{ strict: 'no' }, /strict must be true or false, got "no"/],
    [{ columnPlacement: 'below' }, /columnPlacement must be 'auto', 'before' or 'after'/],
    [{ issuedate: '2022-12-22' }, /"issuedate" is no option \(known: columnPlacement, strict, issueDate, extract\)/],
    [{ extract: { date: false } }, /extract\."date" is no option \(known: dates, figures, people, quotes\)/],
    [{ extract: { dates: 'off' } }, /extract\.dates must be true or false, got "off"/],
    [{ extract: false }, /extract must be an object of booleans/],
    ['strict', /options must be an object, got "strict"/],
  ])('%j', (options, message) => {
    expect(() => parseDispatch(page, options as never)).toThrow(TypeError)
    expect(() => parseDispatch(page, options as never)).toThrow(message)
  })

  it('takes good options', () => {
    const leapDay = '# 标题\n\n**东昌府讯** 2月21日,会议召开。\n'
    const result = parseDispatch(leapDay, { issueDate: '2024-02-29', strict: false, extract: { figures: false } })
    expect(result.articles[0]!.dates[0]!.start).toBe('2024-02-21')
    expect(result.articles[0]!.figures).toEqual([])
  })
})

describe('isCalendarDate', () => {
  it('knows the calendar: leap years, month lengths, years before 1000', () => {
    expect(['2024-02-29', '2000-02-29', '1999-12-31', '0022-01-01'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(['2023-02-29', '1900-02-29', '2022-04-31', '2022-00-10', '2022-1-01'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
