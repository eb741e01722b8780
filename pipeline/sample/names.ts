// Indonesian personal names and academic titles for the sample master data.
import type { Category } from "./organisation.ts";
import type { Rng } from "./random.ts";

const MALE_FIRST = [
  "Agus", "Budi", "Slamet", "Joko", "Bambang", "Eko", "Hadi", "Wahyu", "Dwi", "Rudi", "Heru", "Yusuf",
  "Ahmad", "Muhammad", "Arif", "Fajar", "Rizki", "Dimas", "Aditya", "Bayu", "Andi", "Teguh", "Hendra",
  "Imam", "Puji", "Priyo", "Yoga", "Nur", "Tri", "Dedi", "Gunawan", "Sigit", "Wawan", "Anton", "Rahmat",
  "Ilham", "Fikri", "Galih", "Haryo", "Krisna", "Lukman", "Ma'ruf", "Nanang", "Rendra", "Samsul", "Taufik",
  "Umar", "Yudi", "Zainal", "Bagus", "Catur", "Darmaji", "Edi", "Feri", "Hari", "Iwan", "Kurnia", "Mulyono",
];
const FEMALE_FIRST = [
  "Siti", "Sri", "Dewi", "Rina", "Endang", "Ani", "Yuliana", "Fitri", "Nur", "Retno", "Ratna", "Indah",
  "Ayu", "Putri", "Dian", "Kartika", "Sari", "Puji", "Tri", "Nurul", "Novita", "Desi", "Eka", "Lina",
  "Suci", "Anisa", "Dyah", "Yuni", "Wulan", "Asih", "Catur", "Erna", "Heni", "Ika", "Lilik", "Mega",
  "Nining", "Oktavia", "Rini", "Septi", "Tutik", "Umi", "Wiwik", "Yeni", "Zulaikha", "Ambar", "Budiarti",
  "Citra", "Dwi", "Fatimah", "Galuh", "Hesti", "Istiqomah", "Kurniasih", "Laras", "Mu'awanah", "Nanik",
];
const MALE_LAST = [
  "Santoso", "Wibowo", "Setiawan", "Susanto", "Pratama", "Saputra", "Hidayat", "Kurniawan", "Nugroho",
  "Prasetyo", "Purnomo", "Hartono", "Wijaya", "Utomo", "Sutrisno", "Suryanto", "Gunadi", "Hermawan",
  "Firmansyah", "Ramadhan", "Siswanto", "Budiman", "Riyadi", "Sulistyo", "Wicaksono", "Raharjo",
  "Maulana", "Syahputra", "Mahendra", "Haryanto",
];
const FEMALE_LAST = [
  "Rahayu", "Lestari", "Wulandari", "Handayani", "Rahmawati", "Purwanti", "Susilowati", "Kusumawati",
  "Sulistyowati", "Maharani", "Permatasari", "Fitriani", "Safitri", "Anggraini", "Setyaningsih",
  "Puspitasari", "Utami", "Widyastuti", "Nurhayati", "Suryani", "Ningsih", "Hartati", "Kusumaningrum",
];
/** Names people carry alone (common in Java). */
const SINGLE_MALE = ["Sutrisno", "Suparman", "Sugiyono", "Mulyadi", "Sukiman", "Paimin", "Sarwono"];
const SINGLE_FEMALE = ["Suparmi", "Sumarni", "Sulastri", "Painem", "Sutarmi", "Wagiyem"];

const DEGREE_BY_CATEGORY: Partial<Record<Category, string[]>> = {
  pendidikan: ["S.Pd.", "S.Pd.", "S.Pd.", "S.Pd.SD.", "S.Pd.I.", "M.Pd."],
  kesehatan: ["S.Kep., Ns.", "A.Md.Kep.", "A.Md.Keb.", "S.Tr.Keb.", "S.KM.", "A.Md.Farm.", "S.Farm., Apt."],
  keuangan: ["S.E.", "S.E., M.Ak.", "S.Ak."],
  teknik: ["S.T.", "S.T., M.T.", "A.Md.T."],
  pertanian: ["S.P.", "S.Pt.", "S.Pi.", "drh."],
  kominfo: ["S.Kom.", "S.Kom.", "A.Md.Kom.", "S.Si."],
};
const DEGREE_GENERAL = ["S.Sos.", "S.H.", "S.E.", "S.IP.", "S.AP.", "S.Si.", "M.M.", "S.H., M.H.", "S.STP.", "M.Si."];

export function personName(rng: Rng, gender: "L" | "P", category: Category, educated: boolean, doctor = false): string {
  const male = gender === "L";
  let name: string;
  if (rng.chance(0.1)) {
    name = rng.pick(male ? SINGLE_MALE : SINGLE_FEMALE);
  } else {
    const first = rng.pick(male ? MALE_FIRST : FEMALE_FIRST);
    const last = rng.pick(male ? MALE_LAST : FEMALE_LAST);
    name = rng.chance(0.25) ? `${first} ${rng.pick(male ? MALE_FIRST : FEMALE_FIRST)} ${last}` : `${first} ${last}`;
  }
  if (doctor) return `dr. ${name}${rng.chance(0.3) ? ", M.Kes." : ""}`;
  if (!educated || rng.chance(0.15)) return name;
  const degrees = DEGREE_BY_CATEGORY[category] ?? DEGREE_GENERAL;
  const degree = rng.pick(degrees);
  if (degree === "drh.") return `drh. ${name}`;
  return `${name}, ${degree}`;
}

/** A generated name split into the titles before it, the bare name and the titles after it. */
export function splitTitles(full: string): { depan: string; nama: string; belakang: string } {
  const front = /^(dr\.|drh\.) /.exec(full);
  const depan = front ? front[1] : "";
  const rest = front ? full.slice(front[0].length) : full;
  const comma = rest.indexOf(", ");
  return comma < 0 ? { depan, nama: rest, belakang: "" } : { depan, nama: rest.slice(0, comma), belakang: rest.slice(comma + 2) };
}

/** Bachelor's degrees that older engineers and agronomists hold as "Ir." instead. */
const IR_DEGREES = new Set(["S.T.", "S.T., M.T.", "S.P.", "S.Pt.", "S.Pi."]);

/**
 * Engineers and agronomists of 50 and over carry "Ir." before the name (the pre-1993 title) and
 * keep only a master's after it; at least one person does (the oldest eligible). No random draw,
 * so nothing else in the sample moves.
 */
export function plantIr(employees: { gelarDepan: string; gelarBelakang: string; birth: string; category: Category }[], year: number): void {
  const eligible = employees.filter((e) => (e.category === "teknik" || e.category === "pertanian") && e.gelarDepan === "" && IR_DEGREES.has(e.gelarBelakang));
  const old = eligible.filter((e) => Number(e.birth.slice(0, 4)) <= year - 50);
  const chosen = old.length > 0 ? old : eligible.length > 0 ? [eligible.reduce((a, b) => (b.birth < a.birth ? b : a))] : [];
  for (const e of chosen) {
    e.gelarDepan = "Ir.";
    e.gelarBelakang = e.gelarBelakang.includes("M.T.") ? "M.T." : "";
  }
}
