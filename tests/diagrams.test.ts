import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { diagramsHtml } from '../grammar/diagrams.js'

it('grammar/diagrams.html is current (run `npm run diagrams` after changing a rule)', () => {
  const committed = readFileSync(new URL('../grammar/diagrams.html', import.meta.url), 'utf8')
  expect(committed).toBe(diagramsHtml())
  expect(committed).not.toMatch(/https?:\/\//)
})
