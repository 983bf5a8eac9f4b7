import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/build.ts';
import { renderPdf } from '../../src/render/index.ts';
import { ROOT } from '../helpers/project.ts';

describe('a booklet guessed right renders once', () => {
  it('gives the same PDF with no guess, the right guess and a wrong one', async () => {
    const { project, targets } = await prepare(ROOT, { leaflet: 'no-residence-permits', locale: 'en', format: 'booklet-a5' });
    const leaflet = targets[0]!.localized.leaflet;
    const input = { root: ROOT, fonts: project.fonts, leaflet, format: 'booklet-a5' as const };
    const plain = await renderPdf(input);
    expect(plain.pages % 4).toBe(0);
    expect(plain.contentPages).toBeLessThanOrEqual(plain.pages);
    expect(plain.pages - plain.contentPages).toBeLessThan(4);
    for (const hint of [plain.contentPages, plain.contentPages + 1, plain.contentPages + 2, plain.contentPages + 3]) {
      const guessed = await renderPdf({ ...input, contentPagesHint: hint });
      expect(guessed.pages, `hint ${hint}`).toBe(plain.pages);
      expect(guessed.contentPages, `hint ${hint}`).toBe(plain.contentPages);
      expect(Buffer.compare(guessed.bytes, plain.bytes), `hint ${hint}`).toBe(0);
    }
  }, 300_000);
});
