// A minimal SVG writer: every attribute value and text node is escaped, and
// every element is closed, so the output is well-formed XML.
import {escapeHtml, SafeHtml} from '../escape';

export type SvgAttributes = Record<string, string | number>;

/** A child is an element built by `svg` or text, which is escaped. */
export type SvgChild = SafeHtml | string;

function attributeText(attributes: SvgAttributes): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/** Builds one element; it self-closes when it has no children. */
export function svg(
  name: string,
  attributes: SvgAttributes = {},
  ...children: SvgChild[]
): SafeHtml {
  const open = `<${name}${attributeText(attributes)}`;
  if (children.length === 0) return new SafeHtml(`${open}/>`);
  const inner = children
    .map(child =>
      child instanceof SafeHtml ? child.markup : escapeHtml(child),
    )
    .join('');
  return new SafeHtml(`${open}>${inner}</${name}>`);
}

/** Rounds a coordinate to 0.1 so the markup stays short. */
export function coordinate(value: number): number {
  return Math.round(value * 10) / 10;
}
