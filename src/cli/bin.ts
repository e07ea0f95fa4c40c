#!/usr/bin/env node
import { main } from './main.js'

// a closed pipe (`baoxun parse … | head`) is a normal end, not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
process.exitCode = await main(process.argv.slice(2))
