// The static server for the built site, bound to 127.0.0.1 (npm run serve; npm start and the
// browser tests use serveDist). Files, MIME types, ranges and path safety are sirv's; clean URLs
// as Framework's own hosting: `/` → index.html, `/pages/x` → pages/x.html, `/pages/` →
// pages/index.html, and the site's 404.html for anything else.
import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { distPath, profileSetting } from "../src/data/lib/env.ts";

/** Serves `dir` on 127.0.0.1 (port 0 = any free port). */
export async function serveDist(dir: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  // dev: looks each file up on disk per request (no index taken at start), so a rebuild under a
  // running server is served as it is now; responses are never cached.
  const files = sirv(root, { dev: true, extensions: ["html"] });
  const notFound = join(root, "404.html");
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    files(req, res, () => {
      if (existsSync(notFound)) {
        res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
        createReadStream(notFound).pipe(res);
      } else {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404 Halaman tidak ditemukan\n");
      }
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
  const dir = process.argv[2] ? resolve(process.argv[2]) : distPath(profileSetting());
  if (!existsSync(join(dir, "index.html"))) {
    process.stderr.write(`Situs belum dibangun: ${join(dir, "index.html")} tidak ada. Jalankan npm run build dulu.\n`);
    process.exit(1);
  }
  const { url } = await serveDist(dir, Number(process.env.PORT ?? 3000));
  process.stdout.write(`Dasbor tersedia di ${url}\n(tekan Ctrl+C untuk berhenti)\n`);
}
