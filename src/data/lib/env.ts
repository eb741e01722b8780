// The environment settings of a build, defined once: read by observablehq.config.ts, the data
// loaders (through query.ts and profile.ts) and the scripts (build-site, report, start, serve).
// Each is read when asked, not at import, so a script can set one before it calls a loader helper.
// No imports beyond node:path: the public build's staged copy of src/ carries this file too.
import { join, resolve } from "node:path";

export type Profile = "internal" | "public";

/** The pipeline's database, relative to the project (or the working directory of a loader). */
export const DEFAULT_DB = join("data", "asn.duckdb");

/**
 * A profile name as a person types it (`--profile`, ASN_PROFILE): `internal` when empty or
 * absent, `public`, or an error naming the value.
 */
export function parseProfile(value: string | undefined): Profile {
  const name = (value ?? "").trim().toLowerCase();
  if (name === "" || name === "internal") return "internal";
  if (name === "public") return "public";
  throw new Error(`profil tidak dikenal "${value}" (pilih internal atau public)`);
}

/** The build profile from ASN_PROFILE (or `given`, e.g. a --profile argument, when set). */
export function profileSetting(given?: string): Profile {
  return parseProfile(given ?? process.env.ASN_PROFILE);
}

/** The database: ASN_DB (resolved against the working directory), else `root`/data/asn.duckdb. */
export function databasePath(root = "."): string {
  return process.env.ASN_DB ? resolve(process.env.ASN_DB) : resolve(root, DEFAULT_DB);
}

/** The folder a build of `profile` goes to when nothing else is said. */
export function defaultDist(profile: Profile): string {
  return profile === "public" ? "dist-public" : "dist";
}

/** The built site of `profile`: ASN_DIST, else `root`/dist, or `root`/dist-public for public. */
export function distPath(profile: Profile, root = "."): string {
  return process.env.ASN_DIST ? resolve(process.env.ASN_DIST) : resolve(root, defaultDist(profile));
}

/** The source folder Framework builds: ASN_ROOT (the public build's staged copy), else src. */
export function siteRoot(): string {
  return process.env.ASN_ROOT ?? "src";
}

/** Where the public build stages its copy of src/: ASN_STAGE, else `root`/.build/src-public. */
export function stagePath(root: string): string {
  return resolve(process.env.ASN_STAGE ?? join(root, ".build", "src-public"));
}
