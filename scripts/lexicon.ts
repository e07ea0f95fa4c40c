/** Writes the tables derived from jieba's dictionary. Usage: npm run lexicon */
import { writeFileSync } from 'node:fs'
import { nameCharactersSource, predicateWordsSource, pronounWordsSource, surnameWordsSource } from './lexicon-table.js'

for (const [file, source] of [
  ['surname-words.ts', surnameWordsSource()],
  ['predicate-words.ts', predicateWordsSource()],
  ['name-characters.ts', nameCharactersSource()],
  ['pronoun-words.ts', pronounWordsSource()],
] as const) {
  const path = new URL(`../src/vocabulary/${file}`, import.meta.url)
  writeFileSync(path, source)
  console.log(`wrote ${path.pathname}`)
}
