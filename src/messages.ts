import { didYouMean } from './did-you-mean.ts';
import { languageCodeProblem } from './validate/language-code.ts';

/**
 * Every message a user can see, in one catalog. The rule: say what happened, why it
 * matters when that is not obvious, and what to do. No stack traces, no "Oops".
 */
import type { FontFault } from './check/fonts.ts';

const list = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');
/** A long text cut to what identifies it in a one-line message. */
const clip = (text: string) => (text.length > 48 ? `${text.slice(0, 45).trimEnd()}…` : text).replace(/[\u2066-\u2069]/g, '');
/** ` (did you mean "ru"?)` when the input is a likely typo of a known name, else nothing. */
const suggest = (input: string, known: readonly string[]) => {
  const near = didYouMean(input, known);
  return near ? `did you mean "${near}"? ` : '';
};

export const messages = {
  // files and syntax
  fileMissing: () => 'file not found: create it, or check the name and folder',
  yamlSyntax: (detail: string) =>
    `the YAML is malformed: ${detail.replace(/ at line \d+, column \d+.*$/s, '').trim()}. Check indentation and quoting around this point`,

  yamlQuotedPlaceholder: () =>
    'the YAML is malformed: this text is in double quotes and so is a placeholder inside it ({{phone "…"}}). ' +
    "Put the text in single quotes ('…'), or write it on the next lines after `>-`",

  // schema
  fieldMissing: (key: string, example?: string) => `missing field \`${key}\`: add it${example ? `, for example ${example}` : ''}`,
  wrongType: (expected: string, found: string) => `expected ${expected}, found ${found}`,
  unknownField: (keys: readonly string[]) =>
    `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `\`${k}\``).join(', ')}: check the spelling against the README's content format, or remove it`,
  notOneOf: (allowed: readonly string[], found: string) => `expected one of ${list(allowed)}, found ${found}`,
  listTooShort: (min: number) => `the list needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`,

  // references between files
  unknownContact: (id: string, known: readonly string[]) =>
    `unknown contact "${id}": ${suggest(id, known)}use one of ${list(known)}, or add it to content/contacts.yaml`,
  duplicateContact: (id: string) => `the contact id "${id}" is used twice: give each contact its own id`,
  unknownLocale: (code: string, known: readonly string[] = []) =>
    `the language "${code}" is not in content/locales.yaml: ${suggest(code, known)}add it there first (see the README, "Adding a language")`,
  missingTextFile: (file: string, code: string) =>
    `no text file ${file} for the language "${code}": create it (see the README, "Adding a language") or remove "${code}" from \`locales\``,
  localeFieldMismatch: (found: string, expected: string) =>
    `this file is named for "${expected}" but says \`locale: ${found}\`: make them the same`,
  sourceStatus: (code: string) =>
    `the source language "${code}" must have \`status: source\`; translations have machine, translated, reviewed or approved`,
  translationClaimsSource: () =>
    'only the source language file may have `status: source`: a translation says machine, translated, reviewed or approved',
  leafletDirMismatch: (dir: string, id: string) => `the leaflet's folder is "${dir}" but its id is "${id}": make them the same`,
  missingContactName: (id: string, code: string) =>
    `the contact "${id}" has no name in "${code}": add \`${code}: …\` under its \`name\` in content/contacts.yaml`,
  missingContactRole: (id: string, code: string) =>
    `the contact "${id}" has no role in "${code}": add \`${code}: …\` under its \`role\` in content/contacts.yaml (a few words saying what the service is)`,
  phoneDigitsMismatch: (display: string, e164: string) =>
    `the printed number "${display}" does not have the same digits as ${e164}: correct one of them`,
  phoneInvalid: (e164: string) => `${e164} is not a valid phone number for its country: check the digits`,
  shortDigitsMismatch: (display: string, short: string) => `the printed number "${display}" is not the short number ${short}`,
  noFontChain: (script: string) =>
    `no font chain for the script "${script}" in fonts/manifest.yaml: add one under \`chains\``,
  unknownFontFamily: (family: string) => `the font family "${family}" is not in \`families\` of fonts/manifest.yaml`,
  fontFileMissing: (file: string) => `the font file fonts/${file} does not exist: add it (a static TTF) or fix the name`,
  unknownHyphenation: (name: string) =>
    `no hyphenation patterns "${name}": use a language of the hyphen package (such as nb, uk, ru, en-gb), or none`,
  unknownLeaflet: (id: string, known: readonly string[]) => `there is no leaflet "${id}": ${suggest(id, known)}use one of ${list(known)}`,

  formatNeeds: (format: string, field: string, what: string) =>
    `the format ${format} needs \`${field}\` in this file: ${what} (see the README, "Formats")`,
  unknownSection: (id: string, known: readonly string[]) => `there is no section "${id}" in the source text: use one of ${list(known)}`,
  unknownBlock: (id: string, section: string, known: readonly string[]) =>
    `the section "${section}" has no block "${id}": use one of ${list(known)}`,
  placeholderUrl: (url: string) =>
    `QR codes point to ${url}, a placeholder: set \`onlineBaseUrl\` in content/publishing.yaml before printing cards`,

  // structure of translations
  extraSection: (id: string, source: string) =>
    `the section "${id}" is not in the source text ${source}: remove it here, or add it there first`,
  extraBlock: (id: string, source: string) =>
    `the block "${id}" is not in the source text ${source}: remove it here, or add it there first`,
  orderDiffers: (source: string) => `the sections or blocks are in another order than in ${source}: use the same order`,
  kindDiffers: (kind: string, expected: string) => `this block is a ${kind} here but a ${expected} in the source text: use \`${expected}\``,
  itemCountDiffers: (found: number, expected: number) =>
    `this list has ${found} item${found === 1 ? '' : 's'} but the source has only ${expected}: translate each item once, in the same order`,

  // placeholders
  unknownPlaceholder: (name: string, known: readonly string[]) =>
    `unknown placeholder {{${name}}}: ${didYouMean(name, known) ? `did you mean {{${didYouMean(name, known)}}}? ` : ''}use one of ${known.map((k) => `{{${k} "contact-id"}}`).join(', ')}`,
  placeholderArgs: (name: string) => `{{${name}}} takes a contact id in quotes, such as {{${name} "kom"}}`,
  placeholderSyntax: (detail: string) =>
    `a placeholder is malformed (${detail.split('\n')[0]}): write it like {{phone "kom"}}, with two braces on each side`,
  contactLacks: (id: string, what: string) =>
    `the contact "${id}" has no ${what} in content/contacts.yaml: add it there, or use another placeholder`,
  unknownPhoneUse: (id: string, use: string, uses: readonly string[]) =>
    `the contact "${id}" has no "${use}" phone: its phones are ${list(uses)}`,

  wrongCharacter: (bad: string, badCp: string, good: string, goodCp: string, language: string) =>
    `"${bad}" (${badCp}) is not used in ${language}: write "${good}" (${goodCp})`,

  typedFact: (detail: string, placeholder: string | undefined, kind: 'phone' | 'email' | 'web' = 'phone') =>
    `"${detail}" is typed into the text: ` +
    (placeholder
      ? `write ${placeholder} instead, so that content/contacts.yaml stays the one place for it`
      : `add it to content/contacts.yaml and write a placeholder such as {{${kind} "contact-id"}} instead`),

  handlebarsConstruct: (what: string) =>
    `${what} is not a placeholder: a text may hold only placeholders such as {{phone "kom"}}, with two braces on each side and nothing before them; ` +
    'facts come from content/contacts.yaml'
