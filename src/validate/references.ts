import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project, ProjectLeaflet } from '../project.ts';
import type { YamlFile } from '../load/yaml-file.ts';
import type { Leaflet, LeafletText } from '../schema.ts';
import { textUnits } from '../text-units.ts';
import { at } from './at.ts';

/**
 * A leaflet's references resolve: its contacts exist and have a name in each of its
 * languages, its languages are registered and each has a text file that says so.
 */
export function checkLeafletReferences(project: Project, leaflet: ProjectLeaflet): Problem[] {
  const problems: Problem[] = [];
  const { value: meta, file } = leaflet.meta;
  const known = [...project.contacts.keys()];
  const contactRefs: Array<[string, Array<string | number>]> = [
    [meta.publisher, ['publisher']],
    [meta.hotline, ['hotline']],
    ...(meta.emergency ? [[meta.emergency, ['emergency']] as [string, Array<string | number>]] : []),
    ...meta.contacts.map((id, i): [string, Array<string | number>] => [id, ['contacts', i]]),
    ...(meta.card ?? []).map((id, i): [string, Array<string | number>] => [id, ['card', i]]),
  ];
  const named = new Set<string>();
  for (const [id, path] of contactRefs) {
    const contact = project.contacts.get(id);
    if (!contact) {
      problems.push({ ...at(file, path), message: messages.unknownContact(id, known) });
      continue;
    }
    // The hotline is usually also the publisher and on the back page: report its names once.
    if (named.has(id)) continue;
    named.add(id);
    for (const code of meta.locales) {
      // A language locales.yaml lacks is reported once, at the leaflet's `locales`.
      if (contact.value.name[code] === undefined && project.locales.has(code)) {
        problems.push({
          ...at(contact.file, ['contacts', contact.index, 'name']),
          message: messages.missingContactName(id, code),
          scope: { leaflet: meta.id, locale: code },
        });
      }
      if (contact.value.role && contact.value.role[code] === undefined) {
        problems.push({
          ...at(contact.file, ['contacts', contact.index, 'role']),
          message: messages.missingContactRole(id, code),
          scope: { leaflet: meta.id, locale: code },
        });
      }
    }
  }

  // Formats that need content of their own.
  if (meta.formats.includes('trifold-dl') && !meta.short) {
    problems.push({ ...at(file, ['formats']), message: messages.formatNeeds('trifold-dl', 'short', 'the sections and blocks of its short version') });
  }
  if (meta.formats.includes('card') && !meta.card) {
    problems.push({ ...at(file, ['formats']), message: messages.formatNeeds('card', 'card', 'the contacts for the back of the card') });
  }
  for (const [i, id] of (meta.card ?? []).entries()) {
    if (project.contacts.get(id) && project.contacts.get(id)!.value.phones.length === 0) {
      problems.push({ ...at(file, ['card', i]), message: messages.contactLacks(id, 'phone number') });
    }
  }
  const source = leaflet.texts.get(meta.sourceLocale)?.value;
  for (const [i, pick] of (meta.short ?? []).entries()) {
    const section = source?.sections.find((s) => s.id === pick.section);
    if (source && !section) {
      problems.push({ ...at(file, ['short', i, 'section']), message: messages.unknownSection(pick.section, source.sections.map((s) => s.id)) });
      continue;
    }
    pick.blocks.forEach((blockId, j) => {
      if (section && !section.blocks.some((b) => b.id === blockId)) {
        problems.push({ ...at(file, ['short', i, 'blocks', j]), message: messages.unknownBlock(blockId, pick.section, section.blocks.map((b) => b.id)) });
      }
    });
  }

  problems.push(...checkFlapAndCard(meta, source, file));
  // The flyer's key lines are text units of the source (a paragraph, a box or a list item).
  if ((meta.formats.includes('flyer-a4') || meta.formats.includes('flyer-a5')) && !meta.flyer) {
    problems.push({ ...at(file, ['formats']), message: messages.formatNeeds('flyer', 'flyer', 'its three to five key lines') });
  }
  if (meta.flyer && source) {
    const units = textUnits(source).map((u) => u.id);
    const lists = new Set(source.sections.flatMap((sec) => sec.blocks.filter((b) => b.list).map((b) => `${sec.id}.${b.id}`)));
    meta.flyer.lines.forEach((line, j) => {
      if (lists.has(line)) problems.push({ ...at(file, ['flyer', 'lines', j]), message: messages.flyerNotALine(line) });
      else if (!units.includes(line) || line.endsWith('.heading')) problems.push({ ...at(file, ['flyer', 'lines', j]), message: messages.unknownFlyerLine(line, units.filter((u) => !u.endsWith('.heading') && u.includes('.') && !u.startsWith('cover.'))) });
    });
    const second = meta.flyer.secondLocale;
    if (second && !meta.locales.includes(second) && second !== meta.sourceLocale) {
      problems.push({ ...at(file, ['flyer', 'secondLocale']), message: messages.flyerSecondLocale(second) });
    }
  }

  const codes = meta.locales.includes(meta.sourceLocale) ? meta.locales : [meta.sourceLocale, ...meta.locales];
  codes.forEach((code) => {
    const i = meta.locales.indexOf(code);
    const path = i >= 0 ? ['locales', i] : ['sourceLocale'];
    if (!project.locales.has(code)) {
      problems.push({ ...at(file, path), message: messages.unknownLocale(code, [...project.locales.keys()]) });
      return;
    }
    const text = leaflet.texts.get(code);
    if (!text && leaflet.files.has(code)) return; // present but invalid: already reported
    if (!text) {
      problems.push({ ...at(file, path), message: messages.missingTextFile(`${file.file.replace(/leaflet\.yaml$/, '')}${code}.yaml`, code) });
      return;
    }
    if (text.value.locale !== code) {
      problems.push({ ...at(text.file, ['locale']), message: messages.localeFieldMismatch(text.value.locale, code) });
    }
    const isSource = code === meta.sourceLocale;
    if (isSource !== (text.value.translation.status === 'source')) {
      problems.push({
        ...at(text.file, ['translation', 'status']),
        message: isSource ? messages.sourceStatus(code) : messages.translationClaimsSource(),
      });
    }
  });
  return problems;
}

/** The card's words of reassurance name units of the source text; the flap's rights list has an icon and a few words per item. */
function checkFlapAndCard(meta: Leaflet, source: LeafletText | undefined, file: YamlFile): Problem[] {
  if (!source) return [];
  const problems: Problem[] = [];
  const units = textUnits(source).map((u) => u.id);
  (meta.cardReassurance ?? []).forEach((unit, i) => {
    if (!units.includes(unit)) problems.push({ ...at(file, ['cardReassurance', i]), message: messages.flapCard.unknownUnit(unit, units.filter((u) => u.startsWith('cover.notes')).slice(0, 3)) });
  });
  const ref = meta.flap?.rights;
  if (ref !== undefined) {
    const [sectionId, blockId] = ref.split('.');
    const block = source.sections.find((s) => s.id === sectionId)?.blocks.find((b) => b.id === blockId);
    if (!block?.list) {
      problems.push({ ...at(file, ['flap', 'rights']), message: messages.flapCard.flapNotAList(ref) });
    } else {
      block.list.forEach((item, i) => {
        const lacks = typeof item === 'string' ? ['icon', 'short'] : [...(item.icon ? [] : ['icon']), ...(item.short !== undefined ? [] : ['short'])];
        if (lacks.length > 0) problems.push({ ...at(file, ['flap', 'rights']), message: messages.flapCard.flapItemLacks(ref, i, lacks) });
      });
    }
  }
  return problems;
}
