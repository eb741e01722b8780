// Build profiles (issue 6): the same site comes as an `internal` build for the agency's intranet
// (names, NIPs, per-person pages) and a `public` build of aggregates only, which must not carry a
// single NIP or name (UU 27/2022 on personal data protection) and suppresses every figure about
// fewer than `config.publishing.min_group_size` people.
//
// Loaders ask `isPublic()` and drop person-level rows and columns; aggregates go through
// `suppressSmall()` so a count of 3 people never reaches the public site.
import { profileSetting, type Profile } from "./env.ts";
import { queryRows } from "./query.ts";

export type { Profile };

/** Default threshold when the database predates `config.publishing` (the schema's default). */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** The build profile from env ASN_PROFILE: `internal` (default) or `public`; anything else fails. */
export function profile(): Profile {
  return profileSetting();
}

/** True in the public build: no NIP, no name, no per-person page, small groups suppressed. */
export function isPublic(): boolean {
  return profile() === "public";
}

let cachedMinGroupSize: Promise<number> | undefined;

/** `config.publishing.min_group_size` from the database (read once per loader process). */
export function minGroupSize(): Promise<number> {
  cachedMinGroupSize ??= queryRows(
    `select min_group_size::integer as k from config.publishing limit 1`,
  ).then(
    (rows) => Number(rows[0]?.k ?? DEFAULT_MIN_GROUP_SIZE),
    () => DEFAULT_MIN_GROUP_SIZE, // an older database without config.publishing
  );
  return cachedMinGroupSize;
}

/**
 * SQL: `value`, or null when the people behind it are 1 to k-1 (a count of nobody stays: it
 * is about no one). `k` = 0 disables it: the internal build passes 0 and keeps every figure.
 * `n` (how many people the figure is about) and `value` are SQL expressions.
 *
 *   suppressSmall("n_pegawai", "avg(nilai)", 5)  ->  case when (n_pegawai) between 1 and 4 then null else avg(nilai) end
 */
export function suppressSmall(n: string, value: string, k: number): string {
  if (!(k > 1)) return value;
  return `case when (${n}) between 1 and ${Math.floor(k) - 1} then null else ${value} end`;
}

/** The suppression threshold for this build: `minGroupSize()` in public, 0 (none) in internal. */
export async function suppressionThreshold(): Promise<number> {
  return isPublic() ? minGroupSize() : 0;
}

/**
 * Guard for loaders of person-level data that only internal pages read: in the public build the
 * loader fails (and with it the build), so no public page can ever load such a file.
 */
export function internalOnly(file: string): void {
  if (!isPublic()) return;
  process.stderr.write(`${file}: data per pegawai, hanya untuk versi internal; tidak dibangun pada profil public\n`);
  process.exit(1);
}

/**
 * SQL: the rows of `sql` in the internal build, none in the public build (same columns). For the
 * person-level members of an archive that a mixed page names statically.
 */
export function personRows(sql: string): string {
  return isPublic() ? `select * from (${sql}) where false` : sql;
}

/** What `src/data/profile.json.ts` emits for pages. */
export interface ProfileInfo {
  profile: Profile;
  min_group_size: number;
}

export async function profileInfo(): Promise<ProfileInfo> {
  return { profile: profile(), min_group_size: await minGroupSize() };
}
