/**
 * Text that came from Gong, a model or a caller, made inert for a Markdown renderer: whatever it
 * holds (`![x](http://…)`, `[link](…)`, `<img src=…>`, `**`, `$…$`, `--`, a bare URL) renders as
 * the characters written, never as an image, a link, HTML, math or a typographic dash. Pure, so
 * workflows can render it.
 */

/**
 * Every ASCII punctuation Markdown, GFM, math and typographer extensions act on. CommonMark lets
 * any ASCII punctuation be escaped with a backslash, and the escape renders as the character.
 * `:` and `@` break GFM's bare-URL and e-mail autolinks; `&` keeps entities literal.
 */
const ACTIVE = /[\\`*_{}[\]()<>#+\-!|$~&:@=^]/g;

/** One line (or title) as inert Markdown text. */
export function inertText(text: string): string {
  return (
    text
      .replace(ACTIVE, '\\$&')
      // `www.` autolinks without a scheme; a number and a dot opening a line start a list.
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
      .replace(/^(\s*\d+)\./, '$1\\.')
      // Leading spaces would open a code block.
      .trimStart()
  );
}

/**
 * A multi-line answer as inert Markdown that keeps its shape: each line its own paragraph, and
 * lines the answer lists (`- …`) kept as one list. Only that structure is Markdown; every
 * character of the lines themselves is inert.
 */
export function inertAnswer(answer: string): string {
  const blocks: string[] = [];
  let previousWasItem = false;
  for (const raw of answer.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const item = /^- /.test(line);
    const text = item ? `- ${inertText(line.slice(2))}` : inertText(line);
    blocks.push(blocks.length === 0 ? '' : item && previousWasItem ? '\n' : '\n\n', text);
    previousWasItem = item;
  }
  return blocks.join('');
}
