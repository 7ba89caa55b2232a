// Generates src/rdf/vocab/{crm,schema}.ts and test/fixtures/vocab/crm-facts.json from the reference RDFS files.
// Usage: node scripts/gen-vocab.mjs <reference-dir> [--check]   (e.g. node scripts/gen-vocab.mjs ../shared/reference)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CRM_FILE = 'cidoc-crm/CIDOC_CRM_v7.1.2.ttl';
const SCHEMA_FILE = 'schemaorg/schemaorg-current-http.ttl';
const SCHEMA_RELEASE = '30.0';
const CRM = 'http://www.cidoc-crm.org/cidoc-crm/';
const SDO = 'http://schema.org/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';

function load(refDir, rel) {
  const text = readFileSync(join(refDir, rel), 'utf8');
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { rel, sha256, quads: new Parser({ format: 'text/turtle' }).parse(text) };
}

/** E1 < E2 < E10 < E33_E41 …; P1 < P1i < P2; then plain code-unit order. */
function crmOrder(a, b) {
  const ma = /^([A-Z]+)(\d+)(.*)$/.exec(a);
  const mb = /^([A-Z]+)(\d+)(.*)$/.exec(b);
  if (ma && mb) {
    if (ma[1] !== mb[1]) return ma[1] < mb[1] ? -1 : 1;
    if (ma[2] !== mb[2]) return Number(ma[2]) - Number(mb[2]);
    return ma[3] < mb[3] ? -1 : ma[3] > mb[3] ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
const plainOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Map subject → sorted values of predicate (local names when inside ns). */
function index(quads, predicate, ns) {
  const out = new Map();
  for (const q of quads) {
    if (q.predicate.value !== predicate || !q.subject.value.startsWith(ns)) continue;
    const s = q.subject.value.slice(ns.length);
    const o = q.object.value.startsWith(ns) ? q.object.value.slice(ns.length) : q.object.value;
    if (!out.has(s)) out.set(s, []);
    out.get(s).push(o);
  }
  return out;
}

function typed(quads, type, ns) {
  const names = quads
    .filter((q) => q.predicate.value === `${RDF}type` && q.object.value === type && q.subject.value.startsWith(ns))
    .map((q) => q.subject.value.slice(ns.length));
  return [...new Set(names)];
}

function closure(name, direct) {
  const seen = new Set();
  const stack = [...(direct.get(name) ?? [])];
  while (stack.length > 0) {
    const n = stack.pop();
    if (seen.has(n) || n === name) continue;
    seen.add(n);
    stack.push(...(direct.get(n) ?? []));
  }
  return [...seen].sort(crmOrder);
}

function crmModel(src) {
  const { quads } = src;
  const classes = typed(quads, `${RDFS}Class`, CRM).sort(crmOrder);
  const properties = typed(quads, `${RDF}Property`, CRM).sort(crmOrder);
  const version = quads.find((q) => q.predicate.value === `${OWL}versionInfo`)?.object.value ?? '';
  const sub = index(quads, `${RDFS}subClassOf`, CRM);
  const subP = index(quads, `${RDFS}subPropertyOf`, CRM);
  const [dom, rng, inv] = ['domain', 'range'].map((p) => index(quads, `${RDFS}${p}`, CRM)).concat([index(quads, `${OWL}inverseOf`, CRM)]);
  const short = (v) => (v === `${RDFS}Literal` ? 'rdfs:Literal' : v);
  const one = (map, p, what) => {
    const v = map.get(p) ?? [];
    if (v.length !== 1) throw new Error(`CRM property ${p} has ${v.length} ${what} values`);
    return short(v[0]);
  };
  const classFacts = Object.fromEntries(classes.map((c) => [c, closure(c, sub)]));
  const propertyFacts = Object.fromEntries(properties.map((p) => {
    const fact = { domain: one(dom, p, 'rdfs:domain'), range: one(rng, p, 'rdfs:range') };
    const inverse = inv.get(p)?.[0];
    const superProperties = closure(p, subP);
    return [p, { ...fact, ...(inverse ? { inverse } : {}), ...(superProperties.length ? { superProperties } : {}) }];
  }));
  return { version, classes, properties, classFacts, propertyFacts };
}

function schemaModel(src) {
  const { quads } = src;
  const classes = typed(quads, `${RDFS}Class`, SDO).sort(plainOrder);
  const properties = typed(quads, `${RDF}Property`, SDO).sort(plainOrder);
  const known = new Set([...classes, ...properties]);
  const members = [...new Set(quads
    .filter((q) => q.predicate.value === `${RDF}type` && q.subject.value.startsWith(SDO) && q.object.value.startsWith(SDO))
    .map((q) => q.subject.value.slice(SDO.length)))].filter((n) => !known.has(n)).sort(plainOrder);
  const bad = [...known, ...members].filter((n) => !/^[A-Za-z0-9][A-Za-z0-9_]*$/.test(n));
  if (bad.length > 0) throw new Error(`unexpected schema.org local names: ${bad.join(', ')}`);
  const superseded = Object.fromEntries([...index(quads, `${SDO}supersededBy`, SDO)].sort(([a], [b]) => plainOrder(a, b)).map(([k, v]) => [k, v.sort(plainOrder)]));
  const pending = [...index(quads, `${SDO}isPartOf`, SDO)].filter(([, v]) => v.includes('http://pending.schema.org')).map(([k]) => k).sort(plainOrder);
  return { classes, properties, members, superseded, pending };
}

const list = (name, items) => `export const ${name} = [\n${items.map((n) => `  '${n}',`).join('\n')}\n] as const;\n`;

function crmTs(src, m) {
  return `// GENERATED by scripts/gen-vocab.mjs from ${src.rel} — do not edit.
// Source: FORTH-ICS, "${m.version}" (sha256 ${src.sha256}).
// CIDOC CRM by ICOM/CIDOC CRM-SIG, RDFS encoding by FORTH-ICS; licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
// ${m.classes.length} classes (rdfs:Class), ${m.properties.length} properties (rdf:Property): local names of the
// crm: namespace (declared in src/rdf/namespaces.ts).

export const CRM_RELEASE = ${JSON.stringify(m.version)};

${list('CRM_CLASSES', m.classes)}
${list('CRM_PROPERTIES', m.properties)}`;
}

function schemaTs(src, m) {
  return `// GENERATED by scripts/gen-vocab.mjs from ${src.rel} — do not edit.
// Source: Schema.org release ${SCHEMA_RELEASE} (sha256 ${src.sha256}); schema licence CC BY-SA 3.0
// (https://creativecommons.org/licenses/by-sa/3.0/). ${m.classes.length} classes, ${m.properties.length} properties,
// ${m.members.length} enumeration members: local names of the schema: namespace (declared in src/rdf/namespaces.ts).

export const SCHEMA_RELEASE = '${SCHEMA_RELEASE}';

${list('SCHEMA_CLASSES', m.classes)}
${list('SCHEMA_PROPERTIES', m.properties)}
${list('SCHEMA_ENUMERATION_MEMBERS', m.members)}`;
}

/** JSON with one entry per line below the second level, so the file stays small but diffable. */
function compactJson(value, depth = 0) {
  const pad = ' '.repeat(depth * 2);
  if (depth >= 2 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Array.isArray(value)
    ? value.map((v) => compactJson(v, depth + 1))
    : Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${compactJson(v, depth + 1)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return entries.length === 0 ? open + close : `${open}\n${entries.map((e) => `${pad}  ${e}`).join(',\n')}\n${pad}${close}`;
}

function facts(crmSrc, crm, schemaSrc, schema) {
  return {
    generatedBy: 'scripts/gen-vocab.mjs',
    crm: {
      source: crmSrc.rel, sha256: crmSrc.sha256, release: crm.version, licence: 'CC BY 4.0',
      namespace: CRM,
      note: 'classes: transitive superclasses (excluding the class itself); properties: rdfs:domain, rdfs:range, owl:inverseOf, transitive rdfs:subPropertyOf',
    },
    crmClasses: crm.classFacts,
    crmProperties: crm.propertyFacts,
    schema: { source: schemaSrc.rel, sha256: schemaSrc.sha256, release: SCHEMA_RELEASE, licence: 'CC BY-SA 3.0', namespace: SDO },
    schemaClasses: schema.classes,
    schemaProperties: schema.properties,
    schemaEnumerationMembers: schema.members,
    schemaPending: schema.pending,
    schemaSuperseded: schema.superseded,
  };
}

function emit(outputs, check) {
  let stale = 0;
  for (const [rel, text] of outputs) {
    const file = join(ROOT, rel);
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    if (check) {
      if (!same) { stale++; console.error(`stale: ${rel}`); }
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    if (!same) writeFileSync(file, text);
    console.log(`${same ? 'unchanged' : 'wrote'} ${rel}`);
  }
  if (stale > 0) process.exitCode = 1;
}

function main(argv) {
  const refDir = argv.find((a) => !a.startsWith('--'));
  if (!refDir) {
    console.error('usage: node scripts/gen-vocab.mjs <reference-dir> [--check]');
    process.exitCode = 2;
    return;
  }
  const crmSrc = load(refDir, CRM_FILE);
  const schemaSrc = load(refDir, SCHEMA_FILE);
  const crm = crmModel(crmSrc);
  const schema = schemaModel(schemaSrc);
  console.log(`CRM ${crm.version}: ${crm.classes.length} classes, ${crm.properties.length} properties`);
  console.log(`schema.org ${SCHEMA_RELEASE}: ${schema.classes.length} classes, ${schema.properties.length} properties, ${schema.members.length} enumeration members`);
  emit([
    ['src/rdf/vocab/crm.ts', crmTs(crmSrc, crm)],
    ['src/rdf/vocab/schema.ts', schemaTs(schemaSrc, schema)],
    ['test/fixtures/vocab/crm-facts.json', `${compactJson(facts(crmSrc, crm, schemaSrc, schema))}\n`],
  ], argv.includes('--check'));
}

main(process.argv.slice(2));
