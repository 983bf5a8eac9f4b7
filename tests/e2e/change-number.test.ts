import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readText } from '../helpers/pdf.ts';
import { edit, fixtureProject, runCli } from '../helpers/project.ts';

// The README's "Changing a phone number", followed word by word on a small real project.
it('a number changed in contacts.yaml changes every PDF, in every place it is printed', async () => {
  const root = await fixtureProject('minimal');
  await edit(root, 'content/contacts.yaml', 'e164: "+4747451500"', 'e164: "+4722334455"');
  await edit(root, 'content/contacts.yaml', 'display: 47 45 15 00', 'display: 22 33 44 55');
  expect((await runCli(root, ['check'])).code).toBe(0);
  expect((await runCli(root, ['build'])).code).toBe(0);
  for (const locale of ['en', 'ru']) {
    const text = await readText(join(root, 'output/mini', `mini.${locale}.booklet-a5.pdf`));
    expect(text.all).not.toContain('47 45 15 00');
    expect(text.pages[0]).toContain('22 33 44 55'); // the cover's hotline block
    expect(text.pages[1]).toMatch(/Call .+ on 22 33 44 55|телефон 22 33 44 55/); // inside the text
    expect(text.pages.at(-1)).toContain('+47 22 33 44 55'); // the contacts page
    for (const page of text.pages.slice(1)) expect(page).toContain('KOM 22 33 44 55'); // every footer
  }
});
