import { existsSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPlayground, servePlayground } from '../scripts/playground.js'
import { parseDispatch } from '../src/index.js'

/** Debian's chromium (`apt-get install chromium`); CHROMIUM names another. Nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const seed = readFileSync(
  fileURLToPath(new URL('../fixtures/seed/dongchangfu-2022-12-page.md', import.meta.url)),
  'utf8',
)
const reading = parseDispatch(seed, { issueDate: '2022-12-22' })

describe('the playground in headless Chromium', () => {
  let browser: Browser
  let page: Page
  let server: ReturnType<typeof servePlayground>

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM)`)
    await buildPlayground()
    server = servePlayground(0)
    await new Promise((resolve) => server.once('listening', resolve))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    expect(errors).toEqual([])
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  it('reads a pasted page: six articles and their titles in the outline', async () => {
    await page.fill('#input', '')
    await page.fill('#input', seed)
    const titles = await page.locator('#outline .article .title').allTextContents()
    expect(titles).toEqual(reading.articles.map((a, i) => `${i + 1}.${a.headline.title?.text}`))
    expect(await page.locator('#status').textContent()).toMatch(/^6 articles/)
  })

  it('hovering a title in the outline highlights exactly its span in the source, and the reverse', async () => {
    const title = reading.articles[5]!.headline.title!
    await page.hover('#outline [data-id="a5-title"]')
    const lit = page.locator('#source .hot')
    expect(await lit.count()).toBe(1)
    expect(await lit.textContent()).toBe(seed.slice(title.span.start, title.span.end))
    await page.hover('#source [data-id="a1-title"]')
    expect(await page.locator('#outline .hot').textContent()).toContain(reading.articles[1]!.headline.title!.text)
    await page.screenshot({ path: fileURLToPath(new URL('../docs/playground.png', import.meta.url)) })
  })

  it('lists the diagnostics with line numbers', async () => {
    await page.click('nav button[data-tab="diagnostics"]')
    const items = await page.locator('#diagnostics li').allTextContents()
    expect(items).toHaveLength(reading.diagnostics.length)
    expect(items.some((t) => /^line \d+: warning structure\/text-after-byline/.test(t))).toBe(true)
    await page.click('nav button[data-tab="outline"]')
  })

  it('opens from a file with no server', async () => {
    const offline = await browser.newPage()
    await offline.goto(new URL('../playground/index.html', import.meta.url).href)
    await expect.poll(() => offline.locator('#outline .article').count()).toBe(6)
    await offline.close()
  })

  it('gives a bad file a readable message, and reads a GB18030 file', async () => {
    await page.setInputFiles('#file', {
      name: 'photo.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from([0x89, 0x50, 0x00, 0x01]),
    })
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('photo.md: This file is binary (it has NUL bytes), not the text of a page.')
    // 标题 / 正文。 in GB18030
    const gb = Buffer.from([0x23, 0x20, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3, 0x0a])
    await page.setInputFiles('#file', { name: 'gb.md', mimeType: 'text/markdown', buffer: gb })
    await expect.poll(() => page.locator('#outline .title').allTextContents()).toEqual(['1.标题'])
    expect(await page.locator('#status').textContent()).toContain('gb.md (GB18030)')
  })
})
