// HTML escaping by default: the `safeHtml` tag escapes every interpolated value
// unless the value is already SafeHtml (built by `safeHtml` or marked with `raw`).
// The tag is not called `html` because prettier reformats templates tagged
// `html`, which adds whitespace inside inline elements and bloats emails.

/** Markup that is already safe to place in a document as is. */
export class SafeHtml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** Anything the `safeHtml` tag accepts; null, undefined and false render as nothing. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for element content and for quoted attribute values.
 * Text is normalised to NFC so that Vietnamese typed with a decomposing
 * keyboard looks and searches the same as the rest of the document.
 */
export function escapeHtml(text: string): string {
  return text.normalize('NFC').replace(/[&<>"']/g, char => ENTITIES[char]);
}

/** Marks trusted markup (never user-typed text) to be inserted unescaped. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.markup;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'number') return String(value);
  if (value === true) return 'true';
  return escapeHtml(value as string);
}

/** Tagged template that escapes each interpolated value unless it is SafeHtml. */
export function safeHtml(
  strings: TemplateStringsArray,
  ...values: HtmlValue[]
): SafeHtml {
  let markup = strings[0];
  for (let i = 0; i < values.length; i++) {
    markup += render(values[i]) + strings[i + 1];
  }
  return new SafeHtml(markup);
}

/** Joins fragments with a separator, escaping plain strings among them. */
export function joinHtml(
  values: readonly HtmlValue[],
  separator = '',
): SafeHtml {
  return new SafeHtml(values.map(render).join(separator));
}

/**
 * Returns the URL when it is an http(s) address, otherwise '#', so a typed
 * "javascript:" or "data:" link can never become an active href.
 */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s"'<>]+$/i.test(trimmed) ? trimmed : '#';
}

/**
 * Serialises data for a <script> block: `<`, `>`, `&` and the JavaScript line
 * separators are written as \u escapes, so typed text such as "</script>"
 * cannot close the block.
 */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value) ?? 'null';
  const escaped = json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new SafeHtml(escaped);
}
