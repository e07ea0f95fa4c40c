/**
 * Text for HTML or XML: `&`, `<`, `>` and `"` as entities, so that it is safe in elements and in
 * quoted attributes alike.
 *
 * @example
 * escapeMarkup('A&B <标题>') //=> 'A&amp;B &lt;标题&gt;'
 */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
