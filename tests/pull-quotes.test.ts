import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const roles = (page: string) => parseDispatch(page).articles[0]!.paragraphs.map((p) => [p.role, p.text.slice(0, 8)])

describe('pull quotes: passages of the body printed again before it', () => {
  it('reads the opening paragraphs printed again later as pull quotes, even without their final mark', () => {
    const page = [
      '# 春天里的小城',
      '',
      '　　小城的春天来得格外早，河边的柳树已经发芽',
      '　　本报讯 今年以来，小城的面貌变化很大。',
      '　　走进城东，小城的春天来得格外早，河边的柳树已经发芽。游人络绎不绝。',
      '',
    ].join('\n')
    expect(roles(page)).toEqual([
      ['pull-quote', '小城的春天来得格'],
      ['body', '今年以来，小城的'],
      ['body', '走进城东，小城的'],
    ])
  })

  it('counts an excerpt as printed when most of its sentences are, one of them reworded', () => {
    const page = [
      '# 新年寄语',
      '',
      '　　我们用汗水浇灌收获，以实干笃定前行。成就凝结着奋斗者的心血。我们的朋友遍布天下',
      '　　新华社北京12月31日电 新年前夕，有关方面发表了新年寄语。',
      '　　一年来，我们用汗水浇灌收获，以实干笃定前行。成就凝结着奋斗者的心血。我们的朋友遍天下。',
      '',
    ].join('\n')
    expect(roles(page)[0]).toEqual(['pull-quote', '我们用汗水浇灌收'])
  })

  it('leaves an opening paragraph alone when the body does not print it again', () => {
    const page = '# 标题\n\n　　第一段讲的是一件事情的开头。\n　　第二段讲的是另一件事情的经过。\n'
    expect(roles(page).map(([role]) => role)).toEqual(['body', 'body'])
  })
})
