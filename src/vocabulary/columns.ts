/**
 * Column names that recur in papers: a heading that is one of them is a banner, never a title.
 * Plugins add their own paper's columns.
 */
export const builtinColumns: readonly string[] = [
  '人民观点',
  '人民论坛',
  '人民时评',
  '大使随笔',
  '新时代·面孔',
  '影像中国',
  '评论员观察',
  '今日谈',
  '本版编辑',
  '宣讲进行时',
  '编者按',
  '新闻链接',
  '记者手记',
  '相关链接',
  '新华时评',
  '权威发布',
  // genres a paper labels a piece with, before its title (`特写:港式记者阵 街坊均好奇`)
  '特写',
  '侧记',
  '专访',
  '综述',
  '述评',
  '短评',
  '快评',
  '时评',
  '图片新闻',
  '社论',
  '评论员文章',
  '本报评论员',
]
