import { defineConfig } from 'vitest/config'

/** `npm run test:browser`: the playground in headless Chromium (Debian's `chromium`). */
export default defineConfig({
  test: { include: ['tests-browser/**/*.test.ts'], testTimeout: 60_000 },
})
