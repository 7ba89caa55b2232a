// The pages in a real headless Chromium (Debian's, driven by playwright-core): turns, mention links, the editorial switch, no script from data.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServeHandle } from '../../src/stages/serve.js';
import { ROOT } from '../helpers.js';
import { EXAMPLE_ID, pipelineOutput, serveForTest } from '../serve/helpers.js';
import { HOSTILE_ID, hostileInput } from '../serve/hostile-record.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const present = existsSync(CHROMIUM);
const underCi = process.env['CI'] !== undefined;

if (!present && !underCi) {
  process.stderr.write(`browser tests skipped: ${CHROMIUM} is missing (install it with \`bash .ci/browser\` or \`apt-get install chromium\`)\n`);
}

describe.skipIf(!present && !underCi)('the pages in Chromium', () => {
  let browser: Browser;
  let server: ServeHandle;
  let cleanUp = (): void => {};

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} is missing: CI must install it (bash .ci/browser)`);
    const hostile = hostileInput();
    const out = await pipelineOutput([`${ROOT}examples/records`, hostile.file]);
    cleanUp = () => (out.done(), hostile.remove());
    server = await serveForTest(out.dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanUp();
  });

  /** A new page; every dialog (alert, confirm, prompt) is recorded and dismissed. */
  async function open(path: string, dialogs: string[] = []): Promise<Page> {
    const page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return page;
  }

  it('the record IRI leads to the reading view: 66 turns in order, with their speakers', async () => {
    const page = await open(`/record/${EXAMPLE_ID}`);
    expect(page.url()).toBe(new URL(`/doc/record/${EXAMPLE_ID}.html`, server.url).href);
    const turns = await page.$$eval('li.turn[data-turn]', (items) =>
      items.map((li) => [Number(li.getAttribute('data-turn')), li.querySelector('.speaker')?.textContent ?? ''] as const));
    expect(turns.map(([n]) => n)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    const counts: Record<string, number> = {};
    for (const [, speaker] of turns) counts[speaker] = (counts[speaker] ?? 0) + 1;
    expect(counts).toEqual({ Stalin: 32, 'Mao Zedong': 29, 'Zhou Enlai': 3, Molotov: 2 });
    await page.close();
  });

  it('a mention links to its entity page', async () => {
    const page = await open(`/doc/record/${EXAMPLE_ID}.html`);
    const mention = page.locator('li[data-turn="13"] a.mention', { hasText: 'Vyshinskii' });
    await Promise.all([page.waitForURL('**/doc/person/andrey-vyshinsky.html'), mention.click()]);
    expect(await page.locator('h1').textContent()).toBe('Andrey Vyshinsky');
    expect(await page.locator('a.record-link').first().getAttribute('href')).toBe(`/record/${EXAMPLE_ID}`);
    await page.close();
  });

  it('the switch hides and shows the editorial layer', async () => {
    const page = await open(`/doc/record/${EXAMPLE_ID}.html`);
    const toggle = page.locator('#toggle-editorial');
    const gloss = page.locator('li[data-turn="13"] .editorial[data-kind="role-gloss"]').first();
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await gloss.isVisible()).toBe(true);
    await toggle.click();
    expect(await gloss.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('li[data-turn="13"] a.mention', { hasText: 'Vyshinskii' }).isVisible()).toBe(true);
    await toggle.click();
    expect(await gloss.isVisible()).toBe(true);
    await page.close();
  });

  it('a record with HTML and script payloads runs no script and gains no element', async () => {
    const dialogs: string[] = [];
    for (const path of [`/doc/record/${HOSTILE_ID}.html`, '/doc/person/joseph-stalin.html', '/']) {
      const page = await open(path, dialogs);
      await page.locator('main').hover();
      for (const note of await page.locator('.editorial[data-kind="other"]').all()) await note.hover();
      const injected = await page.$$eval('main img, main svg, main script, main iframe, main b, main object', (els) => els.length);
      const scripts = await page.$$eval('script', (els) => els.map((s) => s.getAttribute('src')));
      expect([path, injected, scripts]).toEqual([path, 0, ['/static/app.js']]);
      await page.close();
    }
    const page = await open(`/doc/record/${HOSTILE_ID}.html`, dialogs);
    expect(await page.locator('h1').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('li[data-turn="1"] .text').textContent()).toContain('"><img src=x onerror=alert(1)>');
    await page.close();
    expect(dialogs).toEqual([]);
  });
});