,
  notReleasable: (s: { leaflet: string; locale: string; missing: string[]; stale: string[]; byStatus: Partial<Record<string, number>> }) => {
    const counts: Array<[number, string]> = [
      ...Object.entries(s.byStatus)
        .filter(([status]) => status === 'machine' || status === 'translated')
        .map(([status, n]): [number, string] => [n ?? 0, status]),
      [s.stale.length, 'stale'],
      [s.missing.length, 'missing'],
    ];
    const shown = counts.filter(([n]) => n > 0);
    const last = shown[shown.length - 1]?.[0] ?? 0;
    return (
      `not released: "${s.leaflet}" in "${s.locale}" has ${shown.map(([n, what]) => `${n} ${what}`).join(', ')} unit${last === 1 ? '' : 's'}; ` +
      'have them translated and reviewed (npx leaflets status lists them), or build without --release'
    );
  },

  // exchange with translators
  nothingToExport: (locale: string, leaflet?: string) =>
    `no ${leaflet ? `leaflet "${leaflet}"` : 'leaflet'} has a translation into "${locale}" to export (the source language has none)`,
  importFormat: (name: string) => `cannot import ${name}: give a .po or .xlf file exported by "leaflets export"`,
  importMissing: (path: string) => `no such file: ${path}`,
  importTarget: (leaflet: string, locale: string) =>
    `this file is for "${leaflet}" in "${locale}", which is not a translation of a leaflet here: export the file again`,
  importUnknownUnit: (id: string) => `there is no unit "${id}" in the source text: export the file again and translate that one`,
  importStale: (id: string) =>
    `the English of "${id}" changed since this file was exported, so this translation is of an older text: export again and translate the new English`,
  importPlaceholders: (id: string, want: readonly string[], got: readonly string[]) =>
    `the placeholders of "${id}" were changed: the English has ${want.join(' ') || 'none'}, the translation ${got.join(' ') || 'none'}. Copy them exactly as they are`,
  importPluralForm: (id: string, code: string) =>
    `the plural form "${id}" is not translated: "${code}" needs every one of its forms; translate it in this file`,
  importGaps: (ids: readonly string[]) =>
    `the translation would have gaps: translate ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''} in this file too`,

  // import: reading translators' files strictly (issue 10)
  importCharset: (charset: string) =>
    `the file declares the charset "${charset}", which is not known: save it as UTF-8 and write "charset=UTF-8" in its Content-Type header`,
  importBadBytes: (charset: string, byte: number) =>
    `the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} is not valid ${charset.toUpperCase()}, the charset this file is read in ` +
    '(its header\'s, or UTF-8 when it declares none): save the file as UTF-8 from the translation tool, or declare its real charset',
  poSyntax: (detail: string) =>
    `the PO file is malformed (${detail.replace(/^Error parsing PO data: /, '').split(/ at line \d+|\. /)[0]!.replace(/\.$/, '')}): ` +
    'fix this entry in the translation tool, or export the file again',
  poNoContext: (msgid: string) =>
    `the entry "${msgid.slice(0, 40)}${msgid.length > 40 ? '…' : ''}" has no msgctxt, so it matches no unit: keep the msgctxt line every exported entry has`,
  xmlSyntax: (detail: string) =>
    `the XML is malformed (${detail.split('\n')[0]!.replace(/\.$/, '')}): the file may be cut off or damaged; save it again from the translation tool, or export again` +
    (/entity/i.test(detail) ? '. Only &amp; &lt; &gt; &quot; &apos; and numeric character references are accepted' : ''),
  xmlDoctype: () =>
    'the file has a DOCTYPE declaration, which XLIFF does not use and import does not accept (it can define entities that expand or read other files): remove it',
  xmlCharacter: (codePoint: string) => `the character ${codePoint} is not allowed in XML: remove it, or save the file again from the translation tool`,
  xmlEncoding: (encoding: string) => `the file declares the encoding "${encoding}": import reads XLIFF in UTF-8 only; save it as UTF-8`,
  xliffVersion: (version: string) => `this is XLIFF ${version || 'of no version'}: import reads XLIFF 2.0, as "leaflets export --to xliff" writes it`,
  xliffShape: (detail: string) => `this is not an XLIFF 2.0 file as export writes it: ${detail}`,
  xliffInline: (element: string, id: string, part: string) =>
    `the ${part} of unit "${id}" contains the inline element <${element}>, which leaflets do not use: make it plain text in the translation tool, ` +
    'keeping placeholders such as {{phone "kom"}} as typed characters',
  xliffState: (state: string) => `unknown segment state "${state}": XLIFF 2.0 has initial, translated, reviewed and final`,
  importNoFiles: () => 'give the PO or XLIFF files to import',
  importUnitTwice: (id: string) => `the unit "${id}" is in this file twice: keep one`,
  importFileTwice: (file: string) => `the translation ${file} is imported from two of these files: import one file per leaflet and language`,
  importWrite: (file: string, detail: string) =>
    `could not write ${file} (${detail}); every file of this import was put back as it was. Check that the folder is writable and the disk has room, then import again`,

  // ui strings
  missingUiString: (key: string, file: string) => `missing translation of "${key}": translate it from ${file}`,
  missingPluralForm: (key: string, form: string, code: string, examples: readonly number[]) =>
    `missing plural form "${key}_${form}": "${code}" uses it for numbers such as ${examples.join(', ')}`,
  unknownUiVariable: (variable: string, key: string, allowed: readonly string[]) =>
    `{{${variable}}} is not a value the build fills in for "${key}": ` +
    (allowed.length > 0 ? `it fills in ${allowed.map((a) => `{{${a}}}`).join(', ')}; keep the placeholders of the English text` : 'this text takes no placeholders; remove it'),

  // glyph coverage
  missingGlyph: (char: string, codePoint: string, name: string, locale: string, fonts: readonly string[]) =>
    `the character "${char}" (${codePoint} ${name}) is in no font for "${locale}" (tried ${fonts.join(', ')}): ` +
    'replace it, or add a font that covers it to fonts/manifest.yaml',

  // hostile or odd content: reading files (src/load/), YAML, limits, fonts, ui markers
  linkLeaves: (base: string) =>
    `this is a symbolic link to a place outside ${base}/, so it was not read: put the file or folder itself in ${base}/ instead of a link`,
  linkLoop: () => 'this symbolic link points to itself in a loop: replace it with the file itself',
  notAFile: () => 'this is not a plain file (a folder, device or pipe): put a YAML file here',
  fileUnreadable: (code: string) => `the file cannot be read (${code}): check that it exists and that you may read it`,
  fileTooLarge: (bytes: number, cap: number) =>
    `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the limit of ${cap / 1024 / 1024} MB for a content file: ` +
    "a leaflet's text is far smaller, so this is probably not the file you meant; split it or replace it",
  notUtf8: (byte: number, offset: number) =>
    `the file is not UTF-8 text: the byte at offset ${offset} (0x${byte.toString(16).toUpperCase().padStart(2, '0')}) is not valid UTF-8. ` +
    'Save the file as UTF-8 (in most editors: "Save with encoding", UTF-8) and check the text around this point',
  controlCharacter: (cp: number) =>
    `the file contains the control character U+${cp.toString(16).toUpperCase().padStart(4, '0')} here, which a leaflet cannot print: ` +
    'delete it (it often comes with text copied out of another program)',
  yamlTag: (tag: string) =>
    `the YAML tag ${tag} is not allowed: content holds plain texts, numbers, lists and maps only; remove the tag`,
  yamlAliases: (max: number) =>
    `the YAML aliases (*name) here expand to too much text (more than ${max} uses): write the values out instead of repeating aliases`,
  yamlTooDeep: () => 'the YAML is nested too deeply to be content: check the brackets and indentation around this point',
  yamlDuplicateKey: (key: string) => `the key "${key}" appears twice in this map: keep one of them`,
  yamlComplexKey: () => 'a key here is not a plain word or text: write keys as plain names such as `title:`',
  listTooLong: (max: number, found: number) =>
    `this list has ${found} entries, more than the ${max} allowed here: shorten it`,
  textTooLong: (max: number, found: number) =>
    `this text has ${found} characters, more than the ${max} allowed for one text: split it into several blocks or list items`,
  tooManyUiStrings: (max: number, found: number) =>
    `this file has ${found} strings, more than the ${max} a ui file may have (the English has about 40): keep only the keys of content/ui/en.yaml`,
  fontFault: (file: string, fault: FontFault) => {
    const path = `fonts/${file}`;
    switch (fault.kind) {
      case 'format':
        return `${path} is not a TrueType or OpenType font: replace it with the family's static TTF`;
      case 'collection':
        return (
          `${path} is a font collection (several faces in one file, as in a .ttc), which cannot be embedded in a PDF: ` +
          'save the face you need as a static TTF (the README, "Fonts and scripts", shows how) and name that file here'
        );
      case 'other':
        return `${path} is a ${fault.type} font, which the PDF writer does not embed: use the family's static TTF`;
      case 'variable':
        return `${path} is a variable font: use a static TTF of each weight (regular, bold) instead`;
      case 'truncated':
        return (
          `${path} is cut short: its ${fault.table} table ends at byte ${fault.end}, but the file has only ${fault.size} bytes. ` +
          'Copy the font again from its source'
        );
      case 'damaged':
        return `${path} is damaged (${fault.detail}): copy the font again from its source`;
    }
  },
  uiNesting: () => '$t(…) would insert another ui string here: write the words out instead',
  uiMarkerSyntax: (marker: string) =>
    `${marker} is not a placeholder the build understands: write a plain name such as {{count}}, as in the English text`,

  // the one-page flyer (issue 14)
  unknownFlyerLine: (id: string, known: readonly string[]) =>
    `the source text has no text "${id}" for the flyer: ${suggest(id, known)}use a paragraph, box or list item as section.block or section.block.2`,
  flyerNotALine: (id: string) =>
    `"${id}" is a whole list, not one line: choose one of its items, such as ${id}.0`,
  flyerSecondLocale: (code: string) =>
    `the flyer's second language "${code}" is not in this leaflet's \`locales\`: add it there, or remove \`secondLocale\``,

  // fitting
  panelOverflow: (e: { panel: string; pages: number; limit: number; overflowMm: number }, format: string, locale: string) =>
    `the ${e.panel} of ${format} in "${locale}" does not fit even at the smallest type size allowed: it needs ` +
    `${e.pages} page${e.pages === 1 ? '' : 's'} where it has ${e.limit}, about ${e.overflowMm} mm too long. ` +
    'Choose less content here for this format, or shorten the translation',

  // preflight: a finished PDF read back (src/preflight/). Each says what was measured,
  // against which limit, and what to do; `problem` puts leaflet, language, format and page first.
  preflight: {
    problem: (w: { leaflet: string; locale: string; format: string }, page: number, what: string, warning: boolean) =>
      `${warning ? 'warning: ' : ''}${['preflight', w.leaflet, w.locale, w.format].filter(Boolean).join(' ')} page ${page}: ${what}`,
    typeTooSmall: (text: string, size: number, min: number, count: number) =>
      `"${clip(text)}" is set at ${size} pt${count > 1 ? ` (and ${count - 1} more run${count > 2 ? 's' : ''} under ${min} pt)` : ''}, under the ${min} pt minimum: set it at ${min} pt or more in the template`,
    bodyTooSmall: (text: string, size: number, min: number) =>
      `body text "${clip(text)}" is set at ${size} pt, under this format's ${min} pt for body text: set it larger in the template`,
    offPage: (text: string) => `"${clip(text)}" is outside the page: move it onto the page in the template`,
    outsideTrim: (text: string) => `"${clip(text)}" is outside every panel of the finished size: it would be cut off; move it inside`,
    safeArea: (text: string, gap: number, min: number, edge: string) =>
      `"${clip(text)}" is ${gap} mm from the ${edge}, inside the ${min} mm safe area where cutting or folding can reach it: move it further in (template padding)`,
    overprint: (a: string, b: string) => `"${clip(a)}" is printed over "${clip(b)}": give the text room in the template, or shorten it`,
    notdef: (count: number) =>
      `${count} glyph${count === 1 ? ' is' : 's are'} missing from the font${count === 1 ? '' : 's'} and print${count === 1 ? 's' : ''} as an empty box: find the character with \`npx leaflets check\` or add a font that has it`,
    unknownFont: (font: string) => `the font "${font}" is not one of fonts/manifest.yaml: a character fell back to a font nobody chose; add a font that covers it to the manifest`,
    factSplit: (split: string, nextPage: number | undefined) =>
      `a phone number, email or web address is split across ${nextPage ? `pages (continues on page ${nextPage})` : 'lines'}: "${split}". A reader may dial half a number: keep it whole (numbers come from contacts.yaml with no-break spaces; check the text around it)`,
    hyphenAtBracket: (word: string) => `a hyphen was inserted beside a bracket or a digit: "${word}". Line breaking must not split there; shorten or rephrase the text around it`,
    hyphenWhereNone: (word: string, role: string) =>
      `"${word}" is hyphenated in a heading or on a ${role} panel, where the policy allows no hyphens: use a shorter word or rephrase`,
    hyphenShortWord: (word: string, minWord: number, minSide: number) =>
      `"${word}" is hyphenated, but the policy hyphenates only words of ${minWord} letters or more with ${minSide} on each side`,
    hyphenShare: (share: number, max: number) =>
      `${share}% of the lines end in a hyphen, more than the ${max}% a stressed reader should have to join; a person should look at it (shorter words or sentences help)`,
    hyphenLastWord: (word: string) => `"${word}" is the last word of a paragraph and is hyphenated: the policy never breaks a paragraph's last word`,
    hyphenRun: (count: number, max: number, word: string) =>
      `${count} hyphenated lines in a row (the last "${word}"), more than the ${max} the policy allows: rephrase a line, or report it as a line-breaking bug`,
    wordBroken: (at: string, word: string) =>
      `a line breaks inside the word "${word}" ("${at}"): add the word to \`keepWhole\` of its language in content/locales.yaml`,
    strandedHeading: (heading: string) => `the heading "${clip(heading)}" ends the page or panel with none of its text after it: keep it with its section (template keep-together)`,
    strandedLead: (text: string) => `"${clip(text)}" introduces a list but ends the page or panel, apart from its list: keep the line with its list`,
    qrMissing: (url: string) => `the card has no readable QR code, where it should lead to ${url}`,
    qrUnreadable: () => 'a QR code cannot be read by a QR reader: check its size and quiet zone',
    qrWrong: (got: string, want: string) => `a QR code leads to ${got}, not to this leaflet's online edition ${want}`,
    qrLeadsNowhere: (url: string, file: string) =>
      `the QR code leads to ${url}, but this build writes no ${file}: the site (output/site/) has a page for every leaflet and language while content/publishing.yaml sets onlineBaseUrl; check that file`,
    draftMissing: (notice: string) => `this page of a draft does not say "${clip(notice)}": every page of an unreviewed translation must`,
    unreadable: (detail: string) => `the PDF cannot be read back (${detail}): it is damaged; build it again`,
  },

  // tagged PDF (src/render/tagging.ts, src/preflight/checks/tagged.ts)
  tagging: {
    unpatched: (what: string) =>
      `${what} came out without a structure tree: react-pdf is not the patched version in patches/ (an upgrade, or an install that skipped "postinstall"). Run "npm install" (it applies the patches); after an upgrade of react-pdf, port patches/@react-pdf+render*.patch first`,
    // preflight k): each says what a screen reader would miss, and where to fix it
    notTagged: () => 'this edition should be a tagged PDF but has no structure tree (MarkInfo /Marked true, StructTreeRoot): a screen reader gets no headings, lists or reading order. Check that the template passes `tagged` and that react-pdf is patched (npm install)',
    noLang: () => 'the document has no /Lang: a screen reader cannot choose the voice; set `language` on the Document (templates/_parts/document.tsx)',
    noDisplayTitle: () => 'the viewer is not told to show the title (ViewerPreferences /DisplayDocTitle true): PDF/UA needs it',
    xmp: (what: string) => `the XMP metadata is wrong (${what}): PDF/UA needs well-formed XMP with pdfuaid:part 1 and dc:title; check the Document's title and conformance`,
    unmarked: (count: number, op: string) =>
      `${count} painting operator${count === 1 ? '' : 's'} (the first "${op}") outside marked content: text or shapes that are neither in the structure nor an Artifact. Tag the element in the template (tag, or artifact for decoration)`,
    linkOutside: (target: string) => `the link to ${target} is not inside a Link element of the structure: a screen reader cannot reach it. Use <Link> (tag 'Link') in the template`,
    linkNoContents: (target: string) => `the link to ${target} has no /Contents: give it a description (alt) in the template`,
    figureNoAlt: () => 'a Figure has no /Alt: give the image a text alternative (alt) in the template, in the reader\'s language',
    headingSkip: (from: number, to: number) =>
      from === 0 ? `the first heading is H${to}, not H1: tag the title H1 in the template` : `a heading goes from H${from} to H${to}, skipping a level: tag it H${from + 1} in the template`,
    noTabs: () => 'a page with links has no tab order /Tabs /S: the react-pdf patch sets it on tagged documents; build again after npm install',
  },

  preflightFileMissing: (path: string) => `no such PDF: ${path}`,
  nothingToPreflight: () => 'there are no PDFs of this selection in output/ to check: run "npx leaflets build" first',

  // command line
  unknownCommand: (cmd: string) => `unknown command "${cmd}"`,
  unknownFormat: (id: string, known: readonly string[]) => `unknown format "${id}": ${suggest(id, known)}use one of ${list(known)}`,
  localeNotInLeaflet: (code: string, leaflet: string, locales: readonly string[]) => {
    const near = didYouMean(code, locales);
    return (
      `the leaflet "${leaflet}" is not built in "${code}": ${suggest(code, locales)}its languages are ${list(locales)}` +
      (near ? '' : `; ${messages.authoring.localeLineToAdd(code, leaflet, locales)}`)
    );
  },
  unknownLocaleOption: (code: string, known: readonly string[]) =>
    `no leaflet is built in "${code}": ${suggest(code, known)}the languages are ${list(known)} (see content/locales.yaml)` +
    (didYouMean(code, known) || languageCodeProblem(code) ? '' : `; to build a leaflet in it, add "${code}" to \`locales\` in its leaflet.yaml (see the README, "Adding a language")`),
  noTranslationInto: (code: string, known: readonly string[]) =>
    `no leaflet has a translation into "${code}": ${suggest(code, known)}the languages are ${list(known)}`,
  emptyOption: (name: string) => `--${name} needs a value, for example --${name} ${name === 'leaflet' ? 'is-trafficking' : name === 'locale' ? 'uk' : name === 'format' ? 'booklet-a5' : '…'}`,
  sourceDateEpoch: (value: string) =>
    `SOURCE_DATE_EPOCH is "${value.length > 30 ? `${value.slice(0, 30)}…` : value}": it must be a whole number of seconds since 1970 up to 253402300799 (the end of year 9999); unset it or fix it`,

  // output/ and the machine (exit 3): what happened to which path, and what to do
  outputLocked: (path: string, pid: number | string, seconds: number) =>
    `${path}: another build (process ${pid}) is writing output/; waited ${seconds} s. Let it finish and build again, or, if no build is running, delete ${path}`,
  outputSymlink: (path: string) =>
    `${path} is a symbolic link, and the build never writes through one: replace it with a plain folder (or delete it) and build again`,
  outputNotFolder: (path: string) => `${path} is a file where the build needs a folder: move or delete it and build again`,
  interrupted: () => 'interrupted: the build stopped before changing output/; output/ and output/manifest.json are as they were',
  interruptedTwice: () => 'interrupted twice while writing output/: stopped at once; the next build repairs output/manifest.json',
  interruptedAfterWrite: () => 'interrupted: the PDFs of this build were already in place and output/manifest.json lists them; the build stopped there',
  staleLock: (pid: number) => `a build (process ${pid}) that no longer runs left output/ locked: took the lock over`,
  leftovers: (n: number) => `removed ${n} unfinished file${n === 1 ? '' : 's'} left by a build that was stopped`,
  manifestRebuilt: (why: string, n: number) =>
    `output/manifest.json ${why}: rebuilt it from the ${n} PDF${n === 1 ? '' : 's'} in output/`,
  manifestRepaired: (added: number, dropped: number) =>
    `output/manifest.json did not match output/ (a build was stopped while writing): ${added ? `listed ${added} PDF${added === 1 ? '' : 's'} it missed` : ''}${added && dropped ? ', ' : ''}${dropped ? `dropped ${dropped} entr${dropped === 1 ? 'y' : 'ies'} without a matching PDF` : ''}`,
  unknownPdfRemoved: (file: string, why: string) => `removed output/${file}: ${why}`,
  siteRemoved: () => 'removed output/site/: it did not match output/manifest.json (a build was stopped while writing it, or something else changed it); the next build writes it again',
  pruned: (files: readonly string[]) =>
    `removed ${files.length} PDF${files.length === 1 ? '' : 's'} of languages or formats no longer listed: ${files.map((f) => `output/${f}`).join(', ')}`,
  crashRemoved: (n: number) =>
    `removed ${n} older PDF${n === 1 ? '' : 's'} of this selection, so that none passes for current after this failure`,
  // Tri-fold flap, card and pictograms (issue 12).
  flapCard: {
    iconInTranslation: (found: string, source: string | undefined, sourceFile: string) =>
      `icon "${found}" differs from the source text's (${source ? `"${source}"` : 'none'}): icons are chosen in ${sourceFile} only; remove \`icon\` here`,
    shortWithoutSource: (sourceFile: string) => `this item has a \`short\` label, but its item in ${sourceFile} has none: add it there first, or remove it here`,
    unknownUnit: (unit: string, examples: string[]) => `no text "${unit}" in the source text: name a unit such as ${examples.map((e) => `"${e}"`).join(', ')}`,
    flapNotAList: (ref: string) => `"${ref}" is not a list block of the source text: name one as <section>.<block>, such as "entitled-to.entitlements"`,
    flapItemLacks: (ref: string, item: number, what: string[]) =>
      `item ${item + 1} of "${ref}" has no ${what.map((w) => `\`${w}\``).join(' and ')}: the flap shows each right as an icon and a few words; add them to the item in the source text`,
    panelStartsMidSentence: (panel: number, start: string) =>
      `tri-fold panel ${panel} starts in the middle of a text ("${start.slice(0, 40)}…"): each reading panel must start at a heading, paragraph or list item; keep paragraphs whole in the template (or choose less content under \`short\`)`,
    flapEmpty: () => 'the tri-fold flap has no text: it must show "your rights at a glance" or "who can help"; check `flap` in leaflet.yaml and the template',
    qrTooSmall: (mm: number, min: number) => `the QR code is ${mm.toFixed(1)} mm wide, under the ${min} mm a phone reads reliably: draw it larger in the template`,
  },
  environment: (code: string, path: string, detail: string) => {
    switch (code) {
      case 'ENOSPC':
      case 'EDQUOT':
        return `${path}: the disk is full${code === 'EDQUOT' ? ' (your quota)' : ''}; free some space and run the command again`;
      case 'EROFS':
        return `${path}: the file system is read-only; run the command in a copy of the project on a writable disk`;
      case 'EACCES':
      case 'EPERM':
        return `${path}: permission denied; give your user write access to it (or run in a copy of the project you own)`;
      case 'ENOENT':
        return `${path}: no such file or folder; check that it exists and that the command runs in the project folder`;
      case 'ENOTDIR':
      case 'EEXIST':
        return `${path}: a file is in the way where a folder is needed (or the reverse); move or delete it and run the command again`;
      case 'EISDIR':
        return `${path}: is a folder where a file is needed; move or delete it and run the command again`;
      case 'EMFILE':
      case 'ENFILE':
        return `${path}: too many open files; close other programs or raise the limit (ulimit -n) and run the command again`;
      case 'ELOOP':
        return `${path}: a loop of symbolic links; replace the links with plain files or folders`;
      case 'EBUSY':
        return `${path}: in use by another program; close it and run the command again`;
      default:
        return `${path}: ${detail}; check the disk and the file, then run the command again`;
    }
  },
  nothingToBuild: () => 'nothing matches these options: check --leaflet, --locale and --format',

  // authoring (issue 14): `leaflets new`, and messages a content keeper can act on alone
  authoring: {
    newNeedsId: () => 'give the new leaflet\'s id, for example: npx leaflets new my-leaflet',
    newOneId: (extra: readonly string[]) => `give one id, without spaces ("${extra[0]}" is one too many): for example npx leaflets new my-leaflet`,
    newNotKebab: (id: string, better: string) =>
      `"${id}" cannot be a leaflet id: use lower case letters, digits and hyphens only, such as "${better}"`,
    newReserved: (id: string) => `"${id}" is the name of the language chart: choose another id`,
    newExists: (id: string) => `content/leaflets/${id} already exists: choose another id, or edit that leaflet`,
    newNoContent: () => 'there is no content/ folder here: run the command in the project folder (the one with package.json)',
    newNoContacts: () =>
      'content/contacts.yaml has no contact with a phone number to start the leaflet with: add one there first (see the README, "Changing a phone number")',
    seedMissing: (seed: string) =>
      `there is no source text content/sources/${seed}: save the text the facts come from there, or give its web address as \`url: https://…\` with \`date\`, the day you read it`,
    strayTranslation: (code: string, leafletFile: string, locales: readonly string[]) =>
      `this translation is not built: "${code}" is not in \`locales\` of ${leafletFile}. To build it, write \`locales: [${locales.join(', ')}]\` there`,
    contactNameLocale: (id: string, code: string, known: readonly string[]) =>
      `the contact "${id}" has a name in "${code}", a language content/locales.yaml does not have, so it is never printed: ` +
      `${suggest(code, known)}use one of ${list(known)}, or add the language to content/locales.yaml (see the README, "Adding a language")`,
    licenceMissing: (file: string, family: string) =>
      `the licence file fonts/${file} of "${family}" does not exist: a font may be shipped only with its licence; add the file (for Noto fonts, the SIL Open Font License, OFL.txt) or fix the name`,
    curlyQuotes: (placeholder: string, quote: string) =>
      `${placeholder} has curly quotes ${quote === '\u201C' || quote === '\u201D' ? '“…”' : quote}: use straight quotes "…", as in ${placeholder.replace(/[\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A\u300C\u300D]/g, '"')} (an editor's "smart quotes" setting makes them)`,
    yamlIndent: (key: string, spaces: number, other: string, otherLine: number, otherSpaces: number) =>
      `\`${key}:\` is indented ${spaces} space${spaces === 1 ? '' : 's'}, but \`${other}:\` on line ${otherLine} is indented ${otherSpaces} (counting any "- " before it): ` +
      `fields of one item must start in the same column, so indent \`${key}:\` ${otherSpaces} spaces, exactly under \`${other}:\`; use spaces, not tabs`,
    contactIdExpected: (found: string) =>
      `expected a contact id from content/contacts.yaml (the \`id:\` of a contact there, such as "kom"), not a name; found "${found.length > 40 ? `${found.slice(0, 40)}…` : found}". ` +
      'Add the organisation to content/contacts.yaml if it is not there',
    yamlTab: () => 'this line is indented with a tab, which YAML does not allow: indent it with spaces, as the lines around it (most editors can show tabs and turn them into spaces)',
    yamlUnclosedQuote: (mark: string) =>
      `the YAML is malformed: this text starts with a quote (${mark}) that is never closed, so everything after it would be read as one text: ` +
      `end the text with the same quote (${mark}), or remove the quote at its start`,
    yamlColonInText: (key: string, before: string) =>
      `this text contains ": " (after "${before.length > 30 ? `${before.slice(0, 30)}…` : before}"), which YAML reads as the start of another field: ` +
      `put the whole text in quotes (${key}: '…'), or write it on the lines after \`${key}: >-\``,
    itemColon: (key: string, value: string) =>
      `this item contains ": ", so YAML reads it as a field "${key}" instead of a text: put the whole item in quotes: - '${key}: ${value.length > 30 ? `${value.slice(0, 30)}…` : value}'`,
    numberNeedsQuotes: (field: string, value: number) =>
      field === 'e164'
        ? `a number starting with + must be in quotes, or YAML reads it as a plain number and drops the +: write e164: "+${value}"`
        : `expected a text, found the number ${value}: put it in quotes (${field}: "${value}"), so it is kept exactly as written`,
    localeLineToAdd: (code: string, leaflet: string, locales: readonly string[]) =>
      `to build it, add "${code}" to \`locales\` in content/leaflets/${leaflet}/leaflet.yaml (\`locales: [${[...locales, code].join(', ')}]\`) and translate content/leaflets/${leaflet}/${code}.yaml (see the README, "Adding a language")`,
  },

  // build summary, cache, watch (issues 13 and 14)
  /** "1 PDF", "2 PDFs", "1 page": every count a user reads goes through this. */
  count: (n: number, one: string, other = `${one}s`) => `${n} ${n === 1 ? one : other}`,
  scopeRefused: (problems: number, scope: string, notBuilt: number, removed: number, kept: number, release = false) => {
    const head = `${problems} problem${problems === 1 ? '' : 's'} in ${scope}`;
    const pdfs = (n: number) => `${n} PDF${n === 1 ? '' : 's'}`;
    if (release) {
      // The draft of this very content says "draft" on every page: it may stay.
      const parts = [kept > 0 ? `its ${pdfs(kept)} of the current draft kept` : '', removed > 0 ? `${pdfs(removed)} of an older draft removed` : ''].filter(Boolean);
      return `${head}: not built for release${parts.length ? `; ${parts.join(', ')}` : ''}`;
    }
    if (scope.endsWith(', which every PDF depends on')) return `${head}: no PDF built${removed > 0 ? `, ${removed} older ${removed === 1 ? 'copy' : 'copies'} removed` : ''}`;
    const its = notBuilt > 0 ? `its ${pdfs(notBuilt)} not built` : 'its PDFs not built';
    const tail = kept > 0 ? `; ${pdfs(kept)} of its current draft kept` : '';
    if (removed === 0) return `${head}: ${its}${tail}`;
    if (removed === notBuilt) return `${head}: ${its} and removed${tail}`;
    return `${head}: ${its}, ${removed} older ${removed === 1 ? 'copy' : 'copies'} removed${tail}`;
  },
  buildSummary: (written: number, unchanged: number, seconds: string | undefined, pruned: number) => {
    const total = written + unchanged;
    const pdfs = `${total} PDF${total === 1 ? '' : 's'}`;
    const how = unchanged === 0 ? '' : written === 0 ? ` (all unchanged)` : ` (${written} rebuilt, ${unchanged} unchanged)`;
    return `Built ${pdfs}${how}${seconds ? ` in ${seconds} s` : ''}${pruned ? `; removed ${pruned} no longer listed` : ''}; list in output/manifest.json`;
  },
  partlyBuilt: (written: number, unchanged: number) => {
    const total = written + unchanged;
    const pdfs = `${total} PDF${total === 1 ? '' : 's'}`;
    if (total === 0) return 'nothing was built';
    if (unchanged === 0) return `${pdfs} built`;
    return written === 0 ? `${pdfs} up to date (unchanged)` : `${pdfs} built (${written} rebuilt, ${unchanged} unchanged)`;
  },
  watchStart: (url: string | undefined, folder: string) =>
    `Watching content/, fonts/ and templates/${url ? `; serving ${folder} at ${url}` : ''}. Press Ctrl-C to stop.`,
  watchStopped: () => 'watch stopped; output/ and output/manifest.json are consistent',
  watchCodeChanged: (file: string) => `${file} changed: restarting the builder to use the new code`,
  watchPort: (port: string) => `--port must be a whole number from 0 to 65535, not "${port}"`,
  watchPortInUse: (port: number) => `port ${port} is in use by another program: choose another with --port, or stop that program`,
} as const;
