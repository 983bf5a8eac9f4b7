import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NEW_USAGE } from '../cli-usage.ts';
import { CONTENT_DIR } from '../load/project.ts';
import { readYamlFile } from '../load/yaml-file.ts';
import { messages } from '../messages.ts';
import { CHART_ID } from '../schema.ts';
import { leafletYaml, sourceTextYaml, type SkeletonContacts } from './skeleton.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * `leaflets new <id>`: writes content/leaflets/<id>/leaflet.yaml and en.yaml, a leaflet
 * that checks and builds as it is. A refusal is one line and exit 2; nothing is written
 * then. Both files appear together or not at all (written into a folder the loader
 * skips, then renamed into place).
 */
export async function runNew(args: string[], io: { out: (s: string) => void; err: (s: string) => void }, root = process.cwd()): Promise<number> {
  const refuse = (message: string) => {
    io.err(`leaflets: ${message}`);
    return 2;
  };
  let parsed: { values: { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (err) {
    return refuse((err as Error).message.replace(/^Unknown option/, 'unknown option').replace(/\. To specify a positional.*$/s, ''));
  }
  if (parsed.values.help) {
    io.out(NEW_USAGE);
    return 0;
  }
  const [id, ...extra] = parsed.positionals;
  if (id === undefined || id.trim() === '') return refuse(messages.authoring.newNeedsId());
  if (extra.length > 0) return refuse(messages.authoring.newOneId(extra));
  if (!KEBAB.test(id)) return refuse(messages.authoring.newNotKebab(id, kebab(id)));
  if (id === CHART_ID) return refuse(messages.authoring.newReserved(id));
  const leaflets = join(root, CONTENT_DIR, 'leaflets');
  if (!(await exists(join(root, CONTENT_DIR)))) return refuse(messages.authoring.newNoContent());
  if (await exists(join(leaflets, id))) return refuse(messages.authoring.newExists(id));

  const contacts = await pickContacts(root);
  if (typeof contacts === 'string') return refuse(contacts);
  const today = new Date().toISOString().slice(0, 10);
  const staging = join(leaflets, `_new-${id}-${process.pid}`);
  try {
    await mkdir(staging, { recursive: true });
    await writeFile(join(staging, 'leaflet.yaml'), leafletYaml(id, contacts, today), { flag: 'wx' });
    await writeFile(join(staging, 'en.yaml'), sourceTextYaml(id, contacts), { flag: 'wx' });
    await rename(staging, join(leaflets, id));
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  const dir = `${CONTENT_DIR}/leaflets/${id}`;
  io.out(`Created ${dir}/leaflet.yaml and ${dir}/en.yaml.`);
  io.out(`Next: replace every "Replace with …" in them (the comments say what each field is), then run`);
  io.out(`  npx leaflets check`);
  io.out(`  npx leaflets build --leaflet ${id}`);
  return 0;
}

/** A leaflet id from what was typed: "Our NGO Leaflet" → "our-ngo-leaflet". */
function kebab(input: string): string {
  return (
    input
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-leaflet'
  );
}

/**
 * Real contact ids for the new leaflet, so it checks at once: the first contact with a
 * phone number (with an English name) as hotline and publisher, and a short number such
 * as 112 of the same country as the emergency number.
 */
async function pickContacts(root: string): Promise<SkeletonContacts | string> {
  const file = await readYamlFile(root, `${CONTENT_DIR}/contacts.yaml`);
  if (Array.isArray(file)) return messages.authoring.newNoContacts();
  type Raw = { id?: unknown; country?: unknown; phones?: Array<{ short?: unknown; e164?: unknown }>; hours?: unknown; name?: Record<string, unknown> };
  const list = ((file.data as { contacts?: unknown } | null)?.contacts ?? []) as Raw[];
  const usable = Array.isArray(list) ? list.filter((c) => c && typeof c.id === 'string' && typeof c.country === 'string' && typeof c.name?.en === 'string') : [];
  const hotline = usable.find((c) => Array.isArray(c.phones) && c.phones.some((p) => p.e164 !== undefined));
  if (!hotline) return messages.authoring.newNoContacts();
  const emergency = usable.find((c) => c !== hotline && c.country === hotline.country && Array.isArray(c.phones) && c.phones.some((p) => p.short !== undefined));
  return {
    hotline: String(hotline.id),
    country: String(hotline.country),
    ...(emergency ? { emergency: String(emergency.id) } : {}),
    hours: hotline.hours !== undefined,
  };
}
