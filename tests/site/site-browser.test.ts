import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/browser.ts';
import { ROOT, tempDir } from '../helpers/project.ts';

// The languages the issue names; every leaflet page in each of them is checked.
const LOCALES = ['en', 'ar', 'fa', 'th', 'ti', 'zh-Hans', 'uk'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Contacts {
  contacts: Array<{ id: string; phones?: Array<{ e164?: string; short?: string; display?: string }> }>;
}
const CONTACTS = parse(readFileSync(join(ROOT, 'content/contacts.yaml'), 'utf8')) as Contacts;
const digits = (s: string) => s.replace(/\D/g, '');

if (!hasChromium() && !process.env.CI) console.log(`notice: ${CHROMIUM} is not installed: the site's browser tests are skipped (apt-get install chromium; CI installs it)`);

// CI installs Chromium (.ci/run), so there the tests run always, and fail if it is missing.
describe.runIf(hasChromium() || process.env.CI)('the site in Chromium', () => {
  let site: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  /** Every request a page made that left output/site/. */
  const outside: string[] = [];
  const pages: string[] = [];

  beforeAll(async () => {
    const outDir = await tempDir('site');
    // One PDF is enough to show editions; the site has every leaflet in every language whatever the selection.
    await build({ root: ROOT, outDir, leaflet: 'kom-possible-victims', locale: 'ar', format: 'email-a4' });
    site = join(outDir, 'site');
    for (const leaflet of await readdir(site)) {
      if (leaflet === 'assets' || leaflet === 'index.html') continue;
      for (const locale of await readdir(join(site, leaflet))) if (LOCALES.includes(locale)) pages.push(`${leaflet}/${locale}/index.html`);
    }
    ({ context, close } = await launchChromium());
    const inside = pathToFileURL(site).href;
    // Every request is seen here (file: ones too); a web request is also stopped before it leaves.
    context.on('request', (request) => {
      if (!request.url().startsWith(`${inside}/`)) outside.push(request.url());
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith(`${inside}/`) ? route.continue() : route.abort();
    });
  });
  afterAll(async () => close?.());

  async function open(file: string, width: number): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pathToFileURL(join(site, file)).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  }

  it('has a page for every leaflet in each of the languages checked', () => {
    // kom has all seven; no-stay-safe en, uk, ar, fa; and more.
    expect(pages.filter((p) => p.startsWith('kom-possible-victims/')).length).toBe(LOCALES.length);
    expect(pages.length).toBeGreaterThan(LOCALES.length + 5);
  });

  it('has no WCAG 2.1 A or AA violation (axe-core) on the index and on every page checked', async () => {
    const found: string[] = [];
    for (const file of ['index.html', ...pages]) {
      const page = await open(file, 320);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const result = await (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)})`);
      }, AXE_TAGS);
      found.push(...violations.map((v) => `${file}: ${v}`));
      await page.close();
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('never scrolls sideways at 320 px, and makes no request outside the site', async () => {
    const wide: string[] = [];
    for (const file of ['index.html', ...pages]) {
      const page = await open(file, 320);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if ((scroll ?? 0) > (client ?? 0)) wide.push(`${file}: ${scroll} px wide in a 320 px window`);
      await page.close();
    }
    expect(wide).toEqual([]);
    expect(outside).toEqual([]);
  }, 300_000);

  it('calls the numbers of contacts.yaml: every tel: link dials a registered number and shows its digits', async () => {
    const registered = new Map(CONTACTS.contacts.flatMap((c) => (c.phones ?? []).map((p) => [digits(p.e164 ?? p.short ?? ''), digits(p.display ?? p.short ?? '')] as const)));
    const wrong: string[] = [];
    let links = 0;
    for (const file of pages) {
      const page = await open(file, 1024);
      for (const { href, text, dir } of await page.$$eval('a[href^="tel:"]', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '', dir: a.getAttribute('dir') })))) {
        links++;
        const national = registered.get(digits(href));
        // The link shows the number as printed in its country, or with the country code before it.
        if (national === undefined || !digits(text).endsWith(national)) wrong.push(`${file}: ${href} shows "${text}"`);
        if (dir !== 'ltr') wrong.push(`${file}: ${href} is not kept left to right`);
      }
      await page.close();
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThan(pages.length);
  }, 300_000);

  it('reads as a document: lang and dir, one h1, an h2 per section, real lists, the hotline first, the draft notice', async () => {
    const page = await open('kom-possible-victims/ar/index.html', 1024);
    const shape = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      h1: document.querySelectorAll('h1').length,
      h2: [...document.querySelectorAll('h2')].map((h) => h.textContent),
      lists: document.querySelectorAll('main ul li').length,
      afterH1: document.querySelector('h1')?.nextElementSibling?.className,
      draft: [...document.querySelectorAll('.draft')].map((d) => d.textContent),
      scripts: document.querySelectorAll('script').length,
    }));
    const text = parse(await readFile(join(ROOT, 'content/leaflets/kom-possible-victims/ar.yaml'), 'utf8')) as { sections: Array<{ heading: string }> };
    expect(shape).toMatchObject({ lang: 'ar', dir: 'rtl', h1: 1, afterH1: 'hotline', scripts: 0 });
    expect(shape.h2.slice(0, text.sections.length)).toEqual(text.sections.map((s) => s.heading));
    expect(shape.lists).toBeGreaterThan(5);
    // A machine translation says so at the top and at the foot, as every page of its PDF does.
    expect(shape.draft).toEqual(['ترجمة آلية، لم تُراجَع بعد', 'ترجمة آلية، لم تُراجَع بعد']);
    await page.close();
  });

  it('needs no JavaScript, and every link inside the site leads to a file that is there', async () => {
    const missing: string[] = [];
    for (const file of ['index.html', ...pages]) {
      const html = await readFile(join(site, file), 'utf8');
      expect(html, file).not.toMatch(/<script|<noscript|\son[a-z]+=/i);
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (!url || /^(tel:|mailto:|https:)/.test(url) || url.startsWith('#')) continue;
        expect(url, `${file}: ${url}`).not.toMatch(/^(\/|[a-z]+:)/);
        const path = url.replace(/#.*$/, '');
        const target = join(site, file, '..', path === '' || path.endsWith('/') ? `${path}index.html` : path);
        await readFile(target).catch(() => missing.push(`${file}: ${url}`));
      }
    }
    expect(missing).toEqual([]);
  }, 120_000);
});
