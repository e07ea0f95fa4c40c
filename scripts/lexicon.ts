/** Writes src/vocabulary/surname-words.ts from jieba's dictionary. Usage: npm run lexicon */
import { writeFileSync } from 'node:fs'
import { surnameWordsSource } from './lexicon-table.js'

const path = new URL('../src/vocabulary/surname-words.ts', import.meta.url)
writeFileSync(path, surnameWordsSource())
console.log(`wrote ${path.pathname}`)
