// One fresh process: import the built bundle, build the default parser, read one page.
// Prints the milliseconds that took. Usage: node bench/cold-start.mjs <page>
const start = performance.now()
const { readFileSync } = await import('node:fs')
const { parseDispatch } = await import('../dist/index.js')
const result = parseDispatch(readFileSync(process.argv[2], 'utf8'))
const ms = performance.now() - start
if (result.articles.length === 0) throw new Error('cold start read no article')
console.log(ms.toFixed(2))
