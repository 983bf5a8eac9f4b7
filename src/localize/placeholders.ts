import type { Contact } from '../schema.ts';

/**
 * The placeholders content may use inside its strings, each taking a contact id:
 * `{{phone "kom"}}`, `{{phone "alarmtelefonen" "abroad"}}`, `{{email "kom"}}` …
 * Validation and localization both read this table, so they cannot disagree.
 */
export const PLACEHOLDERS = {
  name: { what: 'name', present: () => true, extraArgs: 0 },
  short: { what: 'short name', present: (c: Contact) => c.short !== undefined, extraArgs: 0 },
  phone: { what: 'phone number', present: (c: Contact) => c.phones.length > 0, extraArgs: 1 },
  email: { what: 'email address', present: (c: Contact) => c.email !== undefined, extraArgs: 0 },
  web: { what: 'web address', present: (c: Contact) => c.web !== undefined, extraArgs: 0 },
  hours: { what: 'opening hours', present: (c: Contact) => c.hours !== undefined, extraArgs: 0 },
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];
