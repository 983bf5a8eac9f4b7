import { TOOL_DIR } from '../tool-dir.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The folder holding the tool's own src/, templates/, package.json and node_modules/. */
export const CODE_DIR = TOOL_DIR;

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What the tool's code is: everything but the templates, which each format hashes for itself. */
export interface CodeFingerprint {
  /** src/, package.json, the installed dependencies' versions, patches/. */
  tool: string;
  /** Per template entry file (relative to the code folder): it and the template files it imports. */
  template(file: string): string;
}

const memo = new Map<string, CodeFingerprint>();

/**
 * Fingerprints the code this process runs. Taken once per process: a module once imported
 * stays as it was loaded, so a later edit on disk must not be claimed by outputs this
 * process renders (watch mode restarts its builder when code changes). `fresh` reads again
 * (the test seam for a copied code folder).
 */
export function codeFingerprint(dir = CODE_DIR, fresh = false): CodeFingerprint {
  const known = memo.get(dir);
  if (known && !fresh) return known;
  const parts: string[] = [];
  for (const file of walk(join(dir, 'src'))) parts.push(`${relative(dir, file)}\0${sha256(readFileSync(file))}`);
  for (const file of walk(join(dir, 'patches'))) parts.push(`${relative(dir, file)}\0${sha256(readFileSync(file))}`);
  parts.push(`package.json\0${sha256(readFileSync(join(dir, 'package.json')))}`);
  parts.push(`dependencies\0${installedVersions(dir)}`);
  const tool = sha256(parts.join('\n'));
  const templates = new Map<string, string>();
  const fingerprint: CodeFingerprint = {
    tool,
    template(file) {
      let hash = templates.get(file);
      if (!hash) {
        const closure = templateClosure(dir, join(dir, file));
        // The registry of templates is part of every format's.
        const index = join(dir, 'templates', 'index.ts');
        if (existsSync(index)) closure.add(index);
        hash = sha256([...closure].sort().map((f) => `${relative(dir, f)}\0${sha256(readFileSync(f))}`).join('\n'));
        templates.set(file, hash);
      }
      return hash;
    },
  };
  memo.set(dir, fingerprint);
  return fingerprint;
}

/**
 * The versions of every installed package, as npm recorded them when it installed them
 * (node_modules/.package-lock.json; the lock file when that is missing): react-pdf,
 * pdf-lib, fontkit, the hyphenation patterns and all they use.
 */
function installedVersions(dir: string): string {
  for (const file of [join(dir, 'node_modules', '.package-lock.json'), join(dir, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    const packages = (JSON.parse(readFileSync(file, 'utf8')) as { packages?: Record<string, { version?: string }> }).packages ?? {};
    return sha256(
      Object.entries(packages)
        .filter(([path]) => path !== '')
        .map(([path, p]) => `${path}@${p.version ?? ''}`)
        .sort()
        .join('\n'),
    );
  }
  return 'unknown';
}

/** A template file and every file under templates/ it imports, directly or not. */
function templateClosure(dir: string, entry: string): Set<string> {
  const inside = join(dir, 'templates');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      // Code outside templates/ is part of the tool's fingerprint.
      if (target.startsWith(`${inside}/`)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(path));
    else if (e.isFile()) out.push(path);
  }
  return out.sort();
}
