/**
 * An example value for each field a content file must have, so that "missing field"
 * says what to write: a content keeper adding a leaflet met the required fields one
 * error at a time, then wrote a name where an id was expected.
 */
const EXAMPLES: Array<[RegExp, RegExp, string]> = [
  // [file, field path, example]
  [/leaflet\.yaml$/, /^id$/, 'id: no-work-rights (the folder name)'],
  [/leaflet\.yaml$/, /^sourceLocale$/, 'sourceLocale: en'],
  [/leaflet\.yaml$/, /^country$/, 'country: NO'],
  [/leaflet\.yaml$/, /^publisher$/, 'publisher: kom (a contact id from content/contacts.yaml, not a name)'],
  [/leaflet\.yaml$/, /^source$/, 'source: { seed: 003_5466b8c86aae0601.txt, title: … }'],
  [/leaflet\.yaml$/, /^source\.title$/, 'title: Information to Persons Identified as Possible Victims of Human Trafficking'],
  [/leaflet\.yaml$/, /^validFrom$/, 'validFrom: 2026-11-01'],
  [/leaflet\.yaml$/, /^formats$/, 'formats: [booklet-a5, email-a4]'],
  [/leaflet\.yaml$/, /^locales$/, 'locales: [en, nb]'],
  [/leaflet\.yaml$/, /^hotline$/, 'hotline: kom (a contact id from content/contacts.yaml)'],
  [/leaflet\.yaml$/, /^contacts$/, 'contacts: [police-emergency, kom]'],
  [/leaflet\.yaml$/, /^short\[\d+\]\.section$/, 'section: what-is-trafficking'],
  [/leaflet\.yaml$/, /^short\[\d+\]\.blocks$/, 'blocks: [definition]'],
  [/contacts\.yaml$/, /\.id$/, 'id: iom-oslo'],
  [/contacts\.yaml$/, /\.country$/, 'country: NO'],
  [/contacts\.yaml$/, /\.name$/, 'name: { en: Police – emergency }'],
  [/contacts\.yaml$/, /\.source$/, 'source: 003_5466b8c86aae0601.txt (the seed text the facts come from)'],
  [/locales\.yaml$/, /\.code$/, 'code: de'],
  [/locales\.yaml$/, /\.name$/, 'name: German'],
  [/locales\.yaml$/, /\.endonym$/, 'endonym: Deutsch'],
  [/locales\.yaml$/, /\.script$/, 'script: Latn'],
  [/locales\.yaml$/, /\.direction$/, 'direction: ltr'],
  [/locales\.yaml$/, /\.hyphenation$/, 'hyphenation: de (or none)'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /^locale$/, 'locale: uk (the file name without .yaml)'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /^translation$/, 'translation: { status: machine }'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /^translation\.status$/, 'status: machine (source in the English file)'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /^title$/, 'title: You can get help'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /^cover$/, 'cover: { lead: For help, call: }'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /^cover\.lead$/, 'lead: You can get help.'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /^sections$/, 'sections: (a list of sections, see content/leaflets/*/en.yaml)'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /\.id$/, 'id: your-rights'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /\.heading$/, 'heading: Your rights'],
  [/leaflets\/[^/]+\/[^/]+\.yaml$/, /\.blocks$/, 'blocks: (a list of blocks, each with an id and a text, list or callout)'],
];

const path = (p: readonly PropertyKey[]) =>
  p.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

/** An example line for a missing field, or undefined when none is recorded. */
export function fieldExample(file: string, fieldPath: readonly PropertyKey[]): string | undefined {
  const field = path(fieldPath);
  const example = EXAMPLES.find(([f, p]) => f.test(file) && p.test(field))?.[2];
  if (!example) return undefined;
  // "publisher: kom (a contact id …)" → `publisher: kom` (a contact id …)
  const note = example.indexOf(' (');
  return note < 0 ? `\`${example}\`` : `\`${example.slice(0, note)}\`${example.slice(note)}`;
}
