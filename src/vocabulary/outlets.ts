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
  // the world's news agencies, as Chinese papers name them in the datelines they translate
  '塔斯社',
  '美联社',
  '合众国际社',
  '路透社',
  '法新社',
  '共同社',
  '时事社',
  '德新社',
  '安莎社',
  '埃菲社',
  '韩联社',
  '朝中社',
  '越通社',
  '俄新社',
  '卫星通讯社',
  '中通社',
  // the big papers of Taiwan, Hong Kong and Southeast Asia whose names no pattern tells (`…报`)
  '联合报',
  '中国时报',
  '自由时报',
  '苹果日报',
  '明报',
  '大公报',
  '文汇报',
  '星岛日报',
  '东方日报',
  '南洋商报',
  '星洲日报',
  '联合早报',
]

/**
 * How the name of a paper, a site or a station ends (`南洋网`, `滁州日报`, `正气天地博客网`), or of its
 * e-paper (`人民日报电子报`): a
 * line that holds such a name alone is a masthead above the articles, or a source line in one.
 */
export const OUTLET_NAME =
  /^[\u3400-\u9fff]{1,10}(?:网|日报|晚报|晨报|早报|商报|时报|周报|电视台|广播电台)(?:电子报|数字报|电子版)?$/

/**
 * How a dateline's words that brand an outlet rather than a place end (`长江日报`, `秀山网`, `澳门电台`,
 * `胶东在线`, `人民日报客户端`), and the county papers named `今日X` (`今日镇江`); not `烟台`, a city.
 * Broader than `OUTLET_NAME`: in a dateline any `…报` is a paper.
 */
export const OUTLET_BRAND = /^今日[\u3400-\u9fff]{2,4}$|(?:网|报|电视台|电台|广播台|在线|客户端|融媒)$/

/**
 * An e-paper's source line, the paper's name and the page of the day (`《 人民日报 》（ 2022年12月22日
 * 第 01 版）`, `《光明日报》( 2012年10月27日 06版)`), widths folded: furniture, on its own line or
 * after a credit.
 */
export const EPAPER_SOURCE = /《\s*[^》]{2,12}\s*》\s*\(\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第\s*)?\d+\s*版\s*\)/
