// Facts read inside a Chromium page. The scripts are plain browser JavaScript kept as strings,
// because the project's TypeScript settings have no DOM types. Each script is a function
// expression that takes one JSON argument.
import type {Page} from 'playwright-core';

/** Runs one of the scripts below in the page with a JSON argument and returns its result. */
export async function evaluate<T>(
  page: Page,
  script: string,
  argument: unknown = null,
): Promise<T> {
  return (await page.evaluate(`(${script})(${JSON.stringify(argument)})`)) as T;
}

export interface TextFacts {
  lang: string;
  title: string;
  text: string;
  scrollWidth: number;
  viewportWidth: number;
  images: number;
  backgroundImages: number;
}

/** Language, visible text, width against the window, and images of any kind. */
export const TEXT_FACTS = `function () {
  var all = document.querySelectorAll('*');
  var backgroundImages = 0;
  for (var i = 0; i < all.length; i++) {
    if (getComputedStyle(all[i]).backgroundImage !== 'none') backgroundImages++;
  }
  return {
    lang: document.documentElement.lang,
    title: document.title,
    text: document.body.innerText,
    scrollWidth: document.documentElement.scrollWidth,
    viewportWidth: document.documentElement.clientWidth,
    images: document.querySelectorAll('img, picture, svg image, object, embed, iframe').length,
    backgroundImages: backgroundImages
  };
}`;

export interface HeadingFact {
  level: number;
  text: string;
}

export const HEADINGS = `function () {
  return Array.prototype.map.call(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), function (h) {
    return {level: Number(h.tagName.charAt(1)), text: h.innerText.trim()};
  });
}`;

export interface TableFact {
  /** Text of the first header row, empty when the table has no th cells. */
  headers: string[];
  /** Header cells without scope="col" or scope="row". */
  unscoped: number;
  bodyRows: number;
}

/** Data tables, that is every table not marked role="presentation". */
export const DATA_TABLES = `function () {
  var tables = document.querySelectorAll('table:not([role="presentation"])');
  return Array.prototype.map.call(tables, function (table) {
    var ths = table.querySelectorAll('th');
    var unscoped = 0;
    for (var i = 0; i < ths.length; i++) {
      var scope = ths[i].getAttribute('scope');
      if (scope !== 'col' && scope !== 'row') unscoped++;
    }
    var firstRow = table.querySelector('tr');
    var headers = firstRow ? Array.prototype.map.call(firstRow.querySelectorAll('th'), function (th) {
      return th.innerText.trim();
    }) : [];
    return {headers: headers, unscoped: unscoped, bodyRows: table.querySelectorAll('tbody tr').length};
  });
}`;

export interface ColourFact {
  text: string;
  colour: string;
  background: string;
  /** Contrast of the text colour against the nearest background, for elements with own text. */
  contrast: number;
  /** True when the element has text nodes of its own, so its contrast matters. */
  hasText: boolean;
  /** True for a coloured box with rounded corners, the look of a status badge. */
  badge: boolean;
}

/**
 * Every visible element that paints its own background colour, and every visible text leaf,
 * with the contrast ratio (WCAG 2 formula) of its text colour against the nearest background.
 */
export const COLOURS = `function () {
  function rgb(value) {
    var m = /rgba?\\(([\\d.]+), ([\\d.]+), ([\\d.]+)(?:, ([\\d.]+))?\\)/.exec(value);
    if (!m) return null;
    return {r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4]};
  }
  function luminance(c) {
    function channel(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  }
  function background(element) {
    for (var e = element; e; e = e.parentElement) {
      var c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) return c;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  }
  function visible(e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; }
  var facts = [];
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var e = all[i];
    if (!visible(e) || e.tagName === 'SCRIPT' || e.tagName === 'STYLE') continue;
    var style = getComputedStyle(e);
    var own = rgb(style.backgroundColor);
    var paints = own && own.a > 0;
    var ownText = '';
    for (var n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) ownText += n.nodeValue;
    ownText = ownText.trim();
    if (!paints && ownText === '') continue;
    var fg = rgb(style.color);
    var bg = background(e);
    var l1 = luminance(fg), l2 = luminance(bg);
    facts.push({
      text: e.innerText.trim().slice(0, 60),
      colour: style.color,
      background: style.backgroundColor,
      contrast: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05),
      hasText: ownText !== '',
      badge: !!paints && parseFloat(style.borderTopLeftRadius) > 0 && style.display.indexOf('inline') === 0
    });
  }
  return facts;
}`;
