// Compiles HtmlService templates: <? code ?>, <?= printed and escaped ?>, <?!= printed raw ?>.

/** Escapes text for an HTML element or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  return printable(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// NOTE: Apps Script escapes by context (HTML, attribute, URL, script); the emulator always
// applies HTML escaping, and prints null and undefined as nothing.
function printable(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

/**
 * Translates a template into the source of a function expression
 * `(vars, escape, raw) => string`. Template variables are reachable as plain names through a
 * `with` block, so the source must run in sloppy mode.
 */
export function compileTemplate(template: string): string {
  const lines: string[] = [];
  let last = 0;
  for (const match of template.matchAll(SCRIPTLET)) {
    const text = template.slice(last, match.index);
    if (text) lines.push(`__out.push(${JSON.stringify(text)});`);
    const [, kind, code] = match;
    if (kind === '=') lines.push(`__out.push(__escape(${code}));`);
    else if (kind === '!=') lines.push(`__out.push(__raw(${code}));`);
    else lines.push(code);
    last = match.index! + match[0].length;
  }
  const tail = template.slice(last);
  if (tail) lines.push(`__out.push(${JSON.stringify(tail)});`);
  return [
    '(function (__vars, __escape, __raw) {',
    '  var __out = [];',
    '  var output = {',
    '    append: function (s) { __out.push(__raw(s)); return output; },',
    '    appendUntrusted: function (s) { __out.push(__escape(s)); return output; },',
    '  };',
    '  with (__vars) {',
    ...lines,
    '  }',
    "  return __out.join('');",
    '})',
  ].join('\n');
}

export type TemplateFunction = (
  vars: Record<string, unknown>,
  escape: (value: unknown) => string,
  raw: (value: unknown) => string,
) => string;

/** Runs compiled template source through `evaluate` (the sandbox's, when a bundle is loaded). */
export function renderTemplate(
  template: string,
  vars: Record<string, unknown>,
  evaluate: (source: string) => unknown,
): string {
  const render = evaluate(compileTemplate(template)) as TemplateFunction;
  return render(vars, escapeHtml, printable);
}
