import Handlebars from 'handlebars';
import type { TFunction } from 'i18next';
import type { Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import type { Block, LeafletText, Locale } from '../schema.ts';
import { ICON_NAMES, type IconName } from '../icons.ts';
import { textUnits } from '../text-units.ts';
import { translationState } from '../translation-state.ts';
import { at } from '../validate/at.ts';
import { flatten } from '../validate/ui-strings.ts';
import { afterHoursContacts, isolate, localizeContact, localizePhone, type ContactWords } from './contacts.ts';
import { createI18n } from './i18n.ts';
import { PLACEHOLDER_NAMES } from './placeholders.ts';
import type { LocalizedBlock, LocalizedLeaflet, SiteWords, UiText } from './model.ts';
import { onlineUrl } from '../site/paths.ts';

/** A resolved string and where its words came from, for the glyph check's messages. */
export interface TracedText {
  text: string;
  /** Where the text came from; with `needle`, where that piece of it stands in the file. */
  origin: (needle?: string) => Omit<Problem, 'message'>;
}

export interface Localized {
  leaflet: LocalizedLeaflet;
  /** Every string the PDF can show, with its origin. */
  texts: TracedText[];
}

/** Prepares localization for a project: i18next once, then one call per leaflet × locale. */
export function createLocalizer(project: Project, options: { date?: Date } = {}) {
  const i18n = createI18n(project);
  const localize = (leafletId: string, code: string): Localized => {
    const leaflet = project.leaflets.get(leafletId);
    const locale = project.locales.get(code);
    const text = leaflet?.texts.get(code);
    if (!leaflet || !locale || !text) throw new Error(`localize: ${leafletId}/${code} was not validated`);
    const meta = leaflet.meta.value;
    const t = i18n(code);
    const words = contactWords(t);
    const traced: TracedText[] = [];

    const contact = (id: string) => {
      const c = project.contacts.get(id);
      if (!c) throw new Error(`localize: unknown contact ${id} passed validation`);
      const localized = localizeContact(c.value, locale, words);
      traced.push({ text: localized.name, origin: (n) => at(c.file, ['contacts', c.index, 'name', code], n) });
      // The role is printed beside the name, so its characters are checked against the fonts too.
      if (localized.role && c.value.role?.[code] !== undefined) traced.push({ text: localized.role, origin: (n) => at(c.file, ['contacts', c.index, 'role', code], n) });
      if (localized.short) traced.push({ text: localized.short, origin: (n) => at(c.file, ['contacts', c.index, 'short'], n) });
      if (localized.languages) traced.push({ text: localized.languages, origin: (n) => at(c.file, ['contacts', c.index, 'languages'], n) });
      return localized;
    };

    const hbs = createHandlebars(project, locale, words);
    const resolve = (value: string, path: Array<string | number>, file: typeof text.file) => {
      const out = hbs.compile(value, { noEscape: true, strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS })({});
      traced.push({ text: out, origin: (n) => at(file, path, n) });
      return out;
    };
    // The source text gives the structure; each unit comes from the translation, or from
    // the source where the translation does not have it yet (a draft shows it as such).
    // A unit printed from the source is in the source's language through and through: its
    // placeholders are filled in for that language ("Monday to Friday", not "maandag"),
    // and it carries `lang` so that it is hyphenated, tagged and marked as such.
    const source = leaflet.texts.get(meta.sourceLocale) ?? text;
    const sourceLocale = project.locales.get(meta.sourceLocale) ?? locale;
    const sourceHbs = sourceLocale === locale ? hbs : createHandlebars(project, sourceLocale, contactWords(i18n(sourceLocale.code)));
    const resolveSource = (value: string, path: Array<string | number>) => {
      const out = sourceHbs.compile(value, { noEscape: true, strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS })({});
      traced.push({ text: out, origin: (n) => at(source.file, path, n) });
      return out;
    };
    const translated = new Map(textUnits(text.value).map((u) => [u.id, u]));
    const fallback = new Set<string>();
    const fromSource: string[] = [];
    const resolved = new Map(
      textUnits(source.value).map((u) => {
        const own = translated.get(u.id);
        if (!own) fallback.add(u.id);
        const value = own ? resolve(own.value, own.path, text.file) : resolveSource(u.value, u.path);
        if (!own && source !== text) fromSource.push(value);
        return [u.id, value];
      }),
    );
    const r = (id: string) => resolved.get(id) ?? '';
    const langOf = (id: string) => (fallback.has(id) ? { lang: sourceLocale.code } : {});

    const hotline = contact(meta.hotline);
    const publisher = contact(meta.publisher);
    const state = translationState(leaflet, code);
    const ui = uiText(t, locale, text.value, state.releasable, {
      publisher: publisher.name,
      sourceTitle: meta.source.title,
      validFrom: new Intl.DateTimeFormat(locale.intl ?? code, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${meta.validFrom}T00:00:00Z`)),
    });
    const localeIndex = [...project.locales.keys()].indexOf(code);
    traced.push({ text: locale.endonym, origin: (n) => at(project.localesFile, ['locales', localeIndex, 'endonym'], n) });
    const uiFile = project.ui.get(code);
    for (const [key, value] of flatten(uiFile?.value ?? {})) {
      if (uiFile) traced.push({ text: value, origin: (n) => at(uiFile.file, key.split('.'), n) });
    }

    const title = r('title');
    const sections = source.value.sections.map((section) => ({
      id: section.id,
      heading: r(`${section.id}.heading`),
      ...langOf(`${section.id}.heading`),
      blocks: section.blocks.map((block) => {
        const id = (...rest: number[]) => [section.id, block.id, ...rest].join('.');
        return localizeBlock(block, (...rest) => r(id(...rest)), (...rest) => langOf(id(...rest)), (item) => r(`${section.id}.${block.id}.${item}.short`));
      }),
    }));
    const short = (meta.short ?? []).flatMap((pick) => {
      const section = sections.find((x) => x.id === pick.section);
      return section ? [{ ...section, blocks: pick.blocks.flatMap((id) => section.blocks.filter((b) => b.id === id)) }] : [];
    });
    const [rightsSection, rightsBlock] = meta.flap?.rights.split('.') ?? [];
    const rightsList = sections.find((x) => x.id === rightsSection)?.blocks.find((b) => b.id === rightsBlock);
    const rightsAtAGlance = rightsList?.kind === 'list' ? rightsList.items.flatMap((item) => (item.icon ? [{ icon: item.icon, text: item.short ?? item.text }] : [])) : undefined;
    const base = project.publishing?.value.onlineBaseUrl;
    // The QR code leads to this leaflet's page of the site in this language (src/site/).
    const online = base ? onlineUrl(base, meta.id, code) : undefined;
    const emergency = meta.emergency ? contact(meta.emergency) : undefined;
    const contacts = meta.contacts.map(contact);
    const localized: LocalizedLeaflet = {
      id: meta.id,
      locale,
      ...(fallback.size > 0 && sourceLocale !== locale ? { fallbackLocale: sourceLocale } : {}),
      status: text.value.translation.status,
      draft: !state.releasable,
      fontFamilies: project.fonts.chains[locale.script] ?? [],
      latinFamilies: project.fonts.chains.Latn ?? [],
      fontScale: project.fonts.sizeAdjust[locale.script] ?? 1,
      title,
      cover: { lead: r('cover.lead'), notes: source.value.cover.notes.map((_, i) => r(`cover.notes.${i}`)), hotline },
      sections,
      short,
      ...(emergency ? { emergency } : {}),
      afterHours: afterHoursContacts(hotline, emergency, contacts),
      publisher,
      contacts,
      card: (meta.card ?? []).map(contact),
      ...(online ? { onlineUrl: online, onlineAddress: isolate(online.replace(/^https:\/\//, ''), locale) } : {}),
      ...(meta.cardReassurance ? { reassurance: meta.cardReassurance.map(r).join(' ') } : {}),
      ...(rightsAtAGlance?.length ? { rightsAtAGlance } : {}),
      facts: [...project.contacts.values()].flatMap(({ value }) => {
        const c = localizeContact(value, locale, words);
        return [...c.phones.flatMap((p) => [p.display, p.international ?? '']), c.email ?? '', c.web ?? ''].filter(Boolean).map((f) => f.replace(/[\u2066-\u2069]/g, ''));
      }).concat(online ? [online.replace(/^https:\/\//, '')] : []),
      ...(fromSource.length > 0 ? { fallback: { lang: meta.sourceLocale, texts: fromSource } } : {}),
      hasFullEdition: meta.formats.some((f) => f === 'booklet-a5' || f === 'email-a4') && meta.locales.length > 1,
      ui,
      metadata: {
        title,
        author: publisher.name,
        subject: t('meta.subject'),
        keywords: [publisher.short, hotline.short, meta.country].filter(Boolean).join(', '),
        language: code,
        date: options.date ?? new Date(`${meta.validFrom}T00:00:00Z`),
      },
    };
    // The flyer's second language is a whole localized leaflet of its own (its fonts, its
    // ui words), printed beside this one.
    const second = meta.flyer?.secondLocale;
    if (meta.flyer) {
      localized.flyer = { lines: meta.flyer.lines.map(r), ...(second && second !== code ? { second: localize(leafletId, second).leaflet } : {}) };
    }
    return { leaflet: localized, texts: traced };
  };
  return localize;
}

function localizeBlock(
  block: Block,
  r: (...rest: number[]) => string,
  lang: (...rest: number[]) => { lang?: string },
  rShort: (item: number) => string,
): LocalizedBlock {
  if (block.list) {
    const items = block.list.map((item, i) => {
      if (typeof item === 'string') return { text: r(i), ...lang(i), items: [] };
      return {
        text: r(i),
        ...lang(i),
        items: (item.list ?? []).map((_, j) => r(i, j)),
        ...(item.icon ? { icon: item.icon } : {}),
        ...(item.short !== undefined ? { short: rShort(i) } : {}),
      };
    });
    // The whole list is in the source language when every item is.
    const whole = items.every((item) => item.lang !== undefined) ? { lang: items[0]?.lang } : {};
    return { kind: 'list', id: block.id, ...(whole.lang ? whole : {}), items };
  }
  return block.callout !== undefined ? { kind: 'callout', id: block.id, text: r(), ...lang() } : { kind: 'text', id: block.id, text: r(), ...lang() };
}

// The placeholder table is the one list of helpers: validation reads it too.
const KNOWN_HELPERS = Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, true]));

/** Handlebars with our placeholders as helpers, bound to one locale. */
function createHandlebars(project: Project, locale: Locale, words: ContactWords) {
  const hbs = Handlebars.create();
  const get = (id: unknown) => {
    const c = project.contacts.get(String(id));
    if (!c) throw new Error(`placeholder names unknown contact ${String(id)}`);
    return c.value;
  };
  const localized = (id: unknown) => localizeContact(get(id), locale, words);
  hbs.registerHelper('name', (id: unknown) => localized(id).name);
  hbs.registerHelper('short', (id: unknown) => localized(id).short);
  hbs.registerHelper('email', (id: unknown) => localized(id).email);
  hbs.registerHelper('web', (id: unknown) => localized(id).web);
  hbs.registerHelper('hours', (id: unknown) => localized(id).hours);
  hbs.registerHelper('phone', (id: unknown, ...rest: unknown[]) => {
    const contact = get(id);
    // The last argument is Handlebars' options object; a second string is the phone's use.
    const use = rest.length > 1 ? String(rest[0]) : 'main';
    const phone = contact.phones.find((p) => p.use === use) ?? contact.phones[0];
    if (!phone) throw new Error(`contact ${contact.id} has no phone`);
    return localizePhone(phone, contact, locale, words).display;
  });
  return hbs;
}

function contactWords(t: TFunction): ContactWords {
  return {
    hours: {
      always: t('hours.always'),
      dayRange: (from, to) => t('hours.dayRange', { from, to }),
      rule: (days, from, to) => t('hours.rule', { days, from, to }),
    },
    phoneUse: (use) => (use === 'main' ? '' : t(`phoneUse.${use}`)),
  };
}

const SITE_WORDS = ['iRead', 'chartTitle', 'webPage', 'emailPdf', 'printFiles', 'booklet', 'bookletImposed', 'trifold', 'cardSheet', 'noPicture', 'allLanguages', 'pdfHeading'] as const satisfies ReadonlyArray<keyof SiteWords>;

function uiText(
  t: TFunction,
  locale: Locale,
  text: LeafletText,
  releasable: boolean,
  values: { publisher: string; sourceTitle: string; validFrom: string },
): UiText {
  // Every page of a translation that is not fully reviewed, current and complete says so:
  // "machine translation" while the file is machine-made, "not yet reviewed" otherwise.
  const draft = releasable ? undefined : t(text.translation.status === 'machine' ? 'translation.machine' : 'translation.translated');
  return {
    labels: { phone: t('labels.phone'), email: t('labels.email'), web: t('labels.web'), open: t('labels.open') },
    backHeading: t('back.heading'),
    emergency: t('back.emergency'),
    notesHeading: t('notes.heading'),
    ...(draft ? { draftLine: draft } : {}),
    endonym: locale.endonym,
    cardHelp: t('card.help'),
    cardEmergency: t('card.emergency'),
    cardScan: t('card.scan'),
    trifoldMore: t('trifold.more'),
    untranslated: t('translation.untranslated'),
    flap: { rights: t('flap.rights'), whoCanHelp: t('flap.whoCanHelp') },
    icons: Object.fromEntries(ICON_NAMES.map((name) => [name, t(`icons.${name}`)])) as Record<IconName, string>,
    hotlineAnyTime: t('hotline.anyTime'),
    site: Object.fromEntries(SITE_WORDS.map((k) => [k, t(k === 'iRead' ? 'chart.iRead' : k === 'chartTitle' ? 'chart.title' : `site.${k}`)])) as unknown as SiteWords,
    imprint: {
      publisher: t('imprint.publisher', { publisher: values.publisher }),
      source: t('imprint.source', { title: values.sourceTitle }),
      validFrom: t('imprint.validFrom', { date: values.validFrom }),
    },
    ...uiFunctions(t, locale),
  };
}

/**
 * The templates' words that take values. Functions do not cross to a render worker:
 * the worker makes them again from the same ui strings (src/render/portable.ts).
 */
export function uiFunctions(t: TFunction, locale: Locale): Pick<UiText, 'pair' | 'pageOf' | 'pagesLine' | 'hotlineClosed'> {
  const digits = (n: number) => new Intl.NumberFormat(locale.intl ?? locale.code, { useGrouping: false }).format(n);
  return {
    pair: (label, value) => t('labels.pair', { label, value }),
    // Numbers in the reader's digits: Persian prints ۱۲, not 12.
    pageOf: (page, total) => t('footer.page', { page: digits(page), total: digits(total) }),
    pagesLine: (count) => t('imprint.pages', { count, replace: { count: digits(count) } }),
    hotlineClosed: (name) => t('hotline.closed', { name }),
  };
}
