// A record whose text carries HTML and script payloads: every page shows them as text, none becomes markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { get, pipelineOutput, serveForTest } from './helpers.js';
import { HOSTILE_ID, hostileInput } from './hostile-record.js';

let server: ServeHandle;
let cleanUp: () => void;

beforeAll(async () => {
  const input = hostileInput();
  const out = await pipelineOutput([input.file]);
  cleanUp = () => (out.done(), input.remove());
  server = await serveForTest(out.dir);
}, 120_000);
afterAll(async () => {
  await server?.close();
  cleanUp?.();
});

const fetchText = async (path: string): Promise<string> => {
  const r = await get(new URL(path, server.url).href);
  expect([path, r.status]).toEqual([path, 200]);
  return r.text();
};

/** The only tags are the page's own: one external script, no handler or style attributes, no tag from the data. */
function expectInert(text: string): void {
  expect([...text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/static/app.js" defer>']);
  expect(text).not.toMatch(/<(?:img|svg|b|iframe|object)\b/i);
  expect(text).not.toMatch(/<[^>]*\s(?:on[a-z]+|style)\s*=/i);
}

describe('hostile record', () => {
  it('the reading view shows the payloads as text', async () => {
    const text = await fetchText(`/doc/record/${HOSTILE_ID}.html`);
    expectInert(text);
    expect(text).toContain('<title>Record of Talks &lt;script&gt;alert(1)&lt;/script&gt; between Stalin and Mao Zedong &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(text).toContain('We should discuss &lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img src=x onerror=alert(1)&gt; with');
    expect(text).toContain('<span class="editorial" data-kind="other" title="Editorial (other)">[&lt;b onmouseover=alert(1)&gt;editors&lt;/b&gt;] </span>');
    expect(text).toContain('&#39;&gt;&lt;svg onload=alert(1)&gt;');
    expect(text).toContain('<p class="rights">The program welcomes reuse &lt;script&gt;alert(3)&lt;/script&gt; of these materials; some may be subject to copyright.</p>');
    expect(text).toContain('<p class="summary">Stalin and Mao Zedong discuss &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('so do the index, the entity pages, the statement pages and the SPARQL form', async () => {
    for (const path of ['/', '/doc/person/joseph-stalin.html', `/doc/record/${HOSTILE_ID}/turn/1.html`, `/doc/record/${HOSTILE_ID}/note/1.html`, '/sparql']) {
      const text = await fetchText(path);
      expectInert(text);
      if (path !== '/sparql') expect([path, text]).toEqual([path, expect.stringContaining('&lt;')]);
    }
  });

  it('the RDF documents still parse and keep the text exactly', async () => {
    const quads = parseRdf(await fetchText(`/doc/record/${HOSTILE_ID}.ttl`), 'turtle');
    expect(quads.some((q) => q.object.value.includes('<script>alert(1)</script>'))).toBe(true);
  });
});
