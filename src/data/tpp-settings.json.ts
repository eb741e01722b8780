// The regional TPP deduction settings the pipeline ran with (config, docs/aturan.md#tpp): the shares of
// TPP, the monthly cap and the regulation that sets them (Perbup/Perwali of the instansi).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    tpp_legal_basis as legal_basis,
    tpp_discipline_share_pct as discipline_share_pct,
    tpp_performance_share_pct as performance_share_pct,
    tpp_monthly_cap_pct as monthly_cap_pct,
    -- a missed apel pagi / upacara (0 = not priced), and the GPS accuracy limit (docs/aturan.md#pola-kerja)
    tpp_missed_apel_pct as missed_apel_pct,
    max_gps_accuracy_m
  from config.settings
`);
