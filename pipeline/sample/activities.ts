// Daily activity (aktivitas) descriptions, in Indonesian, by kind of position.
import type { Employee } from "./employees.ts";

/** [uraian, satuan, minimum volume, maximum volume]; `{bulan}` is the month's name. */
type Template = [string, string, number, number];

const MANAGER: Template[] = [
  ["Memimpin rapat koordinasi internal", "kegiatan", 1, 1],
  ["Menelaah dan mendisposisi surat masuk", "surat", 5, 25],
  ["Memverifikasi dan menandatangani dokumen usulan", "dokumen", 3, 15],
  ["Melakukan monitoring dan evaluasi pelaksanaan program", "laporan", 1, 2],
  ["Mengikuti rapat koordinasi dengan pimpinan daerah", "kegiatan", 1, 1],
  ["Menyusun arahan tindak lanjut hasil pemeriksaan", "dokumen", 1, 3],
  ["Membina dan mengevaluasi kinerja pegawai", "orang", 2, 8],
  ["Menyusun rencana kerja {bulan}", "dokumen", 1, 1],
];

const PELAKSANA: Template[] = [
  ["Mengagendakan surat masuk dan surat keluar", "surat", 5, 40],
  ["Menginput data kepegawaian ke aplikasi SIASN", "data", 10, 60],
  ["Menyusun laporan kegiatan bulan {bulan}", "laporan", 1, 1],
  ["Mengarsipkan dokumen keuangan", "berkas", 5, 30],
  ["Menyiapkan bahan rapat koordinasi", "berkas", 1, 5],
  ["Melayani konsultasi masyarakat", "orang", 3, 20],
  ["Merekap daftar hadir pegawai", "dokumen", 1, 2],
  ["Menyusun notulen rapat", "dokumen", 1, 2],
  ["Memperbarui data inventaris barang milik daerah", "data", 5, 40],
  ["Mengentri realisasi anggaran ke aplikasi SIPD", "transaksi", 5, 30],
];

