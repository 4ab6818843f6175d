// Structural checks on rendered markup, shared by the template tests.

/** Returns every absolute or protocol-relative URL in the markup. */
export function urlsIn(markup: string): string[] {
  return markup.match(/(?:https?:)?\/\/[^\s"'<>)]+/g) ?? [];
}

/** Counts the opening tags of an element, e.g. tagCount(markup, 'rect'). */
export function tagCount(markup: string, name: string): number {
  return (markup.match(new RegExp(`<${name}[\\s>/]`, 'g')) ?? []).length;
}

const VOID_HTML = new Set([
  'base',
  'br',
  'col',
  'hr',
  'img',
  'input',
  'link',
  'meta',
]);

/**
 * Returns the first nesting error of the markup, or null when every element
 * that opens also closes in order. Self-closing tags and HTML void elements
 * need no closing tag; comments, doctype and script contents are skipped.
 */
export function nestingError(markup: string): string | null {
  const stack: string[] = [];
  const tags = markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g);
  for (const [, closing, rawName, attributes] of tags) {
    const name = rawName.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}>`;
    } else if (!attributes.trim().endsWith('/') && !VOID_HTML.has(name)) {
      stack.push(name);
    }
  }
  return stack.length === 0 ? null : `<${stack[stack.length - 1]}> not closed`;
}

/** Returns the text of the markup with tags removed and entities decoded. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
