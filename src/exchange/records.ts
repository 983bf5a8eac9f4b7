/**
 * Writes `translation.units` records into a translation file's text: replaces a unit's
 * line, or adds it to the map (creating the map after `status:`). Editing the text, not a
 * parsed document, leaves every other byte of the file as it was. Used by import and stamp.
 */
export function setRecords(source: string, records: Map<string, string>): string {
  let out = source;
  const missing: string[] = [];
  for (const [id, record] of records) {
    const line = new RegExp(`^( {4}${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}): .*$`, 'm');
    if (line.test(out)) out = out.replace(line, `$1: ${record}`);
    else missing.push(`    ${id}: ${record}`);
  }
  if (missing.length === 0) return out;
  const units = /^ {2}units:\n((?: {4}.*\n)*)/m.exec(out);
  if (units) return out.slice(0, units.index + units[0].length) + `${missing.join('\n')}\n` + out.slice(units.index + units[0].length);
  const status = /^ {2}status: .*\n/m.exec(out)!;
  return out.slice(0, status.index + status[0].length) + `  units:\n${missing.join('\n')}\n` + out.slice(status.index + status[0].length);
}
