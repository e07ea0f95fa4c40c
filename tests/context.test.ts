import { describe, expect, it } from 'vitest'
import { defaultLexicon } from '../src/lexicon.js'
import { normalize } from '../src/normalize.js'
import { resolveOptions } from '../src/options.js'
import { createContext } from '../src/pipeline/create-context.js'

const contextOf = (input: string) => {
  const ctx = createContext(input, { start: 0, end: input.length }, resolveOptions({}), defaultLexicon())
  ctx.normalized = normalize(input)
  return ctx
}

describe('ctx.folded', () => {
  it('gives a span of the normalised text folded to Simplified, one unit for one', () => {
    const ctx = contextOf('本報記者 趙宗鋒\n今日天氣')
    expect(ctx.folded(0, 8)).toBe('本报记者 赵宗锋')
    expect(ctx.folded(9, 13)).toBe('今日天气')
    expect(ctx.folded(0, ctx.normalized.text.length)).toHaveLength(ctx.normalized.text.length)
  })

  it('folds the new text when a step replaces the normalised text', () => {
    const ctx = contextOf('東昌府訊')
    expect(ctx.folded(0, 4)).toBe('东昌府讯')
    ctx.normalized = normalize('聯合報訊')
    expect(ctx.folded(0, 4)).toBe('联合报讯')
  })
})
