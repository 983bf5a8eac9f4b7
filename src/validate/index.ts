import type { RawProject } from '../load/project.ts';
import type { Problem } from '../problems.ts';
import type { Project, ProjectLeaflet, Sourced } from '../project.ts';
import {
  chartSchema,
  publishingSchema,
  contactsFileSchema,
  fontsManifestSchema,
  leafletSchema,
  leafletTextSchema,
  localesFileSchema,
  uiStringsSchema,
  type Contact,
  type LeafletText,
} from '../schema.ts';
import { messages } from '../messages.ts';
import { at } from './at.ts';
import { checkAuthoring } from './authoring.ts';
import { checkContacts } from './contacts.ts';
import { checkFonts } from './fonts.ts';
import { checkLeafletReferences } from './references.ts';
import { checkOrthography } from './orthography.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkTypedFacts } from './typed-facts.ts';
import { checkStructure } from './structure.ts';
import { checkUiStrings } from './ui-strings.ts';
import { validateFile } from './zod-problems.ts';

/**
 * Validates every file against its schema, then checks what no single schema can:
 * references between files, translations that mirror their source, placeholders,
 * ui strings, fonts, look-alike letters and typed contact details. Returns every problem
 * found, and the typed project when the shared files (contacts, locales, fonts) are sound.
 */
export async function validateProject(raw: RawProject): Promise<{ project?: Project; problems: Problem[] }> {
  const problems: Problem[] = [];
  const check = <T>(result: { data?: T; problems?: Problem[] }): T | undefined => {
    problems.push(...(result.problems ?? []));
    return result.data;
  };

  const contactsFile = check(validateFile(raw.contacts, contactsFileSchema));
  const localesFile = check(validateFile(raw.locales, localesFileSchema));
  const fonts = check(validateFile(raw.fonts, fontsManifestSchema));
  const chart = raw.chart ? check(validateFile(raw.chart, chartSchema)) : undefined;
  const publishing = raw.publishing ? check(validateFile(raw.publishing, publishingSchema)) : undefined;

  const ui = new Map<string, Sourced<Record<string, unknown>>>();
  for (const [code, file] of raw.ui) {
    const strings = check(validateFile(file, uiStringsSchema));
    if (strings) ui.set(code, { value: strings, file });
  }

  const leaflets = new Map<string, ProjectLeaflet>();
  for (const rawLeaflet of raw.leaflets) {
    const meta = check(validateFile(rawLeaflet.meta, leafletSchema));
    const texts = new Map<string, Sourced<LeafletText>>();
    for (const [code, file] of rawLeaflet.texts) {
      const text = check(validateFile(file, leafletTextSchema));
      if (text) texts.set(code, { value: text, file });
    }
    if (meta) {
      if (meta.id !== rawLeaflet.dir) {
        problems.push({ ...at(rawLeaflet.meta, ['id']), message: messages.leafletDirMismatch(rawLeaflet.dir, meta.id) });
      }
      leaflets.set(meta.id, { meta: { value: meta, file: rawLeaflet.meta }, texts, files: new Set([...rawLeaflet.texts.keys(), ...(rawLeaflet.unreadable ?? [])]) });
    }
  }

  // Cross-file checks need every file to be well-formed first; stop here otherwise.
  const sharedOk = !problems.some((p) => !p.file.startsWith('content/leaflets/') && !p.scope);
  if (!sharedOk || !contactsFile || !localesFile || !fonts) return { problems };

  const contacts = new Map<string, Sourced<Contact> & { index: number }>();
  contactsFile.contacts.forEach((value, index) => {
    if (!contacts.has(value.id)) contacts.set(value.id, { value, file: raw.contacts, index });
  });
  const locales = new Map(localesFile.locales.map((l) => [l.code, l]));
  const project: Project = { root: raw.root, contacts, locales, localesFile: raw.locales, fonts, ui: ui as Project['ui'], leaflets };
  if (publishing && raw.publishing) project.publishing = { value: publishing, file: raw.publishing };
  if (chart && raw.chart) {
    project.chart = { value: chart, file: raw.chart };
    chart.titleLocales.forEach((code, i) => {
      if (!locales.has(code)) problems.push({ ...at(raw.chart!, ['titleLocales', i]), message: messages.unknownLocale(code, [...locales.keys()]) });
    });
  }

  problems.push(
    ...checkContacts(contactsFile.contacts, raw.contacts),
    ...(await checkFonts(project, raw.fonts, raw.locales)),
    ...checkUiStrings(project),
    ...(await checkAuthoring(project, raw)),
  );
  for (const leaflet of leaflets.values()) {
    const refProblems = checkLeafletReferences(project, leaflet);
    problems.push(...refProblems);
    if (refProblems.length === 0) {
      problems.push(...checkStructure(leaflet), ...checkPlaceholders(project, leaflet), ...checkOrthography(project, leaflet), ...checkTypedFacts(project, leaflet));
    }
  }
  return { project, problems };
}
