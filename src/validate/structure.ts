import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { ProjectLeaflet } from '../project.ts';
import type { Block } from '../schema.ts';
import { at } from './at.ts';

const kindOf = (b: Block) => (b.text !== undefined ? 'text' : b.callout !== undefined ? 'callout' : 'list');

/**
 * A translation follows its source: sections and blocks by id and in the same order, of
 * the same kind, with no more list items. The source file owns the structure. What a
 * translation does not have yet is not an error here: it prints in the source language,
 * marks the PDF as a draft, and `leaflets status` lists it (see translation-state.ts).
 */
export function checkStructure(leaflet: ProjectLeaflet): Problem[] {
  const problems: Problem[] = [];
  const sourceCode = leaflet.meta.value.sourceLocale;
  const source = leaflet.texts.get(sourceCode);
  if (!source) return problems;
  const sourceName = source.file.file;

  for (const code of leaflet.meta.value.locales) {
    const translation = leaflet.texts.get(code);
    if (!translation || code === sourceCode) continue;
    const { file } = translation;
    const tSections = translation.value.sections;
    const sSections = source.value.sections;

    if (translation.value.cover.notes.length > source.value.cover.notes.length) {
      problems.push({
        ...at(file, ['cover', 'notes']),
        message: messages.itemCountDiffers(translation.value.cover.notes.length, source.value.cover.notes.length),
      });
    }

    const tIds = tSections.map((s) => s.id);
    tSections.forEach((s, i) => {
      if (!sSections.some((x) => x.id === s.id)) {
        problems.push({ ...at(file, ['sections', i, 'id']), message: messages.extraSection(s.id, sourceName) });
      }
    });
    const common = (ids: string[], other: string[]) => ids.filter((id) => other.includes(id));
    if (common(tIds, sSections.map((s) => s.id)).join() !== common(sSections.map((s) => s.id), tIds).join()) {
      problems.push({ ...at(file, ['sections']), message: messages.orderDiffers(sourceName) });
    }

    tSections.forEach((tSection, si) => {
      const sSection = sSections.find((s) => s.id === tSection.id);
      if (!sSection) return;
      const tBlockIds = tSection.blocks.map((b) => b.id);
      const sBlockIds = sSection.blocks.map((b) => b.id);
      if (common(tBlockIds, sBlockIds).join() !== common(sBlockIds, tBlockIds).join()) {
        problems.push({ ...at(file, ['sections', si, 'blocks']), message: messages.orderDiffers(sourceName) });
      }
      tSection.blocks.forEach((tBlock, bi) => {
        const path = ['sections', si, 'blocks', bi];
        const sBlock = sSection.blocks.find((b) => b.id === tBlock.id);
        if (!sBlock) {
          problems.push({ ...at(file, [...path, 'id']), message: messages.extraBlock(tBlock.id, sourceName) });
          return;
        }
        if (kindOf(tBlock) !== kindOf(sBlock)) {
          problems.push({ ...at(file, path), message: messages.kindDiffers(kindOf(tBlock), kindOf(sBlock)) });
          return;
        }
        const tList = tBlock.list ?? [];
        const sList = sBlock.list ?? [];
        if (tList.length > sList.length) {
          problems.push({ ...at(file, [...path, 'list']), message: messages.itemCountDiffers(tList.length, sList.length) });
          return;
        }
        tList.forEach((item, i) => {
          const sItem = sList[i];
          const tSub = typeof item === 'string' ? 0 : (item.list?.length ?? 0);
          const sSub = sItem === undefined || typeof sItem === 'string' ? 0 : (sItem.list?.length ?? 0);
          if (tSub > sSub) problems.push({ ...at(file, [...path, 'list', i]), message: messages.itemCountDiffers(tSub, sSub) });
          // Icons are chosen once, in the source text; a translation inherits them.
          const tIcon = typeof item === 'string' ? undefined : item.icon;
          const sIcon = sItem === undefined || typeof sItem === 'string' ? undefined : sItem.icon;
          if (tIcon !== undefined && tIcon !== sIcon) problems.push({ ...at(file, [...path, 'list', i, 'icon']), message: messages.flapCard.iconInTranslation(tIcon, sIcon, sourceName) });
          if (typeof item !== 'string' && item.short !== undefined && (sItem === undefined || typeof sItem === 'string' || sItem.short === undefined)) {
            problems.push({ ...at(file, [...path, 'list', i, 'short']), message: messages.flapCard.shortWithoutSource(sourceName) });
          }
        });
      });
    });
  }
  return problems;
}
