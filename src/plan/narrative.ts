// Shape of section III of a plan ("Nhiệm vụ, giải pháp trọng tâm"): bullets and the
// "Chủ trì / Phối hợp / Thời gian / Sản phẩm" lines under them, each bullet assigned to the
// Phụ lục III row it describes or to a row of its own. docs/plan-mapping.md gives the rule.

/** A bullet of section III and the task it belongs to. */
export interface NarrativeBullet {
  /** Task code: a Phụ lục III row, or a new code continuing its group when no row covers it. */
  code: string;
  /** Whether no Phụ lục III row covers the bullet, so it becomes a task of its own. */
  newRow: boolean;
  text: string;
}

/**
 * Bullets followed by one block of field lines. The block applies to every bullet above it back
 * to the previous block, because the plan groups related bullets under shared fields.
 */
export interface NarrativeItem {
  bullets: NarrativeBullet[];
  /** Field lines as written, such as "Chủ trì: UBND xã.". */
  fields: string[];
}

export function mapped(code: string, text: string): NarrativeBullet {
  return {code, newRow: false, text};
}

export function added(code: string, text: string): NarrativeBullet {
  return {code, newRow: true, text};
}

/** Labels that start the field lines of a narrative item, by the task column they fill. */
const FIELD_LABELS = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
  time: 'Thời gian',
  product: 'Sản phẩm',
} as const;

/**
 * Returns the value of the item's field line that starts with the column's label, without the
 * label and without the sentence's closing period or semicolon; '' when the item has none.
 * A line holding two fields ("Thời gian: Thường xuyên. Sản phẩm: …") yields only its first.
 */
export function fieldValue(
  item: NarrativeItem,
  column: keyof typeof FIELD_LABELS,
): string {
  const label = FIELD_LABELS[column];
  const line = item.fields.find(field => field.startsWith(label));
  if (line === undefined) {
    return '';
  }

  // "Chủ trì tham mưu: …" and "Thời gian thực hiện: …" carry words after the label.
  const value = line.slice(line.indexOf(':') + 1).trim();
  return value.replace(/[.;]$/, '');
}

/** Returns a bullet's text followed by the item's field lines, one a line. */
export function detailOf(item: NarrativeItem, bullet: NarrativeBullet): string {
  return [bullet.text, ...item.fields].join('\n');
}
