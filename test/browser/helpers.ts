// Shared by the browser tests: the two builds, and a built site served on 127.0.0.1 with a
// headless Chromium that stays quiet on a closed network (see docs/arsitektur.md#tanpa-internet).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM } from "../../scripts/lib/chromium.ts";
import { serveDist } from "../../scripts/serve.ts";

/** The internal and the public build (ASN_DIST, ASN_DIST_PUBLIC; default dist, dist-public). */
export const BUILDS = [
  { profile: "internal", distDir: resolve(process.env.ASN_DIST ?? "dist") },
  { profile: "public", distDir: resolve(process.env.ASN_DIST_PUBLIC ?? "dist-public") },
] as const;

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface OpenSite {
  url: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Serves `distDir` and opens Chromium on it (Indonesian locale, WIB, 1440 x 900). */
export async function openSite(distDir: string, options: { acceptDownloads?: boolean } = {}): Promise<OpenSite> {
  const site = await serveDist(distDir);
  const profileDir = await mkdtemp(join(tmpdir(), "asn-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? false,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
  });
  return {
    url: site.url,
    context,
    async close() {
      await context.close();
      await site.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
