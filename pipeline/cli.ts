// Command line: `run` builds the database from an export folder; `check` says what a run would
// make of a folder without building anything; `sample` writes the fictional kabupaten's exports.
// Messages are in Bahasa Indonesia; progress goes to stderr.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { runPipeline } from "./run.ts";
import { formatCount, formatSeconds } from "./format.ts";
import { Profile } from "./profile.ts";

const HELP: Record<string, string> = {
  run: `npx tsx pipeline/cli.ts run --input FOLDER --db BERKAS [--config BERKAS] [--parquet FOLDER] [--profile]

Membaca setiap ekspor yang dikenali di FOLDER (CSV, TXT, DAT, XLSX, XLS), memvalidasi setiap baris,
menghitung semua mart, dan menulis basis data DuckDB ke BERKAS (diganti utuh; bila gagal, berkas
lama tetap). Baris yang ditolak tercatat di marts.rejects; berkas yang tidak dikenali di
marts.load_report dengan status tidak_dikenali.

  --input FOLDER     folder ekspor instansi (wajib)
  --db BERKAS        basis data keluaran, mis. data/asn.duckdb (wajib)
  --config BERKAS    konfigurasi instansi (JSON); bila tidak diberikan dan FOLDER/instansi.json ada,
                     berkas itu yang dipakai
  --parquet FOLDER   juga tulis setiap mart sebagai FOLDER/<mart>.parquet
  --profile          cetak tahap-tahap terlama (langkah ingest dan model SQL) dengan waktu dan
                     jumlah barisnya
  --profile-duckdb FOLDER
                     juga simpan profil JSON DuckDB untuk setiap tahap di FOLDER (pernyataan
                     terakhir tahap itu); menyiratkan --profile

Keluar dengan kode 0 bila berhasil (walau ada baris ditolak), 1 dengan satu baris alasan bila
sebuah berkas atau konfigurasi tidak dapat dipakai.`,
  check: `npx tsx pipeline/cli.ts check --input FOLDER [--config BERKAS] [--json]

Memeriksa FOLDER tanpa membangun apa pun: untuk setiap berkas dan lembar, sumber yang dikenali dan
caranya (nama berkas, judul kolom, peta impor), baris judul, asal setiap kolom kontrak (kolom
ekspor, bawaan peta impor, atau tidak ada), jumlah baris, dan penolakan yang akan terjadi menurut
alasan, dengan beberapa nomor baris.

  --input FOLDER     folder ekspor instansi (wajib)
  --config BERKAS    konfigurasi instansi (JSON); bawaan: FOLDER/instansi.json bila ada
  --json             laporan sebagai JSON (untuk skrip)

Keluar dengan kode 0 bila run akan berhasil, 2 dengan alasan yang sama seperti run bila tidak.`,
  sample: `npx tsx pipeline/cli.ts sample --out FOLDER [--employees N] [--year YYYY | --from YYYY-MM --to YYYY-MM] [--seed S]

Menulis ekspor kabupaten fiktif Sukamaju (deterministik) ke FOLDER: sebagian dalam bentuk asli
(buku kerja SIASN dan e-Kinerja, GLog, rekap izin Excel dengan peta impornya di instansi.json).
Rentang yang melewati akhir tahun memuat satu PNS yang TK 10 hari kerja berturut-turut mulai
22 Desember sampai Januari. Setiap tahun dalam rentang memerlukan daftar hari liburnya di
pipeline/rules/hari_libur/<tahun>.csv dan tanggal Ramadannya di pipeline/rules/ramadan.csv.

  --out FOLDER       folder tujuan (wajib)
  --employees N      jumlah pegawai (bawaan 6000, paling sedikit 200)
  --year YYYY        satu tahun data, sama dengan --from YYYY-01 --to YYYY-12 (bawaan 2025)
  --from YYYY-MM     bulan pertama rentang (bersama --to; 12 sampai 24 bulan)
  --to YYYY-MM       bulan terakhir rentang
  --seed S           benih acak (bawaan 1)`,
};

const USAGE = `Penggunaan:
  npx tsx pipeline/cli.ts run --input FOLDER --db BERKAS [--config BERKAS] [--parquet FOLDER]
  npx tsx pipeline/cli.ts check --input FOLDER [--config BERKAS] [--json]
  npx tsx pipeline/cli.ts sample --out FOLDER [--employees N] [--year YYYY | --from YYYY-MM --to YYYY-MM] [--seed S]
  npx tsx pipeline/cli.ts PERINTAH --help   (penjelasan setiap perintah)`;

const log = (msg: string) => process.stderr.write(`[asn] ${msg}\n`);

function fail(message: string, code = 1): never {
  process.stderr.write(`Galat: ${message}\n`);
  process.exit(code);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`--${name} harus bilangan bulat positif, bukan "${value}"`);
  return Number(value);
}

/** The command's options, or the help text and exit 0; an unknown option names itself. */
function options<T extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: string[], spec: T) {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${HELP[command]}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const option = /'([^']+)'/.exec(String(e))?.[1];
    return fail(`${option ? `pilihan ${option} tidak dikenal` : "pilihan tidak sah"} untuk ${command}\n${HELP[command]}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    process.exit(command === undefined ? 1 : 0);
  }
  if (command === "run") {
    const values = options("run", rest, {
      input: { type: "string" }, db: { type: "string" }, config: { type: "string" }, parquet: { type: "string" },
      profile: { type: "boolean" }, "profile-duckdb": { type: "string" },
    });
    if (!values.input || !values.db) fail(`--input dan --db wajib diisi\n${HELP.run}`);
    const profiling = values.profile || values["profile-duckdb"] !== undefined;
    const profile = new Profile({ detailed: profiling, duckdbDir: values["profile-duckdb"] });
    const started = performance.now();
    await runPipeline({ input: values.input, db: values.db, config: values.config, parquet: values.parquet, log, profile });
    if (profiling) for (const line of profile.format(15, performance.now() - started)) log(line);
  } else if (command === "check") {
    const values = options("check", rest, { input: { type: "string" }, config: { type: "string" }, json: { type: "boolean" } });
    if (!values.input) fail(`--input wajib diisi\n${HELP.check}`, 2);
    const { checkFolder, formatCheck } = await import("./check.ts");
    const report = await checkFolder(values.input, values.config);
    process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : formatCheck(report)}\n`);
    if (!report.ok) fail(report.error ?? "folder tidak dapat dipakai", 2);
  } else if (command === "sample") {
    const values = options("sample", rest, {
      out: { type: "string" }, employees: { type: "string" }, year: { type: "string" }, from: { type: "string" }, to: { type: "string" }, seed: { type: "string" },
    });
    if (!values.out) fail(`--out wajib diisi\n${HELP.sample}`);
    const { generateSample } = await import("./sample/index.ts");
    const started = performance.now();
    const result = await generateSample({
      out: values.out,
      employees: positiveInt("employees", values.employees, 6000),
      // No default here: the generator's own (one year) applies when neither --year nor --from/--to is given.
      year: values.year === undefined ? undefined : positiveInt("year", values.year, 0),
      from: values.from,
      to: values.to,
      seed: positiveInt("seed", values.seed, 1),
    });
    const rows = result.files.reduce((sum, f) => sum + f.rows, 0);
    log(`sampel: ${result.files.length} berkas, ${formatCount(rows)} baris di ${values.out} (${formatSeconds(performance.now() - started)})`);
  } else {
    fail(`perintah tidak dikenal "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // One line: the reason, naming the file (the loaders and config put it in the message).
  fail(e instanceof Error ? e.message.split("\n")[0] : String(e));
});
