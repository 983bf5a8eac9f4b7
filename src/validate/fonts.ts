import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleFor, verifyFont } from '../check/fonts.ts';
import { FONTS_DIR } from '../load/project.ts';
import { realPathInside } from '../load/read-content.ts';
import type { YamlFile } from '../load/yaml-file.ts';
import { messages } from '../messages.ts';
import { hasPatterns } from '../render/line-breaking.ts';
import type { Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import { at } from './at.ts';

/**
 * Every font file named exists, stays inside fonts/, and opens fully as a single static
 * font that lays out a sample of the scripts its chains serve; every script a locale uses has a font chain, and every
 * locale's hyphenation pattern set exists.
 */
export async function checkFonts(project: Project, manifest: YamlFile, localesFile: YamlFile): Promise<Problem[]> {
  const problems: Problem[] = [];
  const families = new Set(project.fonts.families.map((f) => f.family));
  for (const [f, family] of project.fonts.families.entries()) {
    for (const [face, name] of Object.entries(family.files)) {
      if (name === undefined) continue;
      const exists = await access(join(project.root, FONTS_DIR, name)).then(
        () => true,
        () => false,
      );
      const where = at(manifest, ['families', f, 'files', face]);
      if (!exists) {
        problems.push({ ...where, message: messages.fontFileMissing(name) });
        continue;
      }
      // A link out of fonts/ is refused before the file is opened.
      const inside = await realPathInside(project.root, FONTS_DIR, `${FONTS_DIR}/${name}`);
      if ('problem' in inside) {
        problems.push({ ...where, message: `fonts/${name}: ${inside.problem.message}` });
        continue;
      }
      const scripts = Object.entries(project.fonts.chains).filter(([, chain]) => chain.includes(family.family)).map(([script]) => script);
      const fault = verifyFont(inside.real, sampleFor(scripts));
      if (fault) problems.push({ ...where, message: messages.fontFault(name, fault) });
    }
  }
  for (const [script, chain] of Object.entries(project.fonts.chains)) {
    chain.forEach((family, i) => {
      if (!families.has(family)) problems.push({ ...at(manifest, ['chains', script, i]), message: messages.unknownFontFamily(family) });
    });
  }
  [...project.locales.values()].forEach((locale, i) => {
    if (!project.fonts.chains[locale.script]) {
      problems.push({ ...at(localesFile, ['locales', i, 'script']), message: messages.noFontChain(locale.script) });
    }
  });
  for (const [i, locale] of [...project.locales.values()].entries()) {
    if (!(await hasPatterns(locale.hyphenation))) {
      problems.push({ ...at(localesFile, ['locales', i, 'hyphenation']), message: messages.unknownHyphenation(locale.hyphenation) });
    }
  }
  return problems;
}
