/** Splits `---` front matter from a Markdown page, keeping line numbers of the body intact. */
export interface Split {
  /** YAML text of the front matter, or undefined when the page has none. */
  yaml?: string;
  /** The body with the front matter replaced by blank lines, so positions stay true. */
  body: string;
}

export function splitFrontMatter(text: string): Split {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text };
  const lines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  return { yaml: m[1], body: '\n'.repeat(lines) + text.slice(m[0].length) };
}
