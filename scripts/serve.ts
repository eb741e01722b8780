// A small static server for the built site, bound to 127.0.0.1 (npm run serve).
// Clean URLs like Framework's own hosting: `/` → index.html, `/pages/x` → pages/x.html,
// `/pages/` → pages/index.html. Used by the browser test too (serveDist).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".map": "application/json; charset=utf-8",
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path maps to inside `root`, or null (also for paths escaping root). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (pathname.includes("\0")) return null;
  const path = resolve(root, `.${pathname}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  const candidates = pathname.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return null;
}

async function send404(root: string, res: ServerResponse): Promise<void> {
  const page = join(root, "404.html");
  res.statusCode = 404;
  if (await isFile(page)) {
    res.setHeader("Content-Type", CONTENT_TYPES[".html"]);
    createReadStream(page).pipe(res);
  } else {
    res.setHeader("Content-Type", CONTENT_TYPES[".txt"]);
    res.end("404 Halaman tidak ditemukan\n");
  }
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? "/", "http://127.0.0.1");
  const file = await resolveFile(root, pathname);
  if (!file) return send404(root, res);
  const { size } = await stat(file);
  res.writeHead(200, {
    "Content-Type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": size,
    "Cache-Control": "no-cache",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
}

/** Serves `dir` on 127.0.0.1 (port 0 = any free port). */
export async function serveDist(dir: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    handle(root, req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": CONTENT_TYPES[".txt"] });
      res.end(`500 ${error instanceof Error ? error.message : error}\n`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? "dist");
  if (!(await isFile(join(dir, "index.html")))) {
    process.stderr.write(`Situs belum dibangun: ${join(dir, "index.html")} tidak ada. Jalankan npm run build dulu.\n`);
    process.exit(1);
  }
  const { url } = await serveDist(dir, Number(process.env.PORT ?? 3000));
  process.stdout.write(`Dasbor tersedia di ${url}\n(tekan Ctrl+C untuk berhenti)\n`);
}
