/**
 * A tiny static file server for a built dist/ folder, on 127.0.0.1 and a random port:
 * what a plain static host (GitHub Pages, Netlify, nginx) does with the output.
 *
 * - the site lives under `base` ("/" or "/qd/"); anything outside it is a 404;
 * - paths are percent-decoded (Cyrillic entity slugs) and kept inside the folder;
 * - a folder serves its index.html; a folder without a trailing slash redirects to it;
 * - a missing file serves dist/404.html with status 404.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index fragments and metadata are binary blobs fetched by its script.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** origin + base, ending in "/": the site's home page. */
  url: string;
  /** The URL of a site path ("briefs/2025-q1/"), under the base. */
  href(sitePath: string): string;
  /** Every request the server answered, for assertions on what a page loaded. */
  log: { method: string; url: string; status: number }[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Astro's base, "/" by default. */
  base?: string;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDir(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export async function serveDist(distDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(distDir);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const log: StaticServer['log'] = [];

  const server = http.createServer((req, res) => {
    const send = (status: number, file: string | null, headers: Record<string, string> = {}) => {
      log.push({ method: req.method ?? 'GET', url: req.url ?? '', status });
      const body = file ? fs.readFileSync(file) : Buffer.from(status === 404 ? 'Not found' : '');
      res.writeHead(status, {
        'content-type': file ? contentType(file) : 'text/plain; charset=utf-8',
        'content-length': String(body.length),
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      send(404, isFile(page) ? page : null);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, { allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (pathname.includes('\0')) return notFound();
    // "/qd" without the slash is the home page too.
    if (`${pathname}/` === base) return send(301, null, { location: base + url.search });
    if (!pathname.startsWith(base)) return notFound();
    const rel = pathname.slice(base.length);
    const file = path.resolve(root, `.${path.posix.sep}${rel}`);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();

    if (isDir(file)) {
      if (!pathname.endsWith('/')) return send(301, null, { location: `${url.pathname}/${url.search}` });
      const index = path.join(file, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    if (isFile(file)) return send(200, file);
    return notFound();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    href: (sitePath: string) => origin + base + sitePath.replace(/^\/+/, ''),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
