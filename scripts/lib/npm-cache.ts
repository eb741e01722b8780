// Fills Observable Framework's npm cache (`<root>/.observablehq/cache/_npm/`) from node_modules,
// so `observable build` never downloads from cdn.jsdelivr.net nor asks registry.npmjs.org for versions.
//
// Framework 1.13 resolves every `npm:` import (the implicit Plot, Inputs' htl, d3-dsv for
// FileAttachment().csv(), ...) to `/_npm/<name>@<version>/_esm.js`. It picks the highest version
// already in the cache and only reads the file if it exists, so a bundle of the same package from
// node_modules, written at that path, is used as is. The client runtime also *names* 16 optional
// libraries (lodash, leaflet, echarts, ... and the six bundled below) that load lazily only when a
// page uses them; an empty `<name>@<version>` folder answers the version look-up of the others.
// See docs/arsitektur.md#tanpa-internet.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import { build, type BuildOptions, type Plugin } from "esbuild";

/** Packages bundled from node_modules. `externals` are cache entries of their own (as on jsDelivr). */
export const BUNDLED_PACKAGES: { name: string; externals: string[] }[] = [
  { name: "d3", externals: [] },
  { name: "d3-dsv", externals: [] }, // FileAttachment().csv() / .tsv()
  { name: "htl", externals: [] }, // html`...`, and Inputs' own import
  { name: "isoformat", externals: [] }, // implicit dependency of Inputs
  { name: "@observablehq/plot", externals: ["d3", "isoformat"] },
  { name: "arquero", externals: [] }, // `aq` and FileAttachment().arquero()
];

/**
 * Packages imported by a subpath (`npm:write-excel-file/universal`), which Framework looks up at
 * `_npm/<name>@<version>/<subpath>._esm.js`. Their dependencies are bundled in; `defaultExport`
 * re-exports the default too (`export *` leaves it out).
 */
export const BUNDLED_SUBPATHS: { name: string; subpath: string; defaultExport: boolean }[] = [
  // XLSX for the "Unduh XLSX" buttons (src/components/download-files.js); loaded on click only.
  { name: "write-excel-file", subpath: "universal", defaultExport: true },
];

/**
 * Libraries the Framework client names but that no page of ours loads. Only their version is
 * looked up while bundling the client; a page that really imports one fails the offline build
 * (the download is blocked), which is what we want. Versions are those current for Framework 1.13.
 */
export const NAMED_ONLY_PACKAGES: Record<string, string> = {
  lodash: "4.17.21",
  "apache-arrow": "17.0.0",
  echarts: "5.6.0",
  leaflet: "1.9.4",
  "mapbox-gl": "3.9.4",
  react: "19.0.0",
  "react-dom": "19.0.0",
  "topojson-client": "3.1.0",
  "parquet-wasm": "0.6.1",
  "@observablehq/sample-datasets": "1.0.1",
};

function packageVersion(name: string, projectRoot: string): string {
  const pkgPath = join(projectRoot, "node_modules", name, "package.json");
  if (!existsSync(pkgPath)) throw new Error(`npm cache: ${name} is not installed (${pkgPath}); run npm install`);
  return JSON.parse(readFileSync(pkgPath, "utf-8")).version;
}

function externalsPlugin(self: string, externals: Map<string, string>): Plugin {
  const selfDir = `_npm/${self}`;
  return {
    name: "framework-npm-externals",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const target = externals.get(args.path);
        if (!target) return undefined;
        return { path: posix.relative(selfDir, `_npm/${target}/_esm.js`), external: true };
      });
    },
  };
}

export interface NpmCacheResult {
  bundled: string[];
  namedOnly: string[];
  bytes: number;
}

/** Recreates `<srcRoot>/.observablehq/cache/_npm` from node_modules. */
/** esbuild settings for a package bundled as Framework's `_npm/<name>@<version>/_esm.js`. */
const BROWSER_BUNDLE = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  write: false as const,
  legalComments: "none",
  logLevel: "error",
} satisfies BuildOptions;

export async function fillNpmCache(srcRoot: string, projectRoot = process.cwd()): Promise<NpmCacheResult> {
  const npmDir = join(srcRoot, ".observablehq", "cache", "_npm");
  // A stale entry with a higher version (say htl@1.0.0 from an online build) would win over ours.
  await rm(npmDir, { recursive: true, force: true });
  const versions = new Map(BUNDLED_PACKAGES.map(({ name }) => [name, `${name}@${packageVersion(name, projectRoot)}`]));
  let bytes = 0;
  for (const { name, externals } of BUNDLED_PACKAGES) {
    const self = versions.get(name)!;
    const result = await build({
      // None of these packages has a default export (jsDelivr's +esm has none either).
      stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: projectRoot, loader: "js" },
      ...BROWSER_BUNDLE,
      plugins: [externalsPlugin(self, new Map(externals.map((e) => [e, versions.get(e)!])))],
    });
    const out = join(npmDir, self, "_esm.js");
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, result.outputFiles[0].contents);
    bytes += result.outputFiles[0].contents.byteLength;
  }
  for (const { name, subpath, defaultExport } of BUNDLED_SUBPATHS) {
    const specifier = JSON.stringify(`${name}/${subpath}`);
    const result = await build({
      stdin: {
        contents: `export * from ${specifier};${defaultExport ? ` export { default } from ${specifier};` : ""}`,
        resolveDir: projectRoot,
        loader: "js",
      },
      ...BROWSER_BUNDLE,
    });
    const self = `${name}@${packageVersion(name, projectRoot)}`;
    const out = join(npmDir, self, `${subpath}._esm.js`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, result.outputFiles[0].contents);
    bytes += result.outputFiles[0].contents.byteLength;
    versions.set(`${name}/${subpath}`, `${self}/${subpath}`);
  }
  for (const [name, version] of Object.entries(NAMED_ONLY_PACKAGES)) {
    await mkdir(join(npmDir, `${name}@${version}`), { recursive: true });
  }
  return { bundled: [...versions.values()], namedOnly: Object.keys(NAMED_ONLY_PACKAGES), bytes };
}
