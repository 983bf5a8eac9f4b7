import type { YamlFile } from '../load/yaml-file.ts';
import { formatPath, type Problem } from '../problems.ts';

/** Where a field is, ready to spread into a problem: `{ ...at(file, path), message }`. */
export function at(file: YamlFile, path: ReadonlyArray<string | number>, needle?: string): Omit<Problem, 'message'> {
  const { line, column } = file.locate(path, needle);
  return { file: file.file, line, column, field: formatPath(path) };
}
