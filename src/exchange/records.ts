import { editYaml } from './yaml-edit.ts';

/**
 * Writes `translation.units` records into a translation file's text: sets a unit's record,
 * or adds it to the map (creating the map when the file has none). The edit goes through
 * the yaml library's tokens, so every other byte of the file stays as it was, whatever its
 * line ends or style. Used by import and stamp.
 */
export function setRecords(source: string, records: Map<string, string>): string {
  return editYaml(source, [...records].map(([id, record]) => ({ path: ['translation', 'units', id], value: record })));
}
