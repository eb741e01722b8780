// A user clones the repository and nothing else: every relative link in README.md and docs/*.md
// must lead to a file of the repository, and a link to a heading of a Markdown file to an anchor
// that file has (an explicit <a id> or a heading). Links outside the repository (../) fail.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(".");
const FILES = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => join("docs", f))];

/** Markdown links [text](target) and <a href="target">, outside code spans and fenced blocks. */
function links(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-");

function anchors(file: string): Set<string> {
  const text = readFileSync(file, "utf8");
  return new Set([
    ...[...text.matchAll(/<a (?:id|name)="([^"]+)"/g)].map((m) => m[1]),
    ...[...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])),
  ]);
}

describe("tautan relatif di README.md dan docs/ menunjuk ke dalam repositori", () => {
  for (const file of FILES) {
    it(file, () => {
      const found = links(readFileSync(file, "utf8")).filter((l) => !/^[a-z]+:/i.test(l));
      const broken: string[] = [];
      for (const link of found) {
        const [path, anchor] = link.split("#");
        const target = path ? resolve(dirname(file), decodeURIComponent(path)) : resolve(file);
        if (relative(ROOT, target).startsWith("..") || !existsSync(target)) {
          broken.push(`${link}: berkas tidak ada di repositori`);
          continue;
        }
        if (anchor && statSync(target).isFile() && target.endsWith(".md") && !anchors(target).has(anchor)) {
          broken.push(`${link}: jangkar #${anchor} tidak ada`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it("README.md dan docs/ tidak merujuk ../shared atau rules.md di luar repositori", () => {
    for (const file of FILES) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\.\.\/shared|\/work\/shared|rules\.md §/);
    }
  });
});
