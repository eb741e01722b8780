// The input sources this build reads (marts.sources): the file names each matches and what the
// file holds, for the Kualitas Data page's list of files to drop in.
import { printQuery } from "./lib/query.ts";

await printQuery(`select files, about from marts.sources order by position`);
