import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { diagramsHtml } from '../grammar/diagrams.js'
import {
  nameCharactersSource,
  predicateWordsSource,
  pronounWordsSource,
  surnameWordsSource,
} from '../scripts/lexicon-table.js'
import { lunarTableSource } from '../scripts/lunar-table.js'
import { traditionalTableSource } from '../scripts/traditional-table.js'

it('grammar/diagrams.html is current (run `npm run diagrams` after changing a rule)', () => {
  const committed = readFileSync(new URL('../grammar/diagrams.html', import.meta.url), 'utf8')
  expect(committed).toBe(diagramsHtml())
  expect(committed).not.toMatch(/https?:\/\//)
})

it('src/vocabulary/traditional-characters.ts is current (run `npm run traditional` after updating opencc-js)', () => {
  const committed = readFileSync(new URL('../src/vocabulary/traditional-characters.ts', import.meta.url), 'utf8')
  expect(committed).toBe(traditionalTableSource())
})

it('src/vocabulary/surname-words.ts is current (run `npm run lexicon` after updating @node-rs/jieba)', () => {
  const committed = readFileSync(new URL('../src/vocabulary/surname-words.ts', import.meta.url), 'utf8')
  expect(committed).toBe(surnameWordsSource())
})

it('src/vocabulary/predicate-words.ts is current (run `npm run lexicon` after updating @node-rs/jieba)', () => {
  const committed = readFileSync(new URL('../src/vocabulary/predicate-words.ts', import.meta.url), 'utf8')
  expect(committed).toBe(predicateWordsSource())
})

it('src/vocabulary/name-characters.ts is current (run `npm run lexicon` after updating @node-rs/jieba)', () => {
  const committed = readFileSync(new URL('../src/vocabulary/name-characters.ts', import.meta.url), 'utf8')
  expect(committed).toBe(nameCharactersSource())
})

it('src/vocabulary/pronoun-words.ts is current (run `npm run lexicon` after updating @node-rs/jieba)', () => {
  const committed = readFileSync(new URL('../src/vocabulary/pronoun-words.ts', import.meta.url), 'utf8')
  expect(committed).toBe(pronounWordsSource())
})

it('src/dates/lunar-table.ts is current (run `npm run lunar` after updating lunar-typescript or a term holiday)', () => {
  const committed = readFileSync(new URL('../src/dates/lunar-table.ts', import.meta.url), 'utf8')
  expect(committed).toBe(lunarTableSource())
})
