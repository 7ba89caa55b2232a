// escapeHtml and the html template, safe links, and marking up nested ranges of a text.
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, link, raw, safeHref } from '../../src/serve/html.js';
import { markUp, type Span } from '../../src/serve/spans.js';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '&lt;already&gt;'];

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it.each(PAYLOADS)('leaves no markup character of %s', (payload) => {
    expect(escapeHtml(payload)).not.toMatch(/[<>"']/);
  });

  it('keeps other text as it is (astral code points, line ends, NUL)', () => {
    expect(escapeHtml('𝔘 ñ\n\u0000 ok')).toBe('𝔘 ñ\n\u0000 ok');
  });
});

describe('html template', () => {
  it('escapes every interpolated value in content and attributes, joins arrays, drops null and booleans', () => {
    const out = html`<p title="${PAYLOADS[1]}">${PAYLOADS[0]}${['<i>', 2]}${null}${false}${undefined}</p>`;
    expect(out.value).toBe('<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;&lt;i&gt;2</p>');
  });

  it('keeps fragments built by html or raw', () => {
    expect(html`<div>${html`<b>${'<x>'}</b>`}${raw('<br>')}</div>`.value).toBe('<div><b>&lt;x&gt;</b><br></div>');
  });
});

describe('links', () => {
  it('allows local paths and http(s) URLs only', () => {
    expect(safeHref('/person/x')).toBe('/person/x');
    expect(safeHref('https://www.wikidata.org/entity/Q855')).toBe('https://www.wikidata.org/entity/Q855');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example/x', 'vbscript:x', 'http://a b']) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });

  it('writes an unsafe link as its text only, and marks outside links external', () => {
    expect(link('javascript:alert(1)', '<x>').value).toBe('&lt;x&gt;');
    expect(link('http://www.wikidata.org/entity/Q855', 'Q855').value).toBe('<a href="http://www.wikidata.org/entity/Q855" rel="external noopener noreferrer">Q855</a>');
    expect(link('/a?b="c"', 'x').value).toBe('<a href="/a?b=&quot;c&quot;">x</a>');
  });
});

describe('markUp', () => {
  const span = (start: number, end: number, tag: string, rank: number, isLink = false): Span => ({ start, end, open: raw(`<${tag}>`), close: raw(`</${tag}>`), rank, link: isLink });

  it('nests ranges, escapes the text between them, counts code points', () => {
    const text = '𝔘 Dalny [Dairen; <Dalian>]';
    const out = markUp(text, [span(8, 26, 'em', 1), span(2, 7, 'a', 2, true), span(9, 15, 'a', 2, true), span(17, 25, 'a', 2, true)]);
    expect(out.value).toBe('𝔘 <a>Dalny</a> <em>[<a>Dairen</a>; <a>&lt;Dalian&gt;</a>]</em>');
  });

  it('leaves out a range that crosses another, a link inside a link, and ranges outside the text', () => {
    const out = markUp('abcdefgh', [span(0, 4, 'em', 1), span(2, 6, 'i', 1), span(0, 8, 'a', 2, true), span(1, 3, 'a', 2, true), span(7, 12, 'b', 0), span(3, 3, 'u', 0)]);
    expect(out.value).toBe('<a><em>abcd</em>efgh</a>');
  });
});