const BY_CATEGORY: Partial<Record<Employee["category"], Template[]>> = {
  pendidikan: [
    ["Melaksanakan pembelajaran tatap muka di kelas", "jam pelajaran", 2, 8],
    ["Menyusun modul ajar Kurikulum Merdeka", "dokumen", 1, 2],
    ["Mengoreksi hasil asesmen formatif peserta didik", "lembar", 20, 90],
    ["Melaksanakan asesmen sumatif akhir semester", "kelas", 1, 4],
    ["Membimbing kegiatan ekstrakurikuler Pramuka", "kegiatan", 1, 1],
    ["Mengisi rapor peserta didik pada aplikasi e-Rapor", "siswa", 10, 35],
    ["Melaksanakan supervisi akademik", "sekolah", 1, 2],
  ],
  kesehatan: [
    ["Melakukan pemeriksaan pasien rawat jalan", "pasien", 5, 40],
    ["Melaksanakan asuhan keperawatan pasien rawat inap", "pasien", 3, 12],
    ["Melaksanakan imunisasi dasar lengkap di posyandu", "balita", 5, 30],
    ["Melakukan pemeriksaan ibu hamil (ANC)", "pasien", 2, 15],
    ["Mengentri data kunjungan ke aplikasi SIMPUS", "data", 20, 80],
    ["Melaksanakan penyuluhan kesehatan masyarakat", "kegiatan", 1, 2],
    ["Melakukan pemeriksaan laboratorium sederhana", "sampel", 5, 30],
  ],
  pengawasan: [
    ["Melaksanakan audit kinerja pada perangkat daerah", "kertas kerja", 1, 4],
    ["Mereviu laporan keuangan perangkat daerah", "dokumen", 1, 3],
    ["Memantau tindak lanjut hasil pemeriksaan BPK", "rekomendasi", 3, 15],
    ["Melaksanakan probity audit pengadaan barang dan jasa", "paket", 1, 3],
  ],
  teknik: [
    ["Melakukan pengawasan lapangan pekerjaan peningkatan jalan", "lokasi", 1, 3],
    ["Menyusun rencana anggaran biaya pekerjaan", "dokumen", 1, 2],
    ["Melakukan survei kondisi jaringan irigasi", "titik", 2, 10],
    ["Memeriksa dokumen persetujuan bangunan gedung", "berkas", 2, 10],
  ],
  pertanian: [
    ["Melaksanakan penyuluhan kepada kelompok tani", "kelompok", 1, 3],
    ["Melakukan pengamatan organisme pengganggu tumbuhan", "hektar", 5, 40],
    ["Melaksanakan vaksinasi ternak", "ekor", 10, 60],
    ["Mendata luas tanam dan luas panen", "desa", 1, 5],
  ],
  trantib: [
    ["Melaksanakan patroli ketertiban umum", "lokasi", 2, 8],
    ["Melakukan penertiban pedagang kaki lima", "lapak", 3, 20],
    ["Melaksanakan piket siaga pemadam kebakaran", "shift", 1, 1],
    ["Melakukan pengamanan kegiatan pemerintah daerah", "kegiatan", 1, 2],
  ],
  perhubungan: [
    ["Melaksanakan pengujian berkala kendaraan bermotor", "kendaraan", 5, 30],
    ["Mengatur lalu lintas pada jam sibuk", "titik", 1, 3],
    ["Mendata angkutan umum di terminal", "armada", 10, 50],
  ],
  sosial: [
    ["Melakukan verifikasi dan validasi data DTKS", "keluarga", 10, 50],
    ["Mendampingi penerima manfaat PKH", "keluarga", 5, 20],
    ["Melaksanakan konseling keluarga berencana", "pasangan", 3, 15],
  ],
  lingkungan: [
    ["Mengawasi pengangkutan sampah ke TPA", "ritase", 5, 20],
    ["Mengambil sampel air limbah industri", "sampel", 1, 6],
    ["Memeriksa dokumen UKL-UPL", "dokumen", 1, 3],
  ],
  dukcapil: [
    ["Melayani perekaman KTP elektronik", "orang", 10, 60],
    ["Menerbitkan akta kelahiran", "akta", 5, 40],
    ["Memproses perubahan kartu keluarga", "berkas", 10, 50],
  ],
  keuangan: [
    ["Memverifikasi SPP dan menerbitkan SP2D", "dokumen", 5, 30],
    ["Menyusun laporan realisasi anggaran {bulan}", "laporan", 1, 1],
    ["Melakukan rekonsiliasi kas dengan bank", "rekening", 1, 5],
    ["Menetapkan SPPT PBB-P2", "lembar", 20, 120],
  ],
  kepegawaian: [
    ["Memproses usulan kenaikan pangkat", "berkas", 5, 30],
    ["Memverifikasi usulan cuti pegawai", "berkas", 5, 25],
    ["Memvalidasi SKP pegawai pada aplikasi e-Kinerja", "pegawai", 10, 60],
    ["Menyusun analisis jabatan dan beban kerja", "jabatan", 1, 5],
  ],
  perencanaan: [
    ["Menyusun rancangan RKPD", "dokumen", 1, 1],
    ["Memverifikasi Renja perangkat daerah", "dokumen", 1, 4],
    ["Mengolah data indikator kinerja daerah", "indikator", 5, 30],
  ],
  kominfo: [
    ["Memelihara server dan jaringan pemerintah daerah", "perangkat", 1, 10],
    ["Mengembangkan modul aplikasi layanan publik", "modul", 1, 2],
    ["Mempublikasikan berita kegiatan pemerintah daerah", "berita", 1, 5],
  ],
  arsip: [
    ["Melakukan pemilahan dan penataan arsip inaktif", "boks", 2, 10],
    ["Melayani peminjaman buku perpustakaan", "orang", 5, 40],
  ],
  kewilayahan: [
    ["Melayani administrasi kependudukan di kecamatan", "berkas", 5, 30],
    ["Memfasilitasi musyawarah perencanaan pembangunan desa", "desa", 1, 3],
    ["Melakukan pembinaan administrasi pemerintahan desa", "desa", 1, 4],
  ],
};

export const DINAS_LUAR: Template = ["Melaksanakan perjalanan dinas dalam rangka koordinasi ke provinsi", "kegiatan", 1, 1];

const BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

export interface Activity {
  /** uraian already rendered for each month (index 0-11). */
  uraian: string[];
  satuan: string;
  volMin: number;
  volMax: number;
}

function render(t: Template): Activity {
  if (/[",\r\n]/.test(t[0] + t[1])) throw new Error(`sampel: teks aktivitas tidak boleh perlu tanda kutip: ${t[0]}`);
  return { uraian: BULAN.map((b) => t[0].replace("{bulan}", b)), satuan: t[1], volMin: t[2], volMax: t[3] };
}

const RENDERED = {
  manager: MANAGER.map(render),
  pelaksana: PELAKSANA.map(render),
  byCategory: Object.fromEntries(Object.entries(BY_CATEGORY).map(([k, v]) => [k, v.map(render)])) as Record<string, Activity[]>,
  dinasLuar: render(DINAS_LUAR),
};

export const dinasLuarActivity = RENDERED.dinasLuar;

/** The activities a person logs: their field's work plus office work (managers: leadership tasks). */
export function activitiesFor(emp: Employee): Activity[] {
  const field = RENDERED.byCategory[emp.category] ?? [];
  if (emp.jenisJabatan === "jpt" || emp.jenisJabatan === "administrator" || emp.jenisJabatan === "pengawas") return [...RENDERED.manager, ...field.slice(0, 2)];
  if (emp.jenisJabatan === "fungsional" && field.length > 0) return [...field, ...field, RENDERED.pelaksana[2]];
  return [...RENDERED.pelaksana, ...field];
}
