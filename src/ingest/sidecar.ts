// Reads a record's JSON sidecar (`<name>.json`): metadata the page lost, whose values win over parsed ones.

/** Sidecar keys and the metadata heading each one fills. */
export const SIDECAR_FIELDS: Record<string, string> = {
  recordId: 'Record ID', title: 'Title', date: 'Date', language: 'Language', archive: 'Original Archive',
  source: 'Source', citation: 'Source', translator: 'Translated by', url: 'URL', rights: 'Rights', type: 'Type',
  authors: 'Author(s)', author: 'Author(s)', places: 'Associated Places', people: 'Associated People & Organizations',
  uploaded: 'Original Uploaded Date', license: 'License',
};

export type Sidecar =
  | { ok: true; fields: Record<string, string>; unknown: string[] }
  | { ok: false; reason: string };

/** Parses sidecar JSON; arrays become one value per line, nested objects are refused. Never throws. */
export function readSidecar(text: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'the top level is not an object' };
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const text = valueText(value);
    if (text === null) return { ok: false, reason: `the value of "${key}" is not text, a number or a list of them` };
    const heading = Object.hasOwn(SIDECAR_FIELDS, key) ? SIDECAR_FIELDS[key] : undefined;
    if (!heading) unknown.push(key);
    fields[heading ?? key] = text;
  }
  return { ok: true, fields, unknown };
}

function valueText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('\n');
  return null;
}
