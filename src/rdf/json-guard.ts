// JSON hygiene before JSON-LD processing: refuse keys and identifiers that could reach Object.prototype.

/** Names that reach Object.prototype when used as a property key (jsonld uses @id values as map keys). */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown for JSON that could pollute prototypes if handed to jsonld. */
export class UnsafeJsonError extends Error {
  override readonly name = 'UnsafeJsonError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Unsafe JSON-LD at ${path}: ${reason}`);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function describe(name: string): string {
  return JSON.stringify(name);
}

/** Keys whose string values jsonld may use as map keys: keywords and the `id` / `type` aliases of our context. */
function isIdentifierKey(key: string): boolean {
  return (key.startsWith('@') && key !== '@value') || key === 'id' || key === 'type';
}

/**
 * Throws UnsafeJsonError when any object key is `__proto__`, `constructor` or `prototype`, or when such a name is
 * the value of a keyword (`@id`, `@type`, `@vocab`, …) or of an `id` / `type` alias. Literal values may be anything.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function assertNoPrototypeKeys(value: unknown): void {
  const stack: { value: unknown; path: string; identifier: boolean }[] = [{ value, path: '$', identifier: false }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value: v, path, identifier } = item;
    if (typeof v === 'string') {
      if (identifier && FORBIDDEN_NAMES.has(v)) throw new UnsafeJsonError(path, `the identifier ${describe(v)} is not allowed`);
    } else if (Array.isArray(v)) {
      v.forEach((child, i) => stack.push({ value: child, path: `${path}[${i}]`, identifier }));
    } else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_NAMES.has(key)) throw new UnsafeJsonError(path, `the key ${describe(key)} is not allowed`);
        const child = (v as Record<string, unknown>)[key];
        stack.push({ value: child, path: `${path}.${key}`, identifier: isIdentifierKey(key) });
      }
    } else if (v !== null && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new UnsafeJsonError(path, `a ${typeof v} is not JSON`);
    }
  }
}

/**
 * JSON.parse (which defines `__proto__` as an own key, never as the prototype), then the prototype checks. The result
 * keeps ordinary prototypes: jsonld calls `hasOwnProperty` on the objects it is given.
 */
export function parseJsonSafely(text: string): Json {
  const parsed = JSON.parse(text) as Json;
  assertNoPrototypeKeys(parsed);
  return parsed;
}

export type { Json };
