// What prototype pollution looks like: own enumerable keys on the built-in prototypes (used by the guards in this folder).

const PROTOTYPES: [string, object][] = [['Object', Object.prototype], ['Array', Array.prototype], ['Function', Function.prototype], ['String', String.prototype]];

/** Own enumerable keys (strings and symbols) of the built-in prototypes, and anything `for…in` finds on a fresh object. */
export function pollutedKeys(): string[] {
  const found: string[] = [];
  for (const [name, proto] of PROTOTYPES) {
    for (const key of Reflect.ownKeys(proto)) {
      if (Object.getOwnPropertyDescriptor(proto, key)?.enumerable) found.push(`${name}.prototype[${String(key)}]`);
    }
  }
  for (const key in {}) found.push(`for…in {} sees ${key}`);
  return [...new Set(found)];
}
