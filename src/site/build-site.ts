import { TOOL_DIR } from '../tool-dir.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { OutputFormat } from '../formats.ts';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { FontsManifest, Locale } from '../schema.ts';
import type { ManifestEntry } from '../write/index.ts';
import type { Edition } from '../../templates/html/_parts/editions.tsx';
import { IndexPage, type IndexLanguage } from '../../templates/html/index-page.tsx';
import { LeafletPage } from '../../templates/html/leaflet-page.tsx';
import { siteFonts } from './fonts.ts';
import { pagePath, up } from './paths.ts';
import { firstPagePicture } from './pictures.ts';

/** A file of the site: its path relative to output/site/, and its bytes. */
export interface SiteFile {
  file: string;
  bytes: Uint8Array;
}

export interface SiteInput {
  /** Project root: the fonts are read from its fonts/. */
  root: string;
  fonts: FontsManifest;
  /** Every leaflet in every language the site shows, in the project's order. */
  leaflets: LocalizedLeaflet[];
  /** Languages in the order of content/locales.yaml, for the index. */
  localeOrder: string[];
  /** The index's title languages (the language chart's `titleLocales`). */
  titleLocales: string[];
  /** Every PDF in output/ (the manifest's entries). */
  pdfs: ManifestEntry[];
  /** Reads a file of output/ (a PDF, or a file of the site as it was), or undefined when there is none. */
  read: (file: string) => Promise<Uint8Array | undefined>;
}

/** The stylesheet, beside the HTML templates (code, like them: not part of a project's content). */
const SITE_CSS = join(TOOL_DIR, 'templates/html/site.css');

/** The PDFs the site offers, in the order it lists them: the email edition, then the print files. */
const OFFERED: Array<{ format: OutputFormat; word: keyof LocalizedLeaflet['ui']['site'] }> = [
  { format: 'email-a4', word: 'emailPdf' },
  { format: 'booklet-a5', word: 'booklet' },
  { format: 'booklet-a5-imposed', word: 'bookletImposed' },
  { format: 'trifold-dl', word: 'trifold' },
  { format: 'card-sheet', word: 'cardSheet' },
];

/**
 * The HTML edition and its index, as files for output/site/: a page per leaflet × language
 * from the same localized leaflets the PDFs are made from, the index ("choose your
 * language"), the stylesheet, the fonts as WOFF2 subsets, and beside each page its PDFs
 * with a picture of their first page. Every link is relative, so the folder works from a
 * disk, a USB stick or any static host. Pure: output/ is written by the write stage.
 */
