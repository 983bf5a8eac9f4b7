import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectConsistent, finished, spawnCli } from '../helpers/output.ts';
import { readText } from '../helpers/pdf.ts';
import { edit, fixtureProject } from '../helpers/project.ts';

/** Waits until `pattern` shows up in what `read` returns after `from` characters. */
async function waitFor(read: () => string, pattern: RegExp, from = 0, ms = 60_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const m = pattern.exec(read().slice(from));
    if (m) return m[0];
    if (Date.now() > until) throw new Error(`not seen within ${ms / 1000} s: ${pattern}\n--- output:\n${read()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('leaflets watch', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('rebuilds what an edit affects, reports a mistake and goes on, reloads the open page, and stops cleanly on Ctrl-C', { timeout: 240_000 }, async () => {
    const root = await fixtureProject('minimal');
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [email-a4]');
    const child = spawnCli(root, ['watch', '--port', '0']);
    stop = () => child.kill('SIGKILL');
    const ran = finished(child);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const both = () => out + err;

    const url = (await waitFor(() => out, /serving .+ at (http:\/\/localhost:\d+\/)/)).replace(/^.* at /, '');
    await waitFor(() => out, /^Built 2 PDFs in [\d.]+ s/m);
    const en = join(root, 'output/mini/mini.en.email-a4.pdf');

    // The preview lists the PDFs and carries the live reload script.
    const page = await (await fetch(url)).text();
    expect(page).toContain('mini/mini.en.email-a4.pdf');
    expect(page).toContain('EventSource');
    const events = await fetch(`${url}__leaflets/events`);
    const reader = events.body!.getReader();
    let heard = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        heard += Buffer.from(value).toString();
      }
    })();

    // An edit: the English PDF is rebuilt (a line for it), the Russian left as it is.
    let mark = out.length;
    await edit(root, 'content/leaflets/mini/en.yaml', 'One point', 'A point made in watch mode');
    await waitFor(() => out, /^Built 2 PDFs \(1 rebuilt, 1 unchanged\)/m, mark);
    expect(out.slice(mark)).toContain('output/mini/mini.en.email-a4.pdf');
    expect(out.slice(mark)).not.toContain('output/mini/mini.ru.email-a4.pdf');
    expect((await readText(en)).all).toContain('A point made in watch mode');
    await waitFor(() => heard, /"files":\["mini\/mini\.en\.email-a4\.pdf"\]/);

    // A mistake: reported with file:line, and the watcher goes on.
    const ru = join(root, 'content/leaflets/mini/ru.yaml');
    const good = await readFile(ru, 'utf8');
    mark = err.length;
    await writeFile(ru, good.replace('heading: Первый раздел', 'heading: Первый: раздел: x'));
    await waitFor(() => err, /^content\/leaflets\/mini\/ru\.yaml:\d+:\d+ {2}.+$/m, mark);
    await waitFor(() => err, /^1 problem in mini ru: its 1 PDF not built and removed; 1 PDF up to date \(unchanged\)$/m, mark);
    expect(child.exitCode).toBeNull();

    // Fixed: the Russian PDF is back.
    mark = out.length;
    await writeFile(ru, good);
    await waitFor(() => out, /^ {2}output\/mini\/mini\.ru\.email-a4\.pdf /m, mark);
    await waitFor(() => out, /^Built 2 PDFs/m, mark);

    child.kill('SIGINT');
    const result = await ran;
    stop = undefined;
    expect(result.code, both()).toBe(130);
    await expectConsistent(join(root, 'output'));
  });
});
