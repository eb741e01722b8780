// Rejected rows for the searchable table, with NIPs and names masked (see lib/privacy.ts); the
// public build carries no value at all (a masked NIP or a name's initial is still personal data).
// At most MAX_PER_GROUP rows per file and reason keep the page light; the exact counts are in
// rejects-summary.json. For a spreadsheet `line` is the row number Excel shows, and `sheet` names
// the sheet (null for a text file).
import { printQuery } from "./lib/query.ts";
import { maskedRejectValue } from "./lib/privacy.ts";
import { isPublic } from "./lib/profile.ts";

const MAX_PER_GROUP = 200;

await printQuery(`
  select * replace (${isPublic() ? "null::varchar" : maskedRejectValue(`"column"`, "value")} as value)
  from marts.rejects
  qualify row_number() over (partition by file, sheet, reason order by line) <= ${MAX_PER_GROUP}
  order by source, file, sheet nulls first, line
`);
