/**
 * A tiny static server for a built site on 127.0.0.1, behaving as a plain static host does:
 * the site is served under its base path, directory URLs get index.html (and a redirect to add
 * the trailing slash), unknown paths get 404.html with status 404, and nothing outside the site's
 * folder is readable. With `gzip`, text is compressed as a typical host does, so a benchmark's
 * transfer sizes are realistic; Pagefind's data files are already compressed and go out as they are.
 * The browser tests and the benchmarks share it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

export function serveStatic(root: string, base = '/', options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (file: string, status: number) => {
      const ext = extname(file);
      let body = readFileSync(file);
      const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(body);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(page, 404);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    };
    if (!path.startsWith(base)) return notFound();
    let file = join(root, normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(file, 200);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
