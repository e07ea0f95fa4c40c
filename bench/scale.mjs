// One fresh process: the page alone (warm, many calls) against the page repeated N times in one
// string (best of 3), so both figures come from the same warmed process.
// Usage: node bench/scale.mjs <page> <copies>   → JSON { single, perPage, maxRssMiB }
// With --rss-only, parses the repeated input once and reports only the peak RSS of that.
import { readFileSync } from 'node:fs'
import { parseDispatch } from '../dist/index.js'

const page = readFileSync(process.argv[2], 'utf8')
const copies = Number(process.argv[3])
const text = page.repeat(copies)

if (process.argv.includes('--rss-only')) {
  parseDispatch(text)
  console.log(
    JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024, megabytes: Buffer.byteLength(text) / 1e6 }),
  )
} else {
  const timeOnce = (input) => {
    const start = performance.now()
    parseDispatch(input)
    return performance.now() - start
  }
  const single = () => {
    let calls = 0
    const start = performance.now()
    while (performance.now() - start < 1000) {
      parseDispatch(page)
      calls++
    }
    return (performance.now() - start) / calls
  }
  single() // warm up
  const alone = single()
  let best = Infinity
  for (let i = 0; i < 3; i++) best = Math.min(best, timeOnce(text))
  const aloneAfter = single()
  console.log(JSON.stringify({ single: Math.min(alone, aloneAfter), perPage: best / copies }))
}
