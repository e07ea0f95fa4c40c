/** Writes src/vocabulary/traditional-characters.ts from OpenCC's table. Usage: npm run traditional */
import { writeFileSync } from 'node:fs'
import { traditionalTableSource } from './traditional-table.js'

const path = new URL('../src/vocabulary/traditional-characters.ts', import.meta.url)
writeFileSync(path, traditionalTableSource())
console.log(`wrote ${path.pathname}`)
