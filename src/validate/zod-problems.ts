import type { z } from 'zod';
import type { YamlFile } from '../load/yaml-file.ts';
import { formatPath, type Problem } from '../problems.ts';
import { messages } from '../messages.ts';
import { fieldExample } from './field-examples.ts';

/**
 * Validates a parsed file against a schema. Each zod issue becomes one problem with
 * the file, line and column of the offending value, its field path, what was expected
 * and what was found.
 */
export function validateFile<S extends z.ZodType>(
  file: YamlFile,
  schema: S,
): { data: z.output<S>; problems?: undefined } | { data?: undefined; problems: Problem[] } {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return { data: result.data };
  return { problems: result.error.issues.map((issue) => issueToProblem(file, issue)) };
}

function issueToProblem(file: YamlFile, issue: z.core.$ZodIssue): Problem {
  let path: PropertyKey[] = [...issue.path];
  let message: string;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      message =
        input === undefined
          ? messages.fieldMissing(String(path[path.length - 1] ?? 'value'), fieldExample(file.file, path))
          : issue.expected === 'string' && typeof input === 'number'
            ? messages.authoring.numberNeedsQuotes(String(path[path.length - 1] ?? 'value'), input)
            : messages.wrongType(describeExpected(issue.expected), describe(input));
      break;
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      path = [...path, key];
      message = messages.unknownField(issue.keys);
      break;
    }
    case 'invalid_value':
      message = messages.notOneOf(issue.values.map(String), describe(input));
      break;
    case 'too_small':
      message = Array.isArray(input) ? messages.listTooShort(Number(issue.minimum)) : issue.message;
      break;
    case 'too_big':
      // The content limits of src/schema.ts, and a list's own maximum (the card's hotlines).
      message =
        issue.origin === 'ui'
          ? messages.tooManyUiStrings(Number(issue.maximum), Number(input))
          : Array.isArray(input)
            ? messages.listTooLong(Number(issue.maximum), input.length)
            : typeof input === 'string'
              ? messages.textTooLong(Number(issue.maximum), input.length)
              : issue.message;
      break;
    case 'invalid_union': {
      // A list item written as a map: report what is wrong inside it (an unknown icon, a
      // missing `text`) rather than that it is not a plain text.
      const inMap = input !== null && typeof input === 'object' && !Array.isArray(input) ? issue.errors.find((branch) => branch.length > 0 && branch[0]!.code !== 'invalid_type') : undefined;
      if (inMap?.[0]) return issueToProblem(file, { ...inMap[0], path: [...path, ...inMap[0].path] } as z.core.$ZodIssue);
      // "- Merk: du har rett": a list item with ": " inside is read as a field, not a text.
      const entries = input && typeof input === 'object' && !Array.isArray(input) ? Object.entries(input) : [];
      const [only] = entries;
      message =
        entries.length === 1 && only && only[0] !== 'text' && typeof only[1] === 'string'
          ? messages.authoring.itemColon(only[0], only[1])
          : messages.wrongType('a text, or a `text` with a nested `list`', describe(input));
      break;
    }
    case 'invalid_key': {
      // A map key that is not valid, such as a contact's name under "ua": the key's own message.
      message = issue.issues[0]?.message ?? issue.message;
      break;
    }
    default:
      message = input !== undefined && issue.code !== 'custom' ? `${issue.message}; found ${describe(input)}` : issue.message;
      // A name where a leaflet names a contact ("publisher: Our NGO"): say it is an id of contacts.yaml.
      if (issue.code === 'invalid_format' && /leaflet\.yaml$/.test(file.file) && CONTACT_FIELDS.includes(String(path[0])) && typeof input === 'string') {
        message = messages.authoring.contactIdExpected(input);
      }
  }
  const { line, column } = file.locate(path);
  return { file: file.file, line, column, field: formatPath(path), message };
}

/** Fields of leaflet.yaml that name contacts by their id in content/contacts.yaml. */
const CONTACT_FIELDS = ['publisher', 'hotline', 'emergency', 'contacts', 'card'];

function describeExpected(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    array: 'a list',
    object: 'a map of fields',
    record: 'a map of fields',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}

/** How a found value reads in a message: short, and in the words of the YAML. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return 'a map of fields';
}
