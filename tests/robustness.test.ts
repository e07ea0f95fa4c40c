import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { loadFixtures } from '../src/testing/index.js'
import { brokenPromises } from '../src/testing/promises.js'

const pages = loadFixtures(new URL('../fixtures/', import.meta.url).pathname).map((f) => f.input)

/** Every promise at once: no throw, spans valid, nothing lost, schema passes, deterministic. */
function holdsPromises(input: string): void {
  const result = parseDispatch(input)
  expect(brokenPromises(input, result)).toEqual([])
  expect(parseDispatch(input)).toEqual(result)
}

/** Characters that mean something to the grammar, mixed with ordinary text. */
const pageChar = fc.constantFrom(
  '#',
  '#',
  ' ',
  ' ',
  '\n',
  '\n',
  '\r',
  '*',
  '(',
  ')',
  '（',
  '）',
  '\u3000',
  '\uFEFF',
  '讯',
  '訊',
  '电',
  '记',
  '者',
  '。',
  '”',
  '—',
  '融',
  '媒',
  '体',
  '张',
  '三',
  '本',
  '报',
  '1',
  '2',
  '月',
  '日',
  'a',
  '\t',
  '\uD800',
  '\uDC00',
)

describe('any string', () => {
  it('keeps every promise on random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), holdsPromises), { numRuns: 300 })
  })

  it('keeps every promise on strings made of the grammar’s own characters', () => {
    fc.assert(fc.property(fc.string({ unit: pageChar, maxLength: 600 }), holdsPromises), { numRuns: 500 })
  })

  it('keeps every promise on binary-looking input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holdsPromises), { numRuns: 200 })
  })
})

describe('mutated fixtures', () => {
  const page = fc.constantFrom(...pages)
  const lines = (text: string) => text.split('\n')

  it('keep every promise with lines deleted, duplicated or swapped', () => {
    const edit = fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap'), fc.nat(), fc.nat())
    fc.assert(
      fc.property(page, fc.array(edit, { maxLength: 8 }), (text, edits) => {
        const out = lines(text)
        for (const [kind, a, b] of edits) {
          const i = a % out.length
          const j = b % out.length
          if (kind === 'delete') out.splice(i, 1)
          else if (kind === 'duplicate') out.splice(i, 0, out[i]!)
          else [out[i], out[j]] = [out[j]!, out[i]!]
          if (out.length === 0) out.push('')
        }
        holdsPromises(out.join('\n'))
      }),
      { numRuns: 150 },
    )
  })

  it('keep every promise truncated at any offset', () => {
    fc.assert(
      fc.property(page, fc.nat(), (text, at) => holdsPromises(text.slice(0, at % (text.length + 1)))),
      { numRuns: 150 },
    )
  })

  it('keep every promise with CRLF line ends and a BOM', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (text, bom) =>
        holdsPromises((bom ? '\uFEFF' : '') + text.replace(/\n/g, '\r\n')),
      ),
      { numRuns: 40 },
    )
  })

  it('read the same with CRLF as with LF', () => {
    for (const text of pages) {
      const lf = parseDispatch(text)
      const crlf = parseDispatch(text.replace(/\n/g, '\r\n'))
      // texts are the input as it stands, so a title set on two lines keeps its CR: compare without it
      const shape = (r: typeof lf) =>
        JSON.stringify(
          r.articles.map((a) => [a.headline.title?.text, a.paragraphs.map((p) => p.text), a.byline?.text]),
        ).replaceAll('\\r', '')
      expect(shape(crlf)).toEqual(shape(lf))
    }
  })
})

/**
 * Linear time: the cost of 8n against n, with a generous bound (a quadratic step would be ~64×).
 * Each size is timed as the best of a few runs, and anything under 2 ms counts as 2 ms, to keep
 * noise out.
 */
function growth(make: (n: number) => string, n: number): number {
  const time = (text: string): number => {
    let best = Infinity
    for (let i = 0; i < 3; i++) {
      const start = performance.now()
      const result = parseDispatch(text)
      best = Math.min(best, performance.now() - start)
      expect(result.schemaVersion).toBe(1)
    }
    return best
  }
  time(make(n)) // warm up
  return time(make(8 * n)) / Math.max(time(make(n)), 2)
}

describe('adversarial input runs in linear time', () => {
  const cases: [string, (n: number) => string, number][] = [
    ['one long line', (n) => '今年以来,我区'.repeat(n / 7), 1 << 17],
    ['many (', (n) => '('.repeat(n), 100_000],
    ['many ( on their own lines', (n) => '(\n'.repeat(n / 2), 100_000],
    ['many *', (n) => '*'.repeat(n), 100_000],
    ['many #', (n) => '#'.repeat(n), 100_000],
    ['many # lines', (n) => '# 标题\n'.repeat(n / 5), 100_000],
    ['many datelines on one line', (n) => '**东昌府讯**'.repeat(n / 9), 100_000],
    ['many datelines on their own lines', (n) => '**东昌府讯** 正文\n'.repeat(n / 13), 100_000],
    ['many bylines', (n) => '(融媒体 全兴社)\n'.repeat(n / 10), 100_000],
    ['a page repeated', (n) => pages[0]!.repeat(Math.max(1, Math.round(n / pages[0]!.length))), 100_000],
    ['many briefs under one banner', (n) => `# 简讯\n\n${'**标题** 正文。\n'.repeat(n / 10)}`, 100_000],
    ['many bracketed leads', (n) => '〔记者王小明／'.repeat(n / 7), 100_000],
    ['many titles after names', (n) => '习近平总书记'.repeat(n / 6), 100_000],
    ['many bold lines on a page without #', (n) => '**标题**\n'.repeat(n / 7), 100_000],
    ['many paragraphs that open a quote', (n) => `# 标题\n\n${'“他说\n\n'.repeat(n / 5)}”`, 100_000],
  ]
  it.each(cases)('%s', (_name, make, n) => {
    expect(growth(make, n)).toBeLessThan(24)
  })

  it('reads 10 MB on one line', () => {
    const input = '稳岗返还'.repeat(2_500_000)
    const result = parseDispatch(input)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.paragraphs[0]!.text.length).toBe(input.length)
  })
})

describe('found by the properties above', () => {
  it('a briefs banner at the page end splits nothing', () => {
    const input =
      '**一是**强化要素保障。（记者 王芳）\n\n**我区开展消防安全检查** 12月18日，检查企业35家。（记者 孙明）\n\n**东昌府区举办农民丰收节**\n\n近日，丰收节举办。\n\n# 简讯\n'
    holdsPromises(input)
    expect(parseDispatch(input).articles).toHaveLength(1)
  })
})
