// The HTML pages over HTTP: the reading view of the example record, an entity page, the index; headers and markup rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServeHandle } from '../../src/stages/serve.js';
import { EXAMPLE_ID, get, pipelineOutput, serveForTest } from './helpers.js';

let server: ServeHandle;
let done: () => void;
let reading = '';

beforeAll(async () => {
  const out = await pipelineOutput();
  done = out.done;
  server = await serveForTest(out.dir);
  reading = await (await get(new URL(`/doc/record/${EXAMPLE_ID}.html`, server.url).href)).text();
}, 120_000);
afterAll(async () => {
  await server?.close();
  done?.();
});

const page = async (path: string): Promise<string> => (await get(new URL(path, server.url).href)).text();
const all = (text: string, pattern: RegExp): RegExpMatchArray[] => [...text.matchAll(pattern)];

/** No inline script, no event-handler attribute, no style attribute, no javascript: URL in any tag. */
function expectNoInlineCode(text: string): void {
  expect(all(text, /<script\b[^>]*>/g).map((m) => m[0])).toEqual(['<script src="/static/app.js" defer>']);
  expect(text).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(text).not.toMatch(/<[^>]*\sstyle\s*=/i);
  expect(text).not.toMatch(/javascript:/i);
}

describe('the reading view of the example record', () => {
  it('lists the 66 turns in order, each with its speaker', () => {
    const turns = all(reading, /<li class="turn" id="turn-(\d+)" data-turn="(\d+)"><a href="([^"]+)" class="speaker"[^>]*>([^<]+)<\/a>/g);
    expect(turns.map((m) => Number(m[2]))).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    const counts: Record<string, number> = {};
    for (const m of turns) counts[m[4] ?? ''] = (counts[m[4] ?? ''] ?? 0) + 1;
    expect(counts).toEqual({ Stalin: 32, 'Mao Zedong': 29, 'Zhou Enlai': 3, Molotov: 2 });
    expect(turns[0]?.[3]).toBe('/person/joseph-stalin');
  });

  it('links the mentions in the turns to their entities, placed on the words the annotations select', () => {
    expect(reading).toContain('the existing agreements between the <a class="mention" href="/group/soviet-union"');
    expect(reading).toContain('title="Soviet Union">USSR</a>');
    expect(reading).toContain('<a class="mention" href="/person/andrey-vyshinsky" data-entity="https://w3id.org/lodscribe/person/andrey-vyshinsky" title="Andrey Vyshinsky">Vyshinskii</a>');
    expect(all(reading, /class="mention"/g).length).toBeGreaterThan(90);
  });

  it('shows the editorial layer apart, each insertion with its kind, and a switch for it', () => {
    // each insertion takes one space beside it along, so the text reads well with the layer hidden
    expect(reading).toContain('entrust it to <span class="editorial" data-kind="role-gloss" title="Editorial (role-gloss)">[Soviet Foreign Minister Andrei] </span><a class="mention"');
    expect(reading).toMatch(/Dalny<\/a><span class="editorial" data-kind="alternative-name"[^>]*> \[<a class="mention"[^>]*>Dairen<\/a>; <a class="mention"[^>]*>Dalian<\/a>\]<\/span>\./);
    expect(reading).toContain('since <span class="editorial" data-kind="supplied-word" title="Editorial (supplied-word)">[a] </span>provincial');
    expect(reading).toContain('<span class="editorial" data-kind="pseudonym" title="Editorial (pseudonym)"> /<a class="mention"');
    expect(reading).toContain('<button id="toggle-editorial" type="button" aria-pressed="true" hidden>');
    expect(reading).toContain('<span class="aside">says comr. <a class="mention"');
  });

  it('gives the summary, the rights, and the provenance (source SHA-256, the run)', () => {
    expect(reading).toContain('<p class="summary">Conversation between Stalin and Mao concerning');
    expect(reading).toContain('<p class="rights">The History and Public Policy Program welcomes reuse');
    expect(reading).toMatch(/<dt>Source text SHA-256<\/dt><dd><code>[0-9a-f]{64}<\/code><\/dd>/);
    expect(reading).toMatch(/<ul class="runs"><li>lodscribe \S+ run over 1 record\(s\)/);
  });

  it('has no inline script or handlers, and links its formats', () => {
    expectNoInlineCode(reading);
    expect(reading).toContain(`<link rel="alternate" type="text/turtle" href="/doc/record/${EXAMPLE_ID}.ttl">`);
  });
});

describe('other pages', () => {
  it("an entity page: labels, types, Wikidata, the records naming it with the turns", async () => {
    const text = await page('/doc/person/joseph-stalin.html');
    expect(text).toContain('<h1>Joseph Stalin</h1>');
    expect(text).toContain('<code>crm:E21_Person</code>');
    expect(text).toContain('<a href="http://www.wikidata.org/entity/Q855" class="same-as" rel="external noopener noreferrer">');
    expect(text).toContain(`<a href="/record/${EXAMPLE_ID}" class="record-link">Record of Talks between I.V. Stalin`);
    expect(text).toContain(`Speaks in turns <a href="/doc/record/${EXAMPLE_ID}.html#turn-1">1</a>`);
    expectNoInlineCode(text);
  });

  it('the index lists the records; other resources list their statements; /sparql offers a form', async () => {
    const index = await page('/');
    expect(index).toContain(`<a href="/record/${EXAMPLE_ID}" class="record-link">`);
    expect(await page(`/doc/record/${EXAMPLE_ID}/turn/1.html`)).toContain('<code>schema:sender</code>');
    const form = await (await get(new URL('/sparql', server.url).href, { accept: 'text/html' })).text();
    expect(form).toContain('<form method="get" action="/sparql">');
    expectNoInlineCode(index);
    expectNoInlineCode(form);
  });

  it('serves the script and style sheet with their types and a strict policy on every page', async () => {
    const js = await get(new URL('/static/app.js', server.url).href);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toContain("getElementById('toggle-editorial')");
    const r = await get(new URL('/', server.url).href);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
