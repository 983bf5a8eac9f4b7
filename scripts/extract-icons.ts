/**
 * Copies the project's pictograms out of the Tabler Icons package (MIT, a dev dependency)
 * into icons/tabler-outline.json, the file the build reads: like the fonts, the icons a
 * leaflet prints are committed, so a build needs nothing from outside. Run with
 * `node bin/run-ts.js scripts/extract-icons.ts` after changing ICON_SET below or upgrading
 * @tabler/icons; a test fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { iconFile } from '../src/icons.ts';

const root = resolve(import.meta.dirname, '..');
const file = await iconFile();
// One icon a line: a diff shows which drawings changed.
const { icons, ...head } = file;
const lines = Object.entries(icons).map(([name, icon]) => `    ${JSON.stringify(name)}: ${JSON.stringify(icon)}`);
const text = `${JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "icons": {\n')}${lines.join(',\n')}\n  }\n}\n`;
JSON.parse(text);
writeFileSync(resolve(root, 'icons/tabler-outline.json'), text);
console.log('icons/tabler-outline.json written');
