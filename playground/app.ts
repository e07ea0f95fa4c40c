import { type DispatchResult, parseDispatch } from '../src/index.js'
import { escapeMarkup as escapeHtml } from '../src/escape-markup.js'
import { EXAMPLES } from './examples.js'
import { decodeFile, highlighted, lineOf, marksOf, ROLES_SHOWN } from './marks.js'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const input = $<HTMLTextAreaElement>('input')
const source = $<HTMLPreElement>('source')
const issueDate = $<HTMLInputElement>('issue-date')
const status = $<HTMLSpanElement>('status')

function outline(result: DispatchResult): string {
  return result.articles
    .map((a, i) => {
      const at = `a${i}`
      const item = (id: string, field: string, text: string | undefined, cls = '') =>
        text
          ? `<div data-id="${at}-${id}" class="${cls}"><span class="field">${field}</span>${escapeHtml(text)}</div>`
          : ''
      const contributors = [a.byline, ...a.credits].flatMap((b) => b?.contributors ?? [])
      return `<div class="article" data-article="${i}">
        ${item('column', 'column', a.column?.text)}
        ${item('kicker', 'kicker', a.headline.kicker?.text)}
        ${item('title', `${i + 1}.`, a.headline.title?.text ?? '(no title)', 'title')}
        ${item('subtitle', 'subtitle', a.headline.subtitle?.text)}
        ${item('dateline', 'dateline', a.dateline ? `${a.dateline.text}${a.dateline.place ? ` (${a.dateline.place})` : ''}` : undefined)}
        ${item('byline', 'byline', contributors.map((c) => `${c.name} ${c.role}`).join(', ') || undefined)}
        ${a.paragraphs.map((p, j) => item(`p${j}`, p.role, `${p.text.slice(0, 40)}${p.text.length > 40 ? '…' : ''}`)).join('')}
        ${a.people.map((p, j) => item(`person${j}`, 'person', `${p.name}${p.titles.length ? ` (${p.titles.join('、')})` : ''}`)).join('')}
        ${a.quotes.map((q, j) => item(`quote${j}`, q.kind, `${q.text.slice(0, 30)}${q.speaker ? ` — ${q.speaker}` : ''}`)).join('')}
      </div>`
    })
    .join('')
}

function render(): void {
  const text = input.value
  let result: DispatchResult
  try {
    result = parseDispatch(text, issueDate.value ? { issueDate: issueDate.value } : {})
  } catch (error) {
    status.textContent = (error as Error).message
    return
  }
  status.textContent = `${result.articles.length} articles · ${result.diagnostics.length} diagnostics`
  source.innerHTML = highlighted(text, marksOf(result))
  $('outline').innerHTML = outline(result)
  $('diagnostics').innerHTML = result.diagnostics
    .map(
      (d, i) =>
        `<li data-diagnostic="${i}" class="severity-${d.severity}">${d.span ? `line ${lineOf(text, d.span.start)}: ` : ''}<b>${d.severity}</b> ${escapeHtml(d.code)} — ${escapeHtml(d.message)}</li>`,
    )
    .join('')
  $('json-text').textContent = JSON.stringify(result, null, 2)
  current = result
}
let current: DispatchResult | null = null

function load(text: string): void {
  input.value = text
  render()
}

// hovering an item lights its span, and the reverse
const hover = (event: Event, on: boolean) => {
  const id = (event.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id
  if (id === undefined) return
  for (const el of document.querySelectorAll(`[data-id="${id}"]`)) el.classList.toggle('hot', on)
}
for (const pane of [source, $('outline')]) {
  pane.addEventListener('mouseover', (e) => hover(e, true))
  pane.addEventListener('mouseout', (e) => hover(e, false))
}

$('diagnostics').addEventListener('click', (event) => {
  const i = Number((event.target as HTMLElement).closest<HTMLElement>('[data-diagnostic]')?.dataset.diagnostic)
  const span = current?.diagnostics[i]?.span
  if (!span) return
  input.focus()
  input.setSelectionRange(span.start, span.end)
  const line = lineOf(input.value, span.start)
  source.scrollTop = (line - 1) * parseFloat(getComputedStyle(source).lineHeight)
})

for (const button of document.querySelectorAll<HTMLButtonElement>('nav button'))
  button.addEventListener('click', () => {
    for (const b of document.querySelectorAll('nav button, .tab')) b.classList.remove('active')
    button.classList.add('active')
    $(button.dataset.tab!).classList.add('active')
  })

$('copy').addEventListener('click', () => {
  void navigator.clipboard?.writeText($('json-text').textContent ?? '')
  status.textContent = 'JSON copied'
})

async function readFile(file: File): Promise<void> {
  const read = decodeFile(new Uint8Array(await file.arrayBuffer()))
  if (!read.ok) {
    status.textContent = `${file.name}: ${read.problem}`
    return
  }
  load(read.text)
  status.textContent += ` · ${file.name} (${read.encoding})`
}
$<HTMLInputElement>('file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0]
  if (file) void readFile(file)
})
for (const zone of [source, input]) {
  zone.addEventListener('dragover', (e) => {
    e.preventDefault()
    source.classList.add('dragging')
  })
  zone.addEventListener('dragleave', () => source.classList.remove('dragging'))
  zone.addEventListener('drop', (e) => {
    e.preventDefault()
    source.classList.remove('dragging')
    const file = (e as DragEvent).dataTransfer?.files[0]
    if (file) void readFile(file)
  })
}

input.addEventListener('input', render)
issueDate.addEventListener('change', render)
const select = $<HTMLSelectElement>('example')
select.innerHTML = EXAMPLES.map((x, i) => `<option value="${i}">${escapeHtml(x.name)}</option>`).join('')
select.addEventListener('change', () => {
  const example = EXAMPLES[Number(select.value)]!
  issueDate.value = example.issueDate ?? ''
  load(example.text)
})
$('legend').innerHTML = ROLES_SHOWN.map((r) => `<span class="m-${r}">${r}</span>`).join('')
issueDate.value = EXAMPLES[0]!.issueDate ?? ''
load(EXAMPLES[0]!.text)
