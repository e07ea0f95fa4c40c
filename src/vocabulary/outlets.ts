/**
 * Outlets: the organisations a dateline or byline names. A bare `融媒体`/`全媒体` opening a
 * byline is the outlet and its names are reporters (`(融媒体 全兴社)`).
 */
export const builtinOutlets: readonly string[] = [
  '本报',
  '本刊', // a magazine's or a digest's own `本报`: `【本刊讯】`
  '新华社',
  '中新社',
  '中新网',
  '人民网',
  '新华网',
  '中央社',
  '融媒体',
  '全媒体',
  '融媒',
]
