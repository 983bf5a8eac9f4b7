import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { realPathInside } from './read-content.ts';
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
  /** Locale codes whose <locale>.yaml could not be read (its problems are reported). */
  unreadable?: string[];
}

export const CONTENT_DIR = 'content';
export const FONTS_DIR = 'fonts';

/**
 * Reads content/ and the fonts manifest. This is the only stage that reads content;
 * every syntax problem in every file is collected before giving up.
 */
export async function loadProject(root: string): Promise<RawProject | Problem[]> {
  const { raw, problems } = await loadProjectPartly(root);
  return raw && problems.length === 0 ? raw : problems;
}

/**
 * As loadProject, but a file that cannot be read is left out rather than failing the
 * whole project, so a build can go on with what does not depend on it (src/build-scope.ts).
 * `raw` is absent when a shared file (contacts, locales, fonts manifest) cannot be read.
 */
export async function loadProjectPartly(root: string): Promise<{ raw?: RawProject; problems: Problem[] }> {
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
  for (const name of await yamlFilesIn(root, `${CONTENT_DIR}/ui`, problems)) {
    const f = await read(`${CONTENT_DIR}/ui/${name}`);
    if (f) ui.set(name.replace(/\.yaml$/, ''), f);
  }

  const leaflets: RawLeaflet[] = [];
  for (const dir of await subdirs(root, `${CONTENT_DIR}/leaflets`, problems)) {
    // Folders starting with _ hold shared drafts or examples, not leaflets.
    if (dir.startsWith('_')) continue;
    const base = `${CONTENT_DIR}/leaflets/${dir}`;
    const meta = await read(`${base}/leaflet.yaml`);
    const texts = new Map<string, YamlFile>();
    const unreadable: string[] = [];
    for (const name of await yamlFilesIn(root, base, problems)) {
      if (name === 'leaflet.yaml') continue;
      const f = await read(`${base}/${name}`);
      if (f) texts.set(name.replace(/\.yaml$/, ''), f);
      else unreadable.push(name.replace(/\.yaml$/, ''));
    }
    if (meta) leaflets.push({ dir, meta, texts, ...(unreadable.length ? { unreadable } : {}) });
  }

  // A link that leaves content/ is met when listing and again when read: report it once.
  const seen = new Set<string>();
  const once = problems.filter((p) => !seen.has(`${p.file}:${p.line}:${p.message}`) && seen.add(`${p.file}:${p.line}:${p.message}`));
  if (!contacts || !locales || !fonts) return { problems: once };
  return { raw: { root, contacts, locales, fonts, ...(chart ? { chart } : {}), ...(publishing ? { publishing } : {}), ui, leaflets }, problems: once };
}

/**
 * The entries of a content folder, once the folder is known to be inside content/. A link
 * is listed like what it points to only if it stays inside content/; one that leaves is
 * a problem, and its target is never listed or read.
 */
async function list(root: string, dir: string, problems: Problem[]) {
  const inside = await realPathInside(root, CONTENT_DIR, dir);
  if ('problem' in inside) {
    // A missing folder is reported by what needs it (content/ui/en.yaml, a leaflet).
    if (inside.problem.message !== messages.fileMissing()) problems.push(inside.problem);
    return [];
  }
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const out: Array<{ name: string; dir: boolean }> = [];
  for (const e of entries) {
    if (e.isSymbolicLink()) {
      const where = await realPathInside(root, CONTENT_DIR, `${dir}/${e.name}`);
      if ('problem' in where) {
        if (e.name.endsWith('.yaml') || !e.name.includes('.')) problems.push(where.problem);
        continue;
      }
      const isDir = await stat(where.real).then((s) => s.isDirectory(), () => false);
      out.push({ name: e.name, dir: isDir });
    } else if (e.isFile() || e.isDirectory()) {
      out.push({ name: e.name, dir: e.isDirectory() });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function yamlFilesIn(root: string, dir: string, problems: Problem[]): Promise<string[]> {
  return (await list(root, dir, problems)).filter((e) => !e.dir && e.name.endsWith('.yaml')).map((e) => e.name);
}

async function subdirs(root: string, dir: string, problems: Problem[]): Promise<string[]> {
  return (await list(root, dir, problems)).filter((e) => e.dir).map((e) => e.name);
}
