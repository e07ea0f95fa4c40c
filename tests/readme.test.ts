import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createParser, parseDispatch, type Plugin } from '../src/index.js'
import { loadFixtures } from '../src/testing/index.js'

const root = new URL('..', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** The code block right after `<!-- example: NAME -->` in the README. */
function example(name: string): string {
  const marker = readme.indexOf(`<!-- example: ${name} -->`)
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(marker))
  if (marker === -1 || block === null) throw new Error(`README has no example "${name}"`)
  return block[1]!
}

describe('README', () => {
  it('runs the worked example: the crawl-label plugin reads a crawled page like the built-in one', async () => {
    const dir = join(root, 'tests/.generated')
    mkdirSync(dir, { recursive: true })
    const file = join(dir, 'crawl-labels.example.ts')
    writeFileSync(file, example('crawl-labels'))
    const { myCrawlLabels } = (await import(/* @vite-ignore */ file)) as { myCrawlLabels: Plugin }
    const page = loadFixtures(join(root, 'fixtures')).find((f) => f.name.startsWith('dev/01-'))!.input
    const mine = createParser({ builtins: false, plugins: [myCrawlLabels] }).parse(page)
    expect(mine.articles[0]!.headline.title?.text).toBe('全国政协举行新年茶话会')
    const builtin = parseDispatch(page)
    expect(mine.articles.map((a) => a.headline)).toEqual(builtin.articles.map((a) => a.headline))
    expect(mine.leftovers).toEqual(builtin.leftovers)
  })

  it('lists every diagnostic code the library reports, and no other', () => {
    const codes = new Set<string>()
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else
          for (const m of readFileSync(path, 'utf8').matchAll(/(?:report\(\s*|code: )'([a-z]+\/[a-z0-9-]+)'/g))
            codes.add(m[1]!)
      }
    }
    walk(join(root, 'src'))
    const table = readme.slice(readme.indexOf('### Diagnostics'), readme.indexOf('### `createParser'))
    const documented = new Set([...table.matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \|/gm)].map((m) => m[1]!))
    expect([...documented].sort()).toEqual([...codes].sort())
  })
})
