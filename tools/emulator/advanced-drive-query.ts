// The subset of the Drive API v3 query language that the add-on uses ("name = '…' and
// '<id>' in parents and trashed = false"), read into a predicate over stored items.

import type {StoredFile, StoredItem} from './drive-store';

/** An error as the advanced services throw it for a failed API call. */
export class GoogleJsonResponseException extends Error {
  constructor(method: string, message: string) {
    super(`API call to drive.files.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

export type Matcher = (
  item: StoredItem | StoredFile,
  mimeType: string,
) => boolean;

/** Reads the subset of the Drive query language the add-on uses: clauses joined by "and". */
export function parseQuery(q: string): Matcher {
  // The Drive API lists trashed items too unless the query contains "trashed = false".
  if (q.trim() === '') return () => true;
  const tests = splitClauses(q).map(parseClause);
  return (item, mimeType) => tests.every(test => test(item, mimeType));
}

/** Splits a query at each " and " outside quoted strings, where \' escapes a quote. */
function splitClauses(q: string): string[] {
  const clauses: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < q.length; i++) {
    const char = q[i];
    if (quoted && char === '\\') {
      current += char + (q[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === "'") quoted = !quoted;
    const rest = q.slice(i);
    const joiner = /^\s+and\s+/i.exec(rest);
    if (!quoted && joiner) {
      clauses.push(current);
      current = '';
      i += joiner[0].length - 1;
      continue;
    }
    current += char;
  }
  clauses.push(current);
  return clauses;
}

function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, '$1');
}

const QUOTED = "'(?:[^'\\\\]|\\\\.)*'";

function parseClause(clause: string): Matcher {
  const text = clause.trim();
  const inParents = new RegExp(`^(${QUOTED})\\s+in\\s+parents$`).exec(text);
  if (inParents) {
    const parent = unquote(inParents[1]);
    return item => item.parentId === parent;
  }
  const compare = new RegExp(`^(name|mimeType)\\s*(=|!=)\\s*(${QUOTED})$`).exec(
    text,
  );
  if (compare) {
    const expected = unquote(compare[3]);
    const equal = compare[2] === '=';
    return (item, mimeType) =>
      ((compare[1] === 'name' ? item.name : mimeType) === expected) === equal;
  }
  const trashed = /^trashed\s*=\s*(true|false)$/.exec(text);
  if (trashed) {
    const wanted = trashed[1] === 'true';
    return item => item.trashed === wanted;
  }
  throw new GoogleJsonResponseException('list', `Invalid Value: ${text}`);
}
