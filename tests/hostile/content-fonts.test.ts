import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject, runCli } from '../helpers/project.ts';
import { expectRefused } from './content-helpers.ts';

const BOLD = 'fonts/NotoSans-Bold.ttf';

/** The manifest line that names a file, so each message can be checked to point there. */
async function manifestLine(root: string, file: string): Promise<number> {
  const lines = (await readFile(join(root, 'fonts/manifest.yaml'), 'utf8')).split('\n');
  return lines.findIndex((l) => l.includes(file)) + 1;
}

describe('fonts: check opens every font fully; the build never crashes on one', () => {
  it('a truncated font is reported by check, at its manifest line, naming the file', async () => {
    const root = await fixtureProject('minimal');
    const bytes = await readFile(join(root, BOLD));
    await writeFile(join(root, BOLD), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const line = await manifestLine(root, 'NotoSans-Bold.ttf');
    await expectRefused(
      root,
      new RegExp(`^fonts/manifest\\.yaml:${line}:\\d+ {2}families\\[0\\]\\.files\\.bold: fonts/NotoSans-Bold\\.ttf is cut short: its \\w+ table ends at byte \\d+, but the file has only ${Math.floor(bytes.length / 2)} bytes`),
    );
  });

  it('a font cut to its first kilobytes is reported the same way', async () => {
    const root = await fixtureProject('minimal');
    const bytes = await readFile(join(root, BOLD));
    await writeFile(join(root, BOLD), bytes.subarray(0, 2000));
    await expectRefused(root, /^fonts\/manifest\.yaml:\d+:\d+ {2}families\[0\]\.files\.bold: fonts\/NotoSans-Bold\.ttf is cut short/);
  });

  it('a font collection renamed .ttf is refused with how to proceed', async () => {
    const root = await fixtureProject('minimal');
    const bytes = await readFile(join(root, BOLD));
    // A TrueType Collection header ('ttcf', version 1.0, one face at offset 16) before the face.
    const header = Buffer.alloc(16);
    header.write('ttcf', 0, 'latin1');
    header.writeUInt32BE(0x00010000, 4);
    header.writeUInt32BE(1, 8);
    header.writeUInt32BE(16, 12);
    await writeFile(join(root, BOLD), Buffer.concat([header, bytes]));
    await expectRefused(
      root,
      /^fonts\/manifest\.yaml:\d+:\d+ {2}families\[0\]\.files\.bold: fonts\/NotoSans-Bold\.ttf is a font collection .+save the face you need as a static TTF \(the README, "Fonts and scripts", shows how\)/,
    );
  });

  it('a file that is no font at all is refused', async () => {
    const root = await fixtureProject('minimal');
    await writeFile(join(root, BOLD), '<html>404 Not Found</html>\n');
    await expectRefused(root, /^fonts\/manifest\.yaml:\d+:\d+ {2}families\[0\]\.files\.bold: fonts\/NotoSans-Bold\.ttf is not a TrueType or OpenType font/);
  });

  it('the sound fonts pass', async () => {
    const root = await fixtureProject('minimal');
    const { code, err } = await runCli(root, ['check']);
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
