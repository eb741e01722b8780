// Browser tests use Debian's Chromium. Install it when missing and we are root; otherwise stop
// with the exact command, so that no browser test is ever skipped silently.
import { existsSync } from "node:fs";
import { runCommand } from "./run-command.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y chromium";

export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}. Pasang dengan: sudo sh -c '${INSTALL}'`);
  }
  process.stderr.write(`[uji] Chromium belum terpasang; menjalankan: ${INSTALL}\n`);
  const code = await runCommand("sh", ["-c", INSTALL], { DEBIAN_FRONTEND: "noninteractive" });
  if (code !== 0 || !existsSync(CHROMIUM)) throw new Error(`Pemasangan Chromium gagal (kode ${code}): ${INSTALL}`);
}
