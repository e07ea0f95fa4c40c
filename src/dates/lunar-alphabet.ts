/** The 64 characters the generated lunar table (`lunar-table.ts`) writes six bits with, 0 first. */
export const LUNAR_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
