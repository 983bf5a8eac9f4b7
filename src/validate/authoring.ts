import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_DIR, FONTS_DIR, type RawProject } from '../load/project.ts';
import { realPathInside } from '../load/read-content.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import { at } from './at.ts';

/** Where a leaflet's source texts are kept (`source.seed` names a file here). */
export const SOURCES_DIR = `${CONTENT_DIR}/sources`;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * What was once accepted without a word and left a content keeper guessing: a source
 * that names no file, a contact name in a language the project does not have, a font
 * whose licence file is not there. (A translation file a leaflet does not list is named
 * too, without stopping anything: see src/translation-gaps.ts.)
 */
export async function checkAuthoring(project: Project, raw: RawProject): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const leaflet of project.leaflets.values()) {
    const { value: meta, file } = leaflet.meta;
    const seed = meta.source.seed;
    if (seed !== undefined) {
      const inside = await realPathInside(project.root, CONTENT_DIR, `${SOURCES_DIR}/${seed}`);
      if ('problem' in inside) problems.push({ ...at(file, ['source', 'seed']), message: messages.authoring.seedMissing(seed) });
    }
  }

  // A contact's name in a language content/locales.yaml does not have is never printed.
  for (const { value: contact, file, index } of project.contacts.values()) {
    for (const code of Object.keys(contact.name)) {
      if (!project.locales.has(code)) {
        problems.push({ ...at(file, ['contacts', index, 'name', code]), message: messages.authoring.contactNameLocale(contact.id, code, [...project.locales.keys()]) });
      }
    }
  }

  for (const [f, family] of project.fonts.families.entries()) {
    if (!(await exists(join(project.root, FONTS_DIR, family.licence)))) {
      problems.push({ ...at(raw.fonts, ['families', f, 'licence']), message: messages.authoring.licenceMissing(family.licence, family.family) });
    }
  }
  return problems;
}
