// The productivity map (docs/aturan.md#tpp, #penghargaan), as one archive (one loader process, one database
// open): opd-bulan.json (productivity and "present but absent" days per OPD and month),
// pegawai.csv (each employee's year: output against discipline and the quadrant the pipeline
// placed them in, and for the coaching list the low months as evidence; internal: names) and
// batas.json (the cut-offs the pipeline used), jadwal.json (the default week's minutes per day) and
// tahun.json (marts.productivity_year_summary: per year, OPD and the kabupaten, productivity,
// idle days, people per quadrant and on the coaching list; the page's cards in both builds);
// bulan.json (the instansi's minutes per month by approval status, and whether the month's
// approvals are still open: marts.productivity_months).
// Public build: pegawai.csv is empty, and OPDs (per month, or per year for tahun.json) of
// fewer than min_group_size people are left out.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
// The kabupaten's row only: an OPD's row is shown whole or not at all (see tahun.json).
const small = (n: string, value: string) => suppressSmall(`case when opd_code is null then ${n} end`, value, k);

const files: [string, string][] = [
  ["opd-bulan.json", `
    select
      months.opd_code,
      opds.opd_name,
      strftime(months.month, '%Y-%m-%d') as month,
      count(*)::integer as employees,
      sum(months.expected_minutes)::integer as expected_minutes,
      sum(months.counted_minutes)::integer as counted_minutes,
      (100.0 * sum(months.counted_minutes) / nullif(sum(months.expected_minutes), 0))::double as productivity_pct,
      sum(months.present_days)::integer as present_days,
      sum(months.present_no_activity_days)::integer as present_no_activity_days,
      sum(months.approved_minutes)::integer as approved_minutes,
      sum(months.pending_minutes)::integer as pending_minutes,
      sum(months.rejected_minutes)::integer as rejected_minutes,
      bool_or(months.approvals_open) as approvals_open
    from marts.productivity_monthly as months
    left join (select distinct opd_code, opd_name from marts.employees) as opds using (opd_code)
    group by all
    having count(*) >= ${k}
    order by months.opd_code, month`],
  ["pegawai.csv", personRows(`
    select
      quadrants.nip,
      employees.name,
      quadrants.opd_code,
      quadrants.year,
      round(quadrants.productivity_pct, 1) as productivity_pct,
      round(quadrants.discipline_days, 2) as discipline_days,
      quadrants.quadrant,
      -- the coaching list (needs_attention) only: the longest run of low months, and each
      -- calendar month's productivity when it was low, rounded down ("41 38 - 33 ...", "-": not low)
      case when quadrants.needs_attention then quadrants.longest_low_run end as longest_low_run,
      case when quadrants.needs_attention then quadrants.low_months end as low_months,
      case when quadrants.needs_attention then array_to_string(list_transform(range(1, 13), i -> coalesce(
        floor(list_filter(quadrants.low_month_list, m -> month(m.month) = i)[1].productivity_pct)::integer::varchar, '-')), ' ')
      end as low_months_pct
    from marts.page_productivity_quadrants as quadrants
    left join marts.employees as employees using (nip)
    where quadrants.quadrant is not null
    order by quadrants.year, quadrants.opd_code, quadrants.nip`)],
  // Per year and OPD, and the kabupaten (opd_code null): marts.productivity_year_summary. Public:
  // OPDs of fewer than min_group_size people on the map are left out, and a figure of the
  // kabupaten's row about fewer than min_group_size people is null.
  ["tahun.json", `
    select
      year::integer as year,
      opd_code,
      ${small("employees", "productivity_pct")} as productivity_pct,
      ${small("employees", "no_activity_per_100")} as no_activity_per_100,
      ${small("mapped", "mapped")} as mapped,
      ${small("teladan", "teladan")} as teladan,
      ${small("produktif_kurang_disiplin", "produktif_kurang_disiplin")} as produktif_kurang_disiplin,
      ${small("rajin_kurang_hasil", "rajin_kurang_hasil")} as rajin_kurang_hasil,
      ${small("perlu_pembinaan", "perlu_pembinaan")} as perlu_pembinaan,
      ${small("attention", "attention")} as attention,
      months_left_out
    from marts.productivity_year_summary
    where mapped >= ${k} or opd_code is null
    order by year, opd_code nulls first`],
  ["bulan.json", `
    select
      strftime(month, '%Y-%m-%d') as month,
      approved_minutes::integer as approved_minutes,
      pending_minutes::integer as pending_minutes,
      rejected_minutes::integer as rejected_minutes,
      pending_pct,
      approvals_open
    from marts.productivity_months
    where employees >= ${k}
    order by month`],
  ["batas.json", `
    select distinct
      productivity_cutoff_pct::double as productivity_cutoff_pct,
      discipline_cutoff_days::integer as discipline_cutoff_days,
      attention_min_months::integer as attention_min_months,
      (select open_approval_pct from config.productivity)::double as open_approval_pct
    from marts.page_productivity_quadrants`],
  // The default working week's scheduled minutes per weekday, net of break (config.schedule).
  ["jadwal.json", `
    select isodow, (minutes_between(start_time, end_time) - break_minutes)::integer as minutes
    from config.schedule
    where pattern = 'bawaan' and kind = 'reguler'
    order by isodow`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
