import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project, ProjectLeaflet } from '../project.ts';
import { textUnits } from '../text-units.ts';
import { at } from './at.ts';

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * No look-alike character that is wrong in the language (locales.yaml `wrongCharacters`):
 * a Romanian ş with a cedilla, an Arabic ي in Persian, a Russian ы in Ukrainian. They
 * render, so only a check finds them, and a reader notices them at once.
 */
export function checkOrthography(project: Project, leaflet: ProjectLeaflet): Problem[] {
  const problems: Problem[] = [];
  for (const [code, { value: text, file }] of leaflet.texts) {
    const wrong = project.locales.get(code)?.wrongCharacters ?? {};
    if (Object.keys(wrong).length === 0) continue;
    const language = project.locales.get(code)?.name ?? code;
    for (const unit of textUnits(text)) {
      for (const [bad, good] of Object.entries(wrong)) {
        if (!unit.value.includes(bad)) continue;
        problems.push({ ...at(file, unit.path, bad), message: messages.wrongCharacter(bad, codePoint(bad), good, codePoint(good), language) });
      }
    }
  }
  return problems;
}
