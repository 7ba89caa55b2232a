// Test-only loader hooks: a `./x.js` import from a .ts file resolves to `./x.ts`, transpiled by typescript (cached).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = join(tmpdir(), 'lodscribe-test-ts-cache');
let typescript;

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

/** Transpiles one file (typescript is loaded only when the cache lacks the file's current text). */
async function transpile(fileName, source) {
  const key = createHash('sha256').update(fileName).update('\0').update(source).digest('hex');
  const cached = join(CACHE, `${key}.js`);
  if (existsSync(cached)) return readFile(cached, 'utf8');
  typescript ??= (await import('typescript')).default;
  const compilerOptions = { module: typescript.ModuleKind.ESNext, target: typescript.ScriptTarget.ES2022, verbatimModuleSyntax: true };
  const output = typescript.transpileModule(source, { fileName, compilerOptions }).outputText;
  mkdirSync(CACHE, { recursive: true });
  const temporary = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temporary, output);
  await rename(temporary, cached);
  return output;
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const source = await transpile(fileName, await readFile(fileName, 'utf8'));
  return { format: 'module', source, shortCircuit: true };
}
