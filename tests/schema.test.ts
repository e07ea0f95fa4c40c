import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { ArticleSchema, DispatchResultSchema, parseDispatch, SpanSchema } from '../src/index.js'

describe('the exported schemas', () => {
  it('accept a result and reject a broken one, naming the place', () => {
    const result = parseDispatch('# 标题\n\n**本报讯** 正文。  \n(记者 张三)\n')
    expect(DispatchResultSchema.safeParse(result).success).toBe(true)
    const broken = structuredClone(result)
    broken.articles[0]!.span.start = -1
    const checked = DispatchResultSchema.safeParse(broken)
    expect(checked.success).toBe(false)
    expect(checked.error?.issues[0]?.path).toEqual(['articles', 0, 'span', 'start'])
    expect(SpanSchema.safeParse({ start: 1.5, end: 2 }).success).toBe(false)
    expect(DispatchResultSchema.safeParse({ ...result, schemaVersion: 2 }).success).toBe(false)
  })

  it('give a JSON Schema', () => {
    const schema = z.toJSONSchema(DispatchResultSchema) as { properties: Record<string, unknown>; required: string[] }
    expect(schema.required).toEqual(['schemaVersion', 'articles', 'leftovers', 'diagnostics'])
    const span = z.toJSONSchema(SpanSchema) as { properties: Record<string, { type: string; minimum: number }> }
    expect(span.properties.start).toMatchObject({ type: 'integer', minimum: 0 })
    expect(Object.keys((z.toJSONSchema(ArticleSchema) as { properties: object }).properties)).toEqual([
      'span',
      'column',
      'headline',
      'dateline',
      'byline',
      'credits',
      'paragraphs',
      'dates',
      'figures',
      'people',
      'quotes',
    ])
  })

  it('expose their shape', () => {
    expect(Object.keys(SpanSchema.shape)).toEqual(['start', 'end'])
  })
})
