import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';

/** Every content file of the project, parsed but not yet validated. */
export interface RawProject {
  root: string;
  contacts: YamlFile;
  locales: YamlFile;
  fonts: YamlFile;
  /** language-chart.yaml, when the project has one. */
  chart?: YamlFile;
  /** publishing.yaml, when the project has one. */
  publishing?: YamlFile;
  /** ui/<locale>.yaml by locale code (from the file name). */
  ui: Map<string, YamlFile>;
  leaflets: RawLeaflet[];
}

export interface RawLeaflet {
  /** Folder name under content/leaflets/. */
  dir: string;
  meta: YamlFile;
  /** <locale>.yaml by locale code (from the file name). */
  texts: Map<string, YamlFile>;
}

export const CONTENT_DIR = 'content';
export const FONTS_DIR = 'fonts';

/**
 * Reads content/ and the fonts manifest. This is the only stage that reads content;
 * every syntax problem in every file is collected before giving up.
 */
export async function loadProject(root: string): Promise<RawProject | Problem[]> {
  const problems: Problem[] = [];
  const read = async (file: string): Promise<YamlFile | undefined> => {
    const result = await readYamlFile(root, file);
    if (Array.isArray(result)) {
      problems.push(...result);
      return undefined;
    }
    return result;
  };

  const contacts = await read(`${CONTENT_DIR}/contacts.yaml`);
  const locales = await read(`${CONTENT_DIR}/locales.yaml`);
  const fonts = await read(`${FONTS_DIR}/manifest.yaml`);
  const present = new Set(await readdir(join(root, CONTENT_DIR)).catch(() => [] as string[]));
  const chart = present.has('language-chart.yaml') ? await read(`${CONTENT_DIR}/language-chart.yaml`) : undefined;
  const publishing = present.has('publishing.yaml') ? await read(`${CONTENT_DIR}/publishing.yaml`) : undefined;

  const ui = new Map<string, YamlFile>();
  for (const name of await yamlFilesIn(root, `${CONTENT_DIR}/ui`)) {
    const f = await read(`${CONTENT_DIR}/ui/${name}`);
    if (f) ui.set(name.replace(/\.yaml$/, ''), f);
  }

  const leaflets: RawLeaflet[] = [];
  for (const dir of await subdirs(root, `${CONTENT_DIR}/leaflets`)) {
    // Folders starting with _ hold shared drafts or examples, not leaflets.
    if (dir.startsWith('_')) continue;
    const base = `${CONTENT_DIR}/leaflets/${dir}`;
    const meta = await read(`${base}/leaflet.yaml`);
    const texts = new Map<string, YamlFile>();
    for (const name of await yamlFilesIn(root, base)) {
      if (name === 'leaflet.yaml') continue;
      const f = await read(`${base}/${name}`);
      if (f) texts.set(name.replace(/\.yaml$/, ''), f);
    }
    if (meta) leaflets.push({ dir, meta, texts });
  }

  if (problems.length > 0 || !contacts || !locales || !fonts) return problems;
  return { root, contacts, locales, fonts, ...(chart ? { chart } : {}), ...(publishing ? { publishing } : {}), ui, leaflets };
}

async function yamlFilesIn(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => e.name)
    .sort();
}

async function subdirs(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
