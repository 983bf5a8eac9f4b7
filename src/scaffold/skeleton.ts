/**
 * The text of a new leaflet's two files. Every field of leaflet.yaml is there with a
 * comment saying what it is, and the English text has one section of each block kind,
 * so that a content keeper edits a leaflet that already checks and builds, instead of
 * meeting required fields one error at a time.
 */

/** The contacts a new leaflet names at first: real ids from content/contacts.yaml. */
export interface SkeletonContacts {
  /** The main number on the cover; also the publisher until the keeper changes it. */
  hotline: string;
  /** Its country, ISO 3166 (NO). */
  country: string;
  /** The emergency number (112), when the registry has a short number. */
  emergency?: string;
  /** Whether the hotline has opening hours, so the text may show {{hours}}. */
  hours: boolean;
}

export function leafletYaml(id: string, c: SkeletonContacts, today: string): string {
  const contacts = [c.emergency, c.hotline].filter((x): x is string => Boolean(x));
  return `# The leaflet "${id}": its facts. Its text in each language is in the files beside this
# one (en.yaml, and one per translation). See the README, "Adding a leaflet".

# The folder name: lower case letters, digits and hyphens.
id: ${id}
# The language the text is written in first; every translation follows it.
sourceLocale: en
# The country the leaflet is for (ISO 3166 code, such as NO, IS, FI).
country: ${c.country}
# Who publishes the leaflet: a contact id from content/contacts.yaml.
publisher: ${c.hotline}
# Where the facts come from. Either \`seed\`, a text file in content/sources/
# (seed: 001_c92a701fbf26fe5e.txt), or \`url\`, the public web page, with \`date\`, the
# day you read it (a web page changes). \`title\` is printed on the last page.
source:
  url: https://example.org/replace-with-the-page-the-facts-come-from
  date: ${today}
  title: Replace with the title of the source text
# The date from which the leaflet is valid (YYYY-MM-DD); printed on the last page.
validFrom: ${today}
# What to build: booklet-a5 (printed booklet), trifold-dl (folded leaflet), card
# (wallet card) and email-a4 (for screens). See the README, "Formats".
formats: [booklet-a5, trifold-dl, card, email-a4]
# The languages to build, as BCP 47 codes from content/locales.yaml (en, nb, uk, ar …).
# Each needs a text file <code>.yaml in this folder. See "Adding a language".
locales: [en]
# The number on the cover: a contact id from content/contacts.yaml.
hotline: ${c.hotline}
${c.emergency ? '' : '# '}# The emergency number, set apart on the cover (optional).
${c.emergency ? '' : '# '}emergency: ${c.emergency ?? 'police-emergency'}
# The contacts on the back page, in this order (ids from content/contacts.yaml).
contacts: [${contacts.join(', ')}]
# The tri-fold's short version: sections of en.yaml, each with the blocks to print.
short:
  - section: about
    blocks: [intro]
  - section: steps
    blocks: [list]
  - section: important
    blocks: [warning]
# The hotlines on the back of the wallet card, one to four, each with a phone number.
card: [${c.hotline}]
`;
}

export function sourceTextYaml(id: string, c: SkeletonContacts): string {
  const hours = c.hours ? ` ({{hours "${c.hotline}"}})` : '';
  return `# The English text of the leaflet "${id}": the source every translation follows.
# Each section has an \`id\`, a \`heading\` and \`blocks\`; each block has an \`id\` and one
# of \`text\` (a paragraph), \`list\` (bullet points) or \`callout\` (a box for what a
# reader must not miss). Ids are lower case letters, digits and hyphens.
# Never type a phone number, email or opening hours: write a placeholder such as
# {{phone "${c.hotline}"}} and the build prints it from content/contacts.yaml.
# A text with a colon followed by a space, or starting with a quote or a brace, goes in
# single quotes ('…') or on the lines after \`>-\`.
locale: en
translation:
  status: source
title: Replace with the leaflet's title
cover:
  lead: Replace with one or two sentences for the cover, such as "You can get help."
  notes:
    - Replace with a short note under the lead, or delete this list.
sections:
  - id: about
    heading: Replace with the first heading
    blocks:
      - id: intro
        text: >-
          Replace with a paragraph. Call {{name "${c.hotline}"}} on {{phone "${c.hotline}"}}${hours}.
  - id: steps
    heading: Replace with the second heading
    blocks:
      - id: list
        list:
          - Replace with a bullet point
          - text: Replace with a bullet point that has points under it
            list:
              - Replace with a point under it
  - id: important
    heading: Replace with the third heading
    blocks:
      - id: warning
        callout: Replace with what a reader must not miss. In an emergency, call {{phone "${c.emergency ?? c.hotline}"}}.
`;
}
