import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, relative, sep } from 'node:path';
import sirv from 'sirv';
import { EnvironmentError } from '../problems.ts';
import { messages } from '../messages.ts';

/** Where the page asks to hear of rebuilt files (Server-Sent Events). */
const EVENTS = '/__leaflets/events';
/** A page that shows one PDF and reloads it when it is rebuilt. */
const VIEW = '/__leaflets/view';

/** The live reload script put into every HTML page served: a page reloads when a file it shows is rebuilt. */
const CLIENT = `<script>(() => {
  const source = new EventSource(${JSON.stringify(EVENTS)});
  source.onmessage = (e) => {
    const files = JSON.parse(e.data).files;
    const shown = document.documentElement.dataset.leafletsFile;
    if (!shown || files.includes(shown)) location.reload();
  };
})();</script>`;

export interface PreviewServer {
  url: string;
  /** Tells open pages which files (relative to the served folder's output/) were rebuilt. */
  changed(files: string[]): void;
  close(): Promise<void>;
}

/**
 * Serves output/site/ when the HTML site has been built, else output/ (with a list of the
 * PDFs), on localhost only. HTML pages get a small script that reloads them when a file
 * they show is rebuilt; a PDF opened from the list is shown in a page that reloads it.
 */
export async function startServer(outDir: string, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  const folder = () => (existsSync(join(outDir, 'site')) ? join(outDir, 'site') : outDir);
  const files = new Map<string, ReturnType<typeof sirv>>();
  const serveStatic = (dir: string) => {
    let handler = files.get(dir);
    if (!handler) files.set(dir, (handler = sirv(dir, { dev: true, dotfiles: false, etag: true })));
    return handler;
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === EVENTS) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === VIEW) {
      const file = url.searchParams.get('file') ?? '';
      return html(res, viewPage(file));
    }
    const dir = folder();
    const path = inside(dir, decodeURIComponent(url.pathname));
    if (path === undefined) {
      res.writeHead(404);
      return res.end();
    }
    const target = isDir(path) ? join(path, 'index.html') : path;
    if (target.endsWith('.html') && existsSync(target)) return html(res, await readFile(target, 'utf8'));
    if (isDir(path) && dir === outDir) return html(res, await listPage(outDir, relative(outDir, path)));
    serveStatic(dir)(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new EnvironmentError(messages.watchPortInUse(port)) : err));
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actual}/`,
    changed(changedFiles) {
      const data = `data: ${JSON.stringify({ files: changedFiles })}\n\n`;
      for (const c of clients) c.write(data);
    },
    close: () =>
      new Promise((resolve) => {
        for (const c of clients) c.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A request path inside the served folder, or undefined for one that would leave it. */
function inside(dir: string, pathname: string): string | undefined {
  const path = normalize(join(dir, pathname));
  return path === dir || path.startsWith(`${dir}${sep}`) ? path : undefined;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function html(res: ServerResponse, page: string) {
  const body = page.includes('</body>') ? page.replace('</body>', `${CLIENT}</body>`) : `${page}${CLIENT}`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** output/ before the HTML site exists: every PDF, each opening in a page that reloads it. */
async function listPage(outDir: string, sub: string): Promise<string> {
  let entries: Array<{ file: string }> = [];
  try {
    entries = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Array<{ file: string }>;
  } catch {
    // No build yet: an empty list.
  }
  const shown = entries.filter((e) => !sub || e.file.startsWith(`${sub.split(sep).join('/')}/`));
  const items = shown.map((e) => `<li><a href="${VIEW}?file=${encodeURIComponent(e.file)}">${escape(e.file)}</a></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Leaflets: output/</title></head><body><h1>output/</h1><ul>\n${items}\n</ul></body></html>`;
}

function viewPage(file: string): string {
  const src = `/${file.split('/').map(encodeURIComponent).join('/')}`;
  return `<!doctype html><html lang="en" data-leaflets-file="${escape(file)}"><head><meta charset="utf-8"><title>${escape(file)}</title>
<style>html,body,iframe{margin:0;height:100%;width:100%;border:0}</style></head><body><iframe src="${escape(src)}" title="${escape(file)}"></iframe></body></html>`;
}
