// Position names (nama_jabatan) and golongan for the sample master data.
import type { Category } from "./organisation.ts";
import type { Rng } from "./random.ts";

/** Functional positions by OPD category; `ahli` positions need a degree (golongan III+). */
const FUNGSIONAL: Record<Category, string[]> = {
  umum: ["Analis Kebijakan", "Pranata Komputer", "Arsiparis", "Perencana", "Analis Hukum"],
  pendidikan: [...Array<string>(14).fill("Guru"), "Pengawas Sekolah", "Pamong Belajar", "Penilik"],
  kesehatan: ["Perawat", "Perawat", "Bidan", "Bidan", "Dokter", "Apoteker", "Pranata Laboratorium Kesehatan",
    "Tenaga Sanitasi Lingkungan", "Nutrisionis", "Epidemiolog Kesehatan", "Radiografer", "Perekam Medis"],
  pengawasan: ["Auditor", "Auditor", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah"],
  perencanaan: ["Perencana", "Perencana", "Peneliti", "Statistisi"],
  kepegawaian: ["Analis Sumber Daya Manusia Aparatur", "Asesor Sumber Daya Manusia Aparatur", "Pranata Komputer"],
  keuangan: ["Analis Pengelolaan Keuangan APBD", "Pranata Keuangan APBD", "Penilai Pemerintah"],
  teknik: ["Teknik Jalan dan Jembatan", "Teknik Pengairan", "Penata Ruang", "Teknik Tata Bangunan dan Perumahan"],
  pertanian: ["Penyuluh Pertanian", "Penyuluh Pertanian", "Medik Veteriner", "Paramedik Veteriner", "Pengendali Organisme Pengganggu Tumbuhan", "Penyuluh Perikanan"],
  trantib: ["Polisi Pamong Praja", "Polisi Pamong Praja", "Analis Kebakaran", "Analis Bencana"],
  perhubungan: ["Penguji Kendaraan Bermotor", "Asisten Inspektur Angkutan Darat"],
  sosial: ["Pekerja Sosial", "Penyuluh Sosial", "Penyuluh Keluarga Berencana"],
  lingkungan: ["Pengendali Dampak Lingkungan", "Pengawas Lingkungan Hidup"],
  kominfo: ["Pranata Komputer", "Pranata Hubungan Masyarakat", "Statistisi", "Sandiman"],
  arsip: ["Pustakawan", "Arsiparis"],
  dukcapil: ["Administrator Database Kependudukan", "Pranata Komputer"],
  kewilayahan: ["Analis Kebijakan", "Polisi Pamong Praja"],
};

/** Pelaksana positions after the 2024 simplification (KepmenPANRB 11/2024). */
const PELAKSANA = [
  "Penelaah Teknis Kebijakan", "Pengolah Data dan Informasi", "Pengadministrasi Perkantoran",
  "Penata Layanan Operasional", "Pengelola Layanan Operasional", "Operator Layanan Operasional",
  "Pengelola Umum Operasional",
];

/** Share of non-managerial staff in functional positions. */
export const FUNGSIONAL_SHARE: Record<Category, number> = {
  umum: 0.2, pendidikan: 0.92, kesehatan: 0.75, pengawasan: 0.65, perencanaan: 0.45, kepegawaian: 0.35,
  keuangan: 0.3, teknik: 0.3, pertanian: 0.6, trantib: 0.55, perhubungan: 0.3, sosial: 0.4,
  lingkungan: 0.3, kominfo: 0.4, arsip: 0.5, dukcapil: 0.3, kewilayahan: 0.1,
};

/** Share of staff appointed as PPPK rather than PNS. */
export const PPPK_SHARE: Record<Category, number> = {
  umum: 0.12, pendidikan: 0.33, kesehatan: 0.3, pengawasan: 0.05, perencanaan: 0.08, kepegawaian: 0.08,
  keuangan: 0.08, teknik: 0.15, pertanian: 0.25, trantib: 0.2, perhubungan: 0.2, sosial: 0.2,
  lingkungan: 0.2, kominfo: 0.2, arsip: 0.15, dukcapil: 0.15, kewilayahan: 0.15,
};

/** Share of women among staff. */
export const FEMALE_SHARE: Record<Category, number> = {
  umum: 0.45, pendidikan: 0.66, kesehatan: 0.72, pengawasan: 0.45, perencanaan: 0.45, kepegawaian: 0.5,
  keuangan: 0.55, teknik: 0.22, pertanian: 0.3, trantib: 0.18, perhubungan: 0.2, sosial: 0.55,
  lingkungan: 0.3, kominfo: 0.4, arsip: 0.55, dukcapil: 0.5, kewilayahan: 0.4,
};

export const PNS_GOLONGAN = [
  "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
  "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

export function fungsionalBase(rng: Rng, category: Category): string {
  return rng.pick(FUNGSIONAL[category]);
}

export function pelaksanaTitle(rng: Rng): string {
  return rng.pick(PELAKSANA);
}

/** Jenjang of a functional position from the golongan index (ahli with a degree, else terampil). */
export function fungsionalTitle(base: string, golIndex: number, degree: boolean): string {
  if (!degree) return `${base} ${golIndex >= 10 ? "Penyelia" : golIndex >= 6 ? "Mahir" : "Terampil"}`;
  const jenjang = golIndex >= 12 ? "Ahli Madya" : golIndex >= 10 ? "Ahli Muda" : "Ahli Pertama";
  return `${base} ${jenjang}`;
}

/**
 * PNS golongan index: start by education (SMA II/a, D3 II/c, S1 III/a), one step per four years
 * of service, within the range that the position allows.
 */
export function pnsGolonganIndex(start: number, yearsOfService: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, start + Math.floor(yearsOfService / 4)));
}

/** PPPK golongan (I-XVII): by education, a step up for some senior staff. */
export function pppkGolongan(rng: Rng, degree: boolean, d3: boolean): string {
  const base = degree ? 8 : d3 ? 6 : 4; // IX, VII, V
  return ROMAN[base + (rng.chance(0.15) ? 1 : 0)];
}
