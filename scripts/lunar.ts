/** Writes src/dates/lunar-table.ts from lunar-typescript. Usage: npm run lunar */
import { writeFileSync } from 'node:fs'
import { lunarTableSource } from './lunar-table.js'

const path = new URL('../src/dates/lunar-table.ts', import.meta.url)
writeFileSync(path, lunarTableSource())
console.log(`wrote ${path.pathname}`)
