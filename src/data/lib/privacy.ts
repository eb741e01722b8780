// Privacy, not business rules: reject values are shown to data stewards, but a NIP or a person's
// name must never leave the pipeline in readable form on the aggregate pages.
// NIP-like values keep their first 4 and last 2 digits (enough to find the row in the export).

/** SQL expression masking `value` given the name of the column it came from. */
export function maskedRejectValue(column = `"column"`, value = "value"): string {
  const digits = `regexp_replace(${value}, '[\\s.\\-]', '', 'g')`;
  const col = `lower(coalesce(${column}, ''))`;
  return `case
    when ${value} is null or ${value} = '' then ${value}
    -- a person's name: initial only
    when ${col} in ('nama', 'name', 'nama_pegawai', 'nama_lengkap')
      then left(${value}, 1) || '•••'
    -- a NIP (also with spaces, dots or lost digits)
    when regexp_full_match(${digits}, '[0-9]{8,}')
      then left(${digits}, 4) || repeat('•', length(${digits}) - 6) || right(${digits}, 2)
    -- a NIP turned into scientific notation by a spreadsheet (1.9660801198803E+17)
    when regexp_full_match(trim(${value}), '[0-9][.,][0-9]+[eE][+]?[0-9]+')
      then left(trim(${value}), 4) || '•••' || right(trim(${value}), 2)
    -- anything else in a NIP column that is not plainly a number: could be a name
    when regexp_matches(${col}, '(^|_)nip(_|$)') and regexp_matches(${value}, '[A-Za-z]')
      then left(${value}, 1) || '•••'
    -- a whole rejected line (no single column): it may hold a name and a NIP anywhere
    when ${col} in ('', '*')
      then regexp_replace(regexp_replace(${value}, '([0-9]{4})[0-9]{2,}([0-9]{2})', '\\1••••\\2', 'g'),
                          '([A-Za-z])[A-Za-z]+', '\\1•••', 'g')
    -- any other text: mask embedded runs of 8 or more digits
    else regexp_replace(${value}, '([0-9]{4})[0-9]{2,}([0-9]{2})', '\\1••••\\2', 'g')
  end`;
}
