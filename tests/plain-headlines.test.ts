import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const roles = (page: string) => {
  const { kicker, title, subtitle } = parseDispatch(page).articles[0]!.headline
  return [kicker?.text ?? null, title?.text ?? null, subtitle?.text ?? null]
}

describe('two headline lines of plain text', () => {
  const lead = '本报讯 12月18日,全区安全生产工作会议召开,部署今冬明春安全生产工作。\n'

  it('reads kicker and title by default', () => {
    expect(roles(`学习贯彻党的二十大精神\n全区安全生产工作会议召开\n${lead}`)).toEqual([
      '学习贯彻党的二十大精神',
      '全区安全生产工作会议召开',
      null,
    ])
  })

  it('reads title and subtitle when the second opens with ——', () => {
    expect(roles(`全区安全生产工作会议召开\n——部署今冬明春安全生产工作\n${lead}`)).toEqual([
      null,
      '全区安全生产工作会议召开',
      '——部署今冬明春安全生产工作',
    ])
  })

  it('reads title and subtitle when the second says what each leader did at the meeting', () => {
    expect(roles(`全区安全生产工作会议召开\n李明讲话 王芳主持\n${lead}`)).toEqual([
      null,
      '全区安全生产工作会议召开',
      '李明讲话 王芳主持',
    ])
    expect(roles(`全区安全生产工作会议召开\n王芳出席并讲话\n${lead}`)[2]).toBe('王芳出席并讲话')
  })

  it('keeps a kicker that names a leader’s act inside a longer phrase', () => {
    expect(roles(`王兴主持召开县长办公会\n安排部署重点工作任务\n${lead}`)[0]).toBe('王兴主持召开县长办公会')
  })
})
