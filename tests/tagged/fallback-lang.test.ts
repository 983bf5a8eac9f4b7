import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { edit, fixtureProject } from '../helpers/project.ts';
import { allNodes, readStructure } from './structure.ts';

describe('tagged email edition of a draft with English fallback', () => {
  it('marks the English text with /Lang en inside a Russian document', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [email-a4]');
    // The Russian text lacks the second point and its sub-point: they print in English.
    await edit(root, 'content/leaflets/mini/ru.yaml', /          - text: Второй пункт с\n            list:\n              - подпунктом\n/, '');
    await build({ root, locale: 'ru' });
    const nodes = allNodes(await readStructure(join(root, 'output/mini/mini.ru.email-a4.pdf')));
    const english = nodes.filter((n) => n.lang === 'en');
    // The item, which holds its sub-list (and so its text), and the sub-item.
    expect(english.map((n) => [n.role, n.text.trim()])).toEqual([
      ['LBody', 'Another point witha sub-point'],
      ['LBody', 'a sub-point'],
    ]);
    // The Russian items carry no /Lang of their own: the document's (ru) applies.
    const first = nodes.find((n) => n.role === 'LBody' && n.text.includes('Первый пункт'));
    expect(first?.lang).toBeUndefined();
  });
});
