/** Writes grammar/diagrams.html from the grammar. Usage: npm run diagrams */
import { writeFileSync } from 'node:fs'
import { diagramsHtml } from '../grammar/diagrams.js'

const path = new URL('../grammar/diagrams.html', import.meta.url)
writeFileSync(path, diagramsHtml())
console.log(`wrote ${path.pathname}`)
