/**
 * Words of two characters that say what kind of report follows, not who reports or from where:
 * words that end so before `报道` (`即时报道`, `即时资讯、特别报道`) are a section's label, never a
 * dateline with an outlet. Folded forms.
 */
export const REPORT_KINDS = new Set([
  '即时',
  '现场',
  '独家',
  '特别',
  '深度',
  '专题',
  '滚动',
  '连续',
  '追踪',
  '系列',
  '图片',
  '图文',
  '视频',
  '新闻',
  '最新',
])
