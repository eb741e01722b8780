// The build profile for pages: {profile: "internal" | "public", min_group_size}.
// Pages read it to hide person-level sections in the public build and to explain "<5".
import { profileInfo } from "./lib/profile.ts";

try {
  process.stdout.write(JSON.stringify(await profileInfo()));
} catch (error) {
  process.stderr.write(`loader gagal: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