export async function buildSite(input: SiteInput): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  const html = (element: ReactElement) => `<!DOCTYPE html>\n${renderToStaticMarkup(element)}\n`;
  const text: Array<{ locale: string; html: string }> = [];
  const byPdf = new Map(input.pdfs.map((e) => [`${e.leaflet}/${e.locale}/${e.format}`, e]));

  const editionsOf = async (leaflet: LocalizedLeaflet): Promise<Edition[]> => {
    const out: Edition[] = [];
    const { site } = leaflet.ui;
    for (const { format, word } of OFFERED) {
      const entry = byPdf.get(`${leaflet.id}/${leaflet.locale.code}/${format}`);
      if (!entry) continue;
      const bytes = await input.read(entry.file);
      if (!bytes) continue;
      const name = entry.file.slice(entry.file.lastIndexOf('/') + 1);
      const folder = pagePath(leaflet.id, leaflet.locale.code);
      files.push({ file: `${folder}${name}`, bytes });
      const picture = await pictureOf(input, `${folder}${name}`, bytes);
      if (picture) files.push({ file: `${folder}${picture.name}`, bytes: picture.bytes });
      out.push({
        format,
        label: site[word],
        href: name,
        about: `${leaflet.ui.pagesLine(entry.pages)} · ${kilobytes(leaflet.locale, entry.bytes)}`,
        ...(picture ? { picture: { src: picture.name, width: picture.width, height: picture.height } } : {}),
        noPicture: site.noPicture,
      });
    }
    return out;
  };

  const languages = new Map<string, IndexLanguage>();
  for (const leaflet of input.leaflets) {
    const editions = await editionsOf(leaflet);
    const page = html(createElement(LeafletPage, { leaflet, root: up(2), editions }));
    const folder = pagePath(leaflet.id, leaflet.locale.code);
    files.push({ file: `${folder}index.html`, bytes: Buffer.from(page) });
    text.push({ locale: leaflet.locale.code, html: page });
    const language = languages.get(leaflet.locale.code) ?? { locale: leaflet.locale, iRead: leaflet.ui.site.iRead, leaflets: [] };
    // On the index, links start from the site's root.
    language.leaflets.push({ leaflet, page: folder, webPage: leaflet.ui.site.webPage, editions: editions.map((e) => ({ ...e, href: `${folder}${e.href}`, ...(e.picture ? { picture: { ...e.picture, src: `${folder}${e.picture.src}` } } : {}) })) });
    languages.set(leaflet.locale.code, language);
  }

  const order = (code: string) => (input.localeOrder.indexOf(code) + 1 || Infinity);
  const ordered = [...languages.values()].sort((a, b) => order(a.locale.code) - order(b.locale.code));
  const title = input.titleLocales.flatMap((code) => {
    const words = languages.get(code)?.leaflets[0]?.leaflet.ui.site;
    return words ? [{ lang: code, text: words.chartTitle }] : [];
  });
  const fallback = ordered[0]?.leaflets[0]?.leaflet;
  const index = html(createElement(IndexPage, { title: title.length > 0 ? title : fallback ? [{ lang: fallback.locale.code, text: fallback.ui.site.chartTitle }] : [], languages: ordered }));
  files.push({ file: 'index.html', bytes: Buffer.from(index) });

  const locales = ordered.map((l) => l.locale);
  const fonts = await siteFonts(input.root, input.fonts, locales, (users) => {
    const codes = new Set(users.map((l) => l.code));
    return [index, ...text.filter((t) => codes.has(t.locale)).map((t) => t.html)].map(textOfHtml).join('');
  }, (file) => input.read(`site/${file}`));
  files.push(...fonts.files);
  const css = await readFile(SITE_CSS, 'utf8');
  files.push({ file: 'assets/site.css', bytes: Buffer.from(`${fonts.css}\n${css}`) });
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The picture of a PDF's first page: the one made by the previous build when the PDF is
 * the same bytes (so a build redraws only what changed), else drawn anew.
 */
async function pictureOf(input: SiteInput, pdfFile: string, bytes: Uint8Array) {
  const name = `${pdfFile.slice(pdfFile.lastIndexOf('/') + 1).replace(/\.pdf$/, '')}.jpg`;
  const folder = pdfFile.slice(0, pdfFile.lastIndexOf('/') + 1);
  const before = await input.read(`site/${pdfFile}`);
  const picture = before && Buffer.from(before).equals(bytes) ? await input.read(`site/${folder}${name}`) : undefined;
  if (picture) {
    const size = jpegSize(picture);
    if (size) return { name, bytes: picture, ...size };
  }
  const made = await firstPagePicture(bytes);
  return made ? { name, ...made } : undefined;
}

/** A JPEG's width and height from its frame header, or undefined when it has none. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0), width: ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0) };
    }
    at += 2 + length;
  }
  return undefined;
}

/** "70 kB" in the reader's language and digits. */
const kilobytes = (locale: Locale, bytes: number) =>
  new Intl.NumberFormat(locale.intl ?? locale.code, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)));

/**
 * The characters a page shows, for the font subsets: markup out, entities decoded (more is
 * harmless), and each character's decomposition too, since a shaper may draw a character
 * by its parts: HarfBuzz draws Thai SARA AM as NIKHAHIT + SARA AA, a glyph no GSUB rule
 * reaches, so hb-subset would drop it.
 */
function textOfHtml(html: string): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .concat(' ·…–0123456789');
  return `${text}${text.normalize('NFKD')}`;
}
