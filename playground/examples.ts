// The pages the playground offers, bundled as text (esbuild's text loader).
import seed from '../fixtures/seed/dongchangfu-2022-12-page.md'
import hkTw from '../fixtures/conventions/hk-tw-leads.md'
import rmrb from '../eval/sets/pages/raw/01-rmrb-20200101-p01-zhengxie-chahuahui.txt'
import taiwan from '../eval/sets/pages/raw/104-udn-20210405-taroko-four-reporters.txt'
import county from '../eval/sets/pages/raw/77-zhangzi-xianbao-yaowen-jianbao.txt'

export const EXAMPLES: { name: string; text: string; issueDate?: string }[] = [
  { name: '东昌府 county paper, 2022 (the seed page)', text: seed, issueDate: '2022-12-22' },
  { name: '人民日报 2020-01-01, a crawled record', text: rmrb, issueDate: '2020-01-01' },
  { name: 'Hong Kong and Taiwan leads', text: hkTw, issueDate: '2022-12-22' },
  { name: '聯合報 2021, four reporters', text: taiwan },
  { name: '长子县报 briefs', text: county },
]
