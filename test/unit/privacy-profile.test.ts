// The public build's guards (issue 6): the SQL that suppresses small groups, the loaders' profile
// switch, and the search for NIPs and names in a built site (zip archives included).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { isPublic, personRows, profile, suppressSmall } from "../../src/data/lib/profile.ts";
import { findPersonalData, summariseHits } from "../../scripts/lib/personal-data-check.ts";

describe("profil build", () => {
  const saved = process.env.ASN_PROFILE;
  afterEach(() => {
    if (saved === undefined) delete process.env.ASN_PROFILE;
    else process.env.ASN_PROFILE = saved;
  });

  it("internal bila ASN_PROFILE kosong, public bila diminta, galat bila tidak dikenal", () => {
    delete process.env.ASN_PROFILE;
    expect(profile()).toBe("internal");
    expect(isPublic()).toBe(false);
    process.env.ASN_PROFILE = "public";
    expect(isPublic()).toBe(true);
    process.env.ASN_PROFILE = "publik";
    expect(() => profile()).toThrow(/tidak dikenal/);
  });

  it("personRows: semua baris di internal, tidak ada baris (kolom sama) di public", () => {
    delete process.env.ASN_PROFILE;
    expect(personRows("select 1 as nip")).toBe("select 1 as nip");
    process.env.ASN_PROFILE = "public";
    expect(personRows("select 1 as nip")).toBe("select * from (select 1 as nip) where false");
  });
});

describe("suppressSmall: angka tentang 1 sampai k-1 orang disembunyikan", () => {
  it("k = 5: 1–4 orang null, 0 dan 5 orang tetap", () => {
    const sql = suppressSmall("n", "x", 5);
    expect(sql).toBe("case when (n) between 1 and 4 then null else x end");
  });
  it("k = 0 (build internal): nilai apa adanya", () => {
    expect(suppressSmall("n", "avg(x)", 0)).toBe("avg(x)");
  });
});

describe("pencarian NIP dan nama di situs", () => {
  const dir = mkdtempSync(join(tmpdir(), "leak-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const people = [
    { nip: "197609102000041001", name: "Galih Mahendra" },
    { nip: "198001012005012002", name: `<script>x=1</script>Ani` },
    { nip: "199912312020122003", name: "Ani" },
  ];

  it("menemukan NIP (juga berspasi), nama (huruf apa pun, escape JSON/HTML) dan isi arsip zip; tidak di dalam kata lain", async () => {
    mkdirSync(join(dir, "pages"), { recursive: true });
    writeFileSync(join(dir, "pages", "a.html"), "<p>GALIH MAHENDRA</p><p>Danial Dani</p>");
    writeFileSync(join(dir, "b.json"), JSON.stringify({ nip: "19800101 200501 2 002", label: "&lt;script&gt;x=1&lt;/script&gt;Ani" }));
    const zip = new JSZip();
    zip.file("pegawai.csv", "nip\n197609102000041001\n");
    writeFileSync(join(dir, "c.zip"), await zip.generateAsync({ type: "nodebuffer" }));
    writeFileSync(join(dir, "d.csv"), "id\n1197609102000041001\n"); // a longer number is not the NIP
    const hits = await findPersonalData(dir, people);
    expect(summariseHits(hits).sort()).toEqual(["b.json: 1 NIP, 2 nama", "c.zip/pegawai.csv: 1 NIP, 0 nama", "pages/a.html: 0 NIP, 1 nama"]);
  });
});
