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

/** A copy of a TrueType font with one table's bytes all set to `byte`. */
function fillTable(font: Buffer, tag: string, byte: number): Buffer {
  const out = Buffer.from(font);
  const tables = out.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (out.toString('latin1', record, record + 4) !== tag) continue;
    const offset = out.readUInt32BE(record + 8);
    out.fill(byte, offset, offset + out.readUInt32BE(record + 12));
    return out;
  }
  throw new Error(`fillTable: no ${tag} table`);
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

  // fontkit trusts glyph data: composites made of missing glyphs made it allocate until
  // the process died (4 GB), in check as in the build. Now the data is walked first.
  it('glyph data overwritten with 0xFF is refused, not an out-of-memory crash', async () => {
    const root = await fixtureProject('minimal');
    await writeFile(join(root, BOLD), fillTable(await readFile(join(root, BOLD)), 'glyf', 0xff));
    await expectRefused(root, /^fonts\/manifest\.yaml:\d+:\d+ {2}families\[0\]\.files\.bold: fonts\/NotoSans-Bold\.ttf is damaged \(glyph 0 is made of glyph 65535, which does not exist\): copy the font again from its source$/);
  });

  it('glyph data zeroed out (a font that would print nothing) is refused', async () => {
    const root = await fixtureProject('minimal');
    await writeFile(join(root, BOLD), fillTable(await readFile(join(root, BOLD)), 'glyf', 0));
    await expectRefused(root, /^fonts\/manifest\.yaml:\d+:\d+ {2}families\[0\]\.files\.bold: fonts\/NotoSans-Bold\.ttf is damaged \(its letters have no outlines\)/);
  });

  it('a damaged layout table (GSUB) is refused', async () => {
    const root = await fixtureProject('minimal');
    await writeFile(join(root, BOLD), fillTable(await readFile(join(root, BOLD)), 'GSUB', 0));
    await expectRefused(root, /^fonts\/manifest\.yaml:\d+:\d+ {2}families\[0\]\.files\.bold: fonts\/NotoSans-Bold\.ttf is damaged \(its GSUB table cannot be decoded\)/);
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
