import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { YamlFile } from '../load/yaml-file.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Contact } from '../schema.ts';
import { at } from './at.ts';

/**
 * Checks the contacts registry beyond its schema: unique ids, and phone numbers whose
 * printed form has exactly the digits of the dialled number, so a typo in one of the
 * two cannot reach a leaflet.
 */
export function checkContacts(contacts: Contact[], file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  contacts.forEach((contact, c) => {
    if (seen.has(contact.id)) problems.push({ ...at(file, ['contacts', c, 'id']), message: messages.duplicateContact(contact.id) });
    seen.add(contact.id);
    contact.phones.forEach((phone, p) => {
      const path = ['contacts', c, 'phones', p];
      const displayDigits = phone.display?.replace(/\D/g, '');
      if (phone.e164 !== undefined) {
        const parsed = parsePhoneNumberFromString(phone.e164);
        if (!parsed || !parsed.isValid()) {
          problems.push({ ...at(file, [...path, 'e164']), message: messages.phoneInvalid(phone.e164) });
        } else if (displayDigits !== undefined && displayDigits !== parsed.nationalNumber) {
          problems.push({ ...at(file, [...path, 'display']), message: messages.phoneDigitsMismatch(phone.display ?? '', phone.e164) });
        }
      } else if (phone.short !== undefined && displayDigits !== undefined && displayDigits !== phone.short) {
        problems.push({ ...at(file, [...path, 'display']), message: messages.shortDigitsMismatch(phone.display ?? '', phone.short) });
      }
    });
  });
  return problems;
}
