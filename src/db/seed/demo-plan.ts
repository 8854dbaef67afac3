/**
 * Plans a deterministic demo regional government in memory (no I/O): units, positions, people,
 * placements, acting assignments and a few deliberate hierarchy problems. `demo.ts` writes the plan.
 *
 * Sizing (domain.md §7): of N pegawai, 6 % hold structural positions (JPT/Administrator/Pengawas),
 * 63 % functional positions (JF) and the rest (≈31 %) pelaksana positions. Of the JF, about two
 * thirds are teachers and a fifth health workers — the regency pattern. The structure is cut from
 * the template (org-template.ts) to fit the structural budget, so small demos stay consistent
 * and large ones (e.g. 100,000 for benchmarks) get more UPT, schools and puskesmas.
 */

import { findDemoChain } from './demo-chain.ts';
import {
  JENJANG_AHLI_PNS,
  JENJANG_AHLI_PPPK,
  JENJANG_GURU_PNS,
  JENJANG_KELAS,
  JENJANG_LABEL,
  JENJANG_TERAMPIL_PNS,
  JENJANG_TERAMPIL_PPPK,
  type Jenjang,
  type Level,
  makePerson,
  NipIssuer,
  type Person,
  type PersonSpec,
  placementStart,
} from './demo-people.ts';
import { makeGelar, makeName } from './names.ts';
import {
  type JenisJabatan,
  type JenisUnit,
  JF,
  type JfKey,
  KECAMATAN,
  NAKES_MIX,
  type OpdTemplate,
  opdTemplates,
  PELAKSANA,
} from './org-template.ts';
import { addDays, Rng } from './prng.ts';

export interface DemoOptions {
  pegawai: number;
  seed: number | string;
  kode?: string;
  nama?: string;
  /** The demo's "today" ('YYYY-MM-DD'); fixed by default so the data is identical on every run. */
  referenceDate?: string;
}

export const DEMO_DEFAULTS = {
  kode: 'DEMO',
  nama: 'Pemerintah Kabupaten Sukamaju',
  referenceDate: '2026-01-01',
};

export interface UnitRow {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
  jenis: JenisUnit;
  kepalaJabatanId: string | null;
  path: string;
  depth: number;
}

export interface JabatanRow {
  id: string;
  unitId: string;
  kode: string;
  nama: string;
  jenis: JenisJabatan;
  jenjang: Jenjang | null;
  atasanJabatanId: string | null;
  kelas: number | null;
}

export interface PegawaiRow extends Person {
  id: string;
}

export interface PenempatanRow {
  id: string;
  pegawaiId: string;
  jabatanId: string;
  jenis: 'DEFINITIF' | 'PLT' | 'PLH';
  mulai: string;
  selesai: string | null;
  nomorSk: string | null;
}

export type DemoProblem =
  | { code: 'UNIT_WITHOUT_HEAD'; unitKode: string }
  | { code: 'VACANT_WITHOUT_PLT'; jabatanKode: string }
  | { code: 'ATASAN_CYCLE'; jabatanKode: [string, string] }
  | { code: 'HEAD_IS_PELAKSANA'; unitKode: string };

export interface DemoPlan {
  instansi: {
    id: string;
    kode: string;
    nama: string;
    jenis: 'KABUPATEN';
    jabatanPimpinan: string;
    namaPimpinan: string;
  };
  units: UnitRow[];
  jabatan: JabatanRow[];
  pegawai: PegawaiRow[];
  penempatan: PenempatanRow[];
  problems: DemoProblem[];
  /** Pegawai picked for the demo login accounts. */
  picks: {
    opdHead: PegawaiRow;
    staff: PegawaiRow;
    /** The staff member's pejabat penilai when it is not the OPD head (demo-chain.ts); null if none fits. */
    appraiser: PegawaiRow | null;
    guru: PegawaiRow;
    opdHeadUnit: UnitRow;
  };
}

/** Largest-remainder apportionment of `total` over weights (deterministic, exact). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++;
  return out;
}

interface UnitCtx {
  row: UnitRow;
  opd: OpdTemplate | null;
  opdUnit: UnitRow | null;
  headJenis: JenisJabatan | null;
  /** Weight of this unit in the pelaksana distribution. */
  pelaksanaWeight: number;
  /** Admin-level unit that can host JF of its OPD. */
  hostsJf: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const STRUCTURAL_BUP: Record<string, number> = { JPT_PRATAMA: 60, ADMINISTRATOR: 58, PENGAWAS: 58 };
const HEAD_KELAS: Record<string, number> = { JPT_PRATAMA: 14, ADMINISTRATOR: 12, PENGAWAS: 9 };

/** Builds the whole demo government in memory. */
export function planDemo(options: DemoOptions): DemoPlan {
  const N = Math.max(30, Math.floor(options.pegawai));
  const kode = options.kode ?? DEMO_DEFAULTS.kode;
  const nama = options.nama ?? DEMO_DEFAULTS.nama;
  const ref = options.referenceDate ?? DEMO_DEFAULTS.referenceDate;
  const rng = new Rng(`kinerja-demo|${options.seed}|${kode}`);
  const ids = new Rng(`kinerja-demo-ids|${options.seed}|${kode}`);
  const place = nama.replace(/^Pemerintah (Kabupaten|Kota|Provinsi) /, '');
  const emailDomain = `${place.toLowerCase().replace(/[^a-z]/g, '') || 'demo'}.demo.test`;

  // ---- Budgets ------------------------------------------------------------------------------
  const S = Math.round(N * 0.06);
  const F = Math.round(N * 0.63);
  const nPlt = Math.min(20, Math.max(1, Math.round(N / 1500)));
  const nPlh = Math.min(10, Math.max(1, Math.round(N / 4000)));
  const V = nPlt + nPlh + 1;
  const B = S + V;

  const units: UnitRow[] = [];
  const ctx = new Map<string, UnitCtx>();
  const jabatan: JabatanRow[] = [];
  const jabatanByKey = new Map<string, JabatanRow>();
  const unitJabatanSeq = new Map<string, number>();
  const childSeq = new Map<string, number>();

  const addUnit = (
    parent: UnitRow | null,
    namaUnit: string,
    jenis: JenisUnit,
    opd: OpdTemplate | null,
    opdUnit: UnitRow | null,
    pelaksanaWeight: number,
    hostsJf: boolean,
  ): UnitRow => {
    const id = ids.uuid();
    let unitKode = '00';
    if (parent) {
      const seq = (childSeq.get(parent.id) ?? 0) + 1;
      childSeq.set(parent.id, seq);
      unitKode = parent.depth === 0 ? pad(seq) : `${parent.kode}.${pad(seq)}`;
    }
    const row: UnitRow = {
      id,
      parentId: parent?.id ?? null,
      kode: unitKode,
      nama: namaUnit,
      jenis,
      kepalaJabatanId: null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
    };
    units.push(row);
    ctx.set(id, { row, opd, opdUnit: opdUnit ?? row, headJenis: null, pelaksanaWeight, hostsJf });
    return row;
  };

  const getJabatan = (
    unit: UnitRow,
    namaJab: string,
    jenis: JenisJabatan,
    jenjang: Jenjang | null,
    kelas: number | null,
  ): JabatanRow => {
    const key = `${unit.id}|${namaJab}`;
    const found = jabatanByKey.get(key);
    if (found) return found;
    const seq = (unitJabatanSeq.get(unit.id) ?? 1) + 1;
    unitJabatanSeq.set(unit.id, seq);
    const row: JabatanRow = {
      id: ids.uuid(),
      unitId: unit.id,
      kode: `${unit.kode}-${pad(seq)}`,
      nama: namaJab,
      jenis,
      jenjang,
      atasanJabatanId: null,
      kelas,
    };
    jabatan.push(row);
    jabatanByKey.set(key, row);
    return row;
  };

  const setHead = (
    unit: UnitRow,
    namaJab: string,
    jenis: JenisJabatan,
    jenjang: Jenjang | null,
    kelas: number,
  ): JabatanRow => {
    const row: JabatanRow = {
      id: ids.uuid(),
      unitId: unit.id,
      kode: `${unit.kode}-01`,
      nama: namaJab,
      jenis,
      jenjang,
      atasanJabatanId: null,
      kelas,
    };
    jabatan.push(row);
    jabatanByKey.set(`${unit.id}|${namaJab}`, row);
    unit.kepalaJabatanId = row.id;
    const c = ctx.get(unit.id);
    if (c) c.headJenis = jenis;
    return row;
  };

  // ---- Structure ---------------------------------------------------------------------------
  const root = addUnit(null, nama, 'PEMDA', null, null, 0, false);
  const templates = opdTemplates(6);
  const k = Math.min(templates.length, B, Math.max(4, Math.round((templates.length * N) / 7700)));
  const chosen = templates.slice(0, k);
  const capacities = chosen.map((t) => t.subUnits.length);
  const capacityTotal = capacities.reduce((a, b2) => a + b2, 0);
  const rest = B - k;
  let quotas: number[];
  if (rest <= capacityTotal) {
    quotas = apportion(rest, capacities);
    // Cap at capacity and move any excess to OPDs with room (apportionment can overshoot by one).
    let excess = 0;
    quotas = quotas.map((q, i) => {
      const over = Math.max(0, q - capacities[i]);
      excess += over;
      return q - over;
    });
    for (let i = 0; excess > 0; i = (i + 1) % quotas.length) {
      if (quotas[i] < capacities[i]) {
        quotas[i]++;
        excess--;
      }
    }
  } else {
    quotas = capacities.slice();
  }
  let extraUpt = Math.max(0, rest - capacityTotal);

  const structuralHeads: {
    unit: UnitRow;
    jab: JabatanRow;
    opdIndex: number;
    isOpdHead: boolean;
    parentUnit: UnitRow;
  }[] = [];
  const opdUnits: UnitRow[] = [];
  chosen.forEach((t, i) => {
    const opdUnit = addUnit(root, t.nama, t.jenis, t, null, 1, true);
    opdUnits.push(opdUnit);
    const headJab = setHead(opdUnit, t.kepala, t.headJenis, null, HEAD_KELAS[t.headJenis]);
    structuralHeads.push({ unit: opdUnit, jab: headJab, opdIndex: i, isOpdHead: true, parentUnit: root });
    const sorted = t.subUnits.map((s, idx) => ({ s, idx })).sort((a, b2) => a.s.rank - b2.s.rank || a.idx - b2.idx);
    const byKey = new Map<string, UnitRow>([['', opdUnit]]);
    for (const { s } of sorted.slice(0, quotas[i])) {
      const parent = byKey.get(s.parent) ?? opdUnit;
      const isPengawas = s.headJenis === 'PENGAWAS';
      const u = addUnit(parent, s.nama, s.jenis, t, opdUnit, isPengawas ? 3 : 1.5, !isPengawas);
      byKey.set(s.key, u);
      const jab = setHead(u, s.kepala, s.headJenis, null, HEAD_KELAS[s.headJenis]);
      structuralHeads.push({ unit: u, jab, opdIndex: i, isOpdHead: false, parentUnit: parent });
    }
  });
  // Large demos: more UPT (Pengawas heads) round-robin over the dinas and badan.
  const uptHosts = opdUnits.filter((u) => u.jenis === 'DINAS' || u.jenis === 'BADAN');
  const uptCount = new Map<string, number>();
  for (let i = 0; extraUpt > 0; i++, extraUpt--) {
    const host = uptHosts[i % uptHosts.length];
    const n = (uptCount.get(host.id) ?? 0) + 1;
    uptCount.set(host.id, n);
    const namaUpt = `UPT ${host.nama.replace(/^(Dinas|Badan) /, '')} Wilayah ${n}`;
    const u = addUnit(host, namaUpt, 'UPT', ctx.get(host.id)?.opd ?? null, host, 3, false);
    const jab = setHead(u, `Kepala ${namaUpt}`, 'PENGAWAS', null, HEAD_KELAS.PENGAWAS);
    structuralHeads.push({ unit: u, jab, opdIndex: opdUnits.indexOf(host), isOpdHead: false, parentUnit: host });
  }

  // Schools and puskesmas, sized by the teachers and health workers they hold.
  const disdikTpl = chosen.find((t) => t.role === 'PENDIDIKAN') as OpdTemplate;
  const dinkesTpl = chosen.find((t) => t.role === 'KESEHATAN') as OpdTemplate;
  const disdik = opdUnits[chosen.indexOf(disdikTpl)];
  const dinkes = opdUnits[chosen.indexOf(dinkesTpl)];
  const G = Math.round(F * 0.66);
  const K = Math.round(F * 0.22);
  const O = F - G - K;
  const nSchools = Math.max(2, Math.round(G / 12));
  const nSmp = Math.max(1, Math.round(nSchools * 0.2));
  const schools: { unit: UnitRow; weight: number; smp: boolean }[] = [];
  const placeCounter = new Map<string, number>();
  const placeName = (prefix: string, i: number) => {
    const where = KECAMATAN[i % KECAMATAN.length];
    const key = `${prefix}|${where}`;
    const n = (placeCounter.get(key) ?? 0) + 1;
    placeCounter.set(key, n);
    return { where, n };
  };
  for (let i = 0; i < nSchools; i++) {
    const smp = i < nSmp;
    const { where, n } = placeName(smp ? 'SMP' : 'SD', i);
    const u = addUnit(
      disdik,
      `${smp ? 'SMP' : 'SD'} Negeri ${n} ${where}`,
      'SEKOLAH',
      disdikTpl,
      disdik,
      smp ? 1.5 : 0.25,
      false,
    );
    schools.push({ unit: u, weight: (smp ? 24 : 9) * (0.7 + rng.float() * 0.6), smp });
  }
  const health: { unit: UnitRow; weight: number; rsud: boolean }[] = [];
  const rsudNakes = N >= 2000 ? Math.min(600, Math.round(K * 0.4)) : 0;
  if (rsudNakes > 0) {
    const u = addUnit(dinkes, `RSUD ${place}`, 'UPT', dinkesTpl, dinkes, 20, false);
    health.push({ unit: u, weight: rsudNakes, rsud: true });
  }
  const nPkm = Math.max(1, Math.round((K - rsudNakes) / 30));
  for (let i = 0; i < nPkm; i++) {
    const { where, n } = placeName('PKM', i);
    const u = addUnit(
      dinkes,
      `Puskesmas ${where}${n > 1 ? ` ${['', 'I', 'II', 'III', 'IV', 'V'][n] ?? n}` : ''}`,
      'PUSKESMAS',
      dinkesTpl,
      dinkes,
      2.5,
      false,
    );
    health.push({ unit: u, weight: ((K - rsudNakes) / nPkm) * (0.7 + rng.float() * 0.6), rsud: false });
  }

  // Deliberate problem 1: a unit without a head position.
  const headless = addUnit(disdik, 'Bidang Pembinaan Pendidikan Khusus', 'BIDANG', disdikTpl, disdik, 2, false);
  // Deliberate problem 4: a unit whose head is a pelaksana (appraiser below pengawas level).
  const pelaksanaHeadHost = opdUnits.find((u) => ctx.get(u.id)?.opd?.key === 'dlh') ?? dinkes;
  const pelaksanaHeadUnit = addUnit(
    pelaksanaHeadHost,
    pelaksanaHeadHost === dinkes ? 'UPT Pengelolaan Limbah Medis' : 'UPT Pengelolaan Air Limbah Domestik',
    'UPT',
    ctx.get(pelaksanaHeadHost.id)?.opd ?? null,
    pelaksanaHeadHost,
    1,
    false,
  );
  const pelaksanaHeadJab = setHead(
    pelaksanaHeadUnit,
    'Pengelola Layanan Operasional - Kepala UPT',
    'PELAKSANA',
    null,
    7,
  );

  // ---- Vacancies (PLT, PLH, one without any acting official) ----------------------------------
  const candidates = rng.shuffle(structuralHeads.filter((h) => !(h.isOpdHead && h.opdIndex === 0)));
  // The first PLT is an OPD head (the classic "Plt. Kepala Dinas"), the rest anywhere; one per OPD.
  candidates.sort((a, b2) => Number(b2.isOpdHead && b2.opdIndex > 0) - Number(a.isOpdHead && a.opdIndex > 0));
  const vacantOpds = new Set<number>();
  const vacancies: { head: (typeof structuralHeads)[number]; mode: 'PLT' | 'PLH' | 'NONE' }[] = [];
  let firstTaken = false;
  for (const h of candidates) {
    if (vacancies.length >= V) break;
    if (vacantOpds.has(h.opdIndex) && vacantOpds.size < opdUnits.length) continue;
    if (h.isOpdHead && firstTaken) continue;
    if (h.isOpdHead) firstTaken = true;
    vacantOpds.add(h.opdIndex);
    const i = vacancies.length;
    vacancies.push({ head: h, mode: i < nPlt ? 'PLT' : i < nPlt + nPlh ? 'PLH' : 'NONE' });
  }
  const vacantJabIds = new Set(vacancies.map((v) => v.head.jab.id));

  // ---- People --------------------------------------------------------------------------------
  const nips = new NipIssuer();
  const pegawai: PegawaiRow[] = [];
  const penempatan: PenempatanRow[] = [];
  const holderOf = new Map<string, PegawaiRow>();
  const structuralUnits = structuralHeads.map((h) => h.unit);
  const headsByJenis = new Map<string, JabatanRow[]>();
  for (const h of structuralHeads) {
    if (!headsByJenis.has(h.jab.jenis)) headsByJenis.set(h.jab.jenis, []);
    headsByJenis.get(h.jab.jenis)?.push(h.jab);
  }
  const unitsByJenis = new Map<string, UnitRow[]>();
  for (const u of units) {
    if (!unitsByJenis.has(u.jenis)) unitsByJenis.set(u.jenis, []);
    unitsByJenis.get(u.jenis)?.push(u);
  }
  /** A random element of `pool` other than `not` (null when there is none). */
  const pickOther = <T>(pool: T[] | undefined, not: T): T | null => {
    if (!pool || pool.length === 0 || (pool.length === 1 && pool[0] === not)) return null;
    for (;;) {
      const x = rng.pick(pool);
      if (x !== not) return x;
    }
  };
  let skSeq = 0;
  const nomorSk = (mulai: string) => `800/${pad(++skSeq, 4)}/BKPSDM/${mulai.slice(0, 4)}`;

  const addPerson = (spec: PersonSpec, jab: JabatanRow, start: { min: number; max: number }): PegawaiRow => {
    const person = makePerson(rng, spec, ref, nips, emailDomain);
    const p: PegawaiRow = { id: ids.uuid(), ...person };
    pegawai.push(p);
    const mulai = placementStart(rng, p.tmt, ref, start.min, start.max);
    // A share of PNS with long service get a past placement: a promotion or a transfer.
    const history = p.jenisAsn === 'PNS' && rng.chance(0.22) ? pastJabatan(spec, jab) : null;
    if (history && mulai > addDays(p.tmt, 400)) {
      const prevStart = placementStart(rng, p.tmt, addDays(mulai, -1), 180, 6 * 365);
      if (prevStart < addDays(mulai, -30)) {
        penempatan.push({
          id: ids.uuid(),
          pegawaiId: p.id,
          jabatanId: history.id,
          jenis: 'DEFINITIF',
          mulai: prevStart,
          selesai: addDays(mulai, -1),
          nomorSk: nomorSk(prevStart),
        });
      }
    }
    penempatan.push({
      id: ids.uuid(),
      pegawaiId: p.id,
      jabatanId: jab.id,
      jenis: 'DEFINITIF',
      mulai,
      selesai: null,
      nomorSk: nomorSk(mulai),
    });
    return p;
  };

  /** The position held before the current one: a lower structural post, a lower jenjang, or a transfer. */
  const pastJabatan = (spec: PersonSpec, jab: JabatanRow): JabatanRow | null => {
    const unit = ctx.get(jab.unitId)?.row;
    if (!unit) return null;
    if (spec.kind === 'JPT_PRATAMA' || spec.kind === 'ADMINISTRATOR') {
      const pool = headsByJenis.get(spec.kind === 'JPT_PRATAMA' ? 'ADMINISTRATOR' : 'PENGAWAS');
      return pool?.length ? rng.pick(pool) : null;
    }
    if (spec.kind === 'PENGAWAS') {
      return getJabatan(rng.pick(structuralUnits), rng.pick(PELAKSANA.slice(0, 2)).nama, 'PELAKSANA', null, 7);
    }
    if (spec.kind === 'FUNGSIONAL' && spec.jenjang) {
      const order: Jenjang[] = spec.jenjang.startsWith('AHLI')
        ? ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA']
        : ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'];
      const idx = order.indexOf(spec.jenjang);
      const base = jab.nama.replace(
        / (Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama|Pemula|Terampil|Mahir|Penyelia)( - .*)?$/,
        '',
      );
      if (idx > 0 && rng.chance(0.6)) {
        const lower = order[idx - 1];
        return getJabatan(unit, `${base} ${JENJANG_LABEL[lower]}`, 'FUNGSIONAL', lower, JENJANG_KELAS[lower]);
      }
      const other = pickOther(unitsByJenis.get(unit.jenis), unit);
      return other
        ? getJabatan(
            other,
            `${base} ${JENJANG_LABEL[spec.jenjang]}`,
            'FUNGSIONAL',
            spec.jenjang,
            JENJANG_KELAS[spec.jenjang],
          )
        : null;
    }
    const other = pickOther(structuralUnits, unit);
    return other ? getJabatan(other, jab.nama, 'PELAKSANA', null, jab.kelas) : null;
  };

  const jfSpec = (key: JfKey, unit: UnitRow, isGuru = false): { spec: PersonSpec; jab: JabatanRow } => {
    const jf = JF[key];
    const jenisAsn = rng.chance(jf.pppk) ? 'PPPK' : 'PNS';
    const ahli = rng.chance(jf.ahli);
    const jenjang = (
      ahli
        ? rng.weighted(jenisAsn === 'PPPK' ? JENJANG_AHLI_PPPK : isGuru ? JENJANG_GURU_PNS : JENJANG_AHLI_PNS)
        : rng.weighted(jenisAsn === 'PPPK' ? JENJANG_TERAMPIL_PPPK : JENJANG_TERAMPIL_PNS)
    ) as Jenjang;
    const bup = jenjang === 'AHLI_UTAMA' ? 65 : jenjang === 'AHLI_MADYA' || isGuru ? 60 : 58;
    const spec: PersonSpec = {
      kind: 'FUNGSIONAL',
      jenisAsn,
      jenjang,
      level: ahli ? 'S1' : 'D3',
      profesi: jf.profesi,
      female: jf.female,
      bup,
    };
    const jab = getJabatan(unit, `${jf.nama} ${JENJANG_LABEL[jenjang]}`, 'FUNGSIONAL', jenjang, JENJANG_KELAS[jenjang]);
    return { spec, jab };
  };

  // Structural officials (all PNS).
  for (const h of structuralHeads) {
    if (vacantJabIds.has(h.jab.id)) continue;
    const t = ctx.get(h.unit.id)?.opd;
    const spec: PersonSpec = {
      kind: h.jab.jenis,
      jenisAsn: 'PNS',
      jenjang: null,
      level: 'S1',
      profesi:
        h.jab.jenis === 'JPT_PRATAMA'
          ? (t?.profesi ?? 'ADMINISTRASI')
          : rng.chance(0.5)
            ? (t?.profesi ?? 'ADMINISTRASI')
            : 'ADMINISTRASI',
      female: 0.35,
      bup: STRUCTURAL_BUP[h.jab.jenis] ?? 58,
    };
    holderOf.set(h.jab.id, addPerson(spec, h.jab, { min: 60, max: 5 * 365 }));
  }

  // Teachers: each school's first teacher heads it (a guru with the additional task of principal).
  const guruPerSchool = apportion(
    G,
    schools.map((s) => s.weight),
  );
  schools.forEach((s, i) => {
    const count = Math.max(1, guruPerSchool[i]);
    for (let j = 0; j < count; j++) {
      if (j === 0) {
        const jenjang: Jenjang = rng.chance(0.8) ? 'AHLI_MADYA' : 'AHLI_MUDA';
        const jab = setHead(s.unit, `Guru ${JENJANG_LABEL[jenjang]} - Kepala Sekolah`, 'FUNGSIONAL', jenjang, 11);
        const spec: PersonSpec = {
          kind: 'FUNGSIONAL',
          jenisAsn: 'PNS',
          jenjang,
          level: 'S1',
          profesi: 'GURU',
          female: 0.55,
          bup: 60,
        };
        holderOf.set(jab.id, addPerson(spec, jab, { min: 90, max: 4 * 365 }));
      } else {
        const { spec, jab } = jfSpec('guru', s.unit, true);
        addPerson(spec, jab, { min: 30, max: 12 * 365 });
      }
    }
  });
  const guruPlaced = guruPerSchool.reduce((a, g) => a + Math.max(1, g), 0);

  // Health workers: puskesmas heads are JF (dokter / administrator kesehatan) with the additional task.
  const nakesPerUnit = apportion(
    K,
    health.map((h) => h.weight),
  );
  health.forEach((h, i) => {
    const count = Math.max(1, nakesPerUnit[i]);
    for (let j = 0; j < count; j++) {
      if (j === 0) {
        const fam: JfKey = h.rsud || rng.chance(0.6) ? 'dokter' : 'adminKesehatan';
        const jenjang: Jenjang = h.rsud ? 'AHLI_MADYA' : 'AHLI_MUDA';
        const title = h.rsud ? 'Direktur' : 'Kepala Puskesmas';
        const jab = setHead(
          h.unit,
          `${JF[fam].nama} ${JENJANG_LABEL[jenjang]} - ${title}`,
          'FUNGSIONAL',
          jenjang,
          h.rsud ? 13 : 11,
        );
        const spec: PersonSpec = {
          kind: 'FUNGSIONAL',
          jenisAsn: 'PNS',
          jenjang,
          level: 'S1',
          profesi: JF[fam].profesi,
          female: 0.55,
          bup: 60,
        };
        holderOf.set(jab.id, addPerson(spec, jab, { min: 90, max: 4 * 365 }));
      } else {
        const { spec, jab } = jfSpec(rng.weighted(NAKES_MIX), h.unit);
        addPerson(spec, jab, { min: 30, max: 12 * 365 });
      }
    }
  });
  const nakesPlaced = health.reduce((a, _h, i) => a + Math.max(1, nakesPerUnit[i]), 0);

  // Other JF across the OPD, hosted by their administrator-level units.
  const otherTotal = Math.max(0, O - (guruPlaced - G) - (nakesPlaced - K));
  const jfSlots: { opdUnit: UnitRow; key: JfKey; weight: number }[] = [];
  opdUnits.forEach((u, i) => {
    const t = chosen[i];
    const sum = t.jf.reduce((a, [, w]) => a + w, 0);
    for (const [key, w] of t.jf) jfSlots.push({ opdUnit: u, key, weight: (t.jfWeight * w) / sum });
  });
  const hostsByOpd = new Map<string, UnitRow[]>();
  for (const c of ctx.values()) {
    if (!c.hostsJf || !c.opdUnit) continue;
    const list = hostsByOpd.get(c.opdUnit.id) ?? [];
    list.push(c.row);
    hostsByOpd.set(c.opdUnit.id, list);
  }
  apportion(
    otherTotal,
    jfSlots.map((s) => s.weight),
  ).forEach((count, i) => {
    const slot = jfSlots[i];
    const hosts = hostsByOpd.get(slot.opdUnit.id) ?? [slot.opdUnit];
    for (let j = 0; j < count; j++) {
      const { spec, jab } = jfSpec(slot.key, rng.pick(hosts));
      addPerson(spec, jab, { min: 30, max: 10 * 365 });
    }
  });

  // Pelaksana: the rest, spread by unit weight (seksi/subbagian/kelurahan most).
  const pelaksanaSpec = (): { spec: PersonSpec; nomen: (typeof PELAKSANA)[number] } => {
    const nomen = rng.weighted(PELAKSANA.map((p) => [p, p.weight] as const));
    const jenisAsn = rng.chance(0.27) ? 'PPPK' : 'PNS';
    const level: Level = nomen.level;
    const profesi =
      level === 'S1' ? rng.pick(['ADMINISTRASI', 'EKONOMI', 'SOSIAL', 'KOMPUTER', 'HUKUM'] as const) : 'NONE';
    return { spec: { kind: 'PELAKSANA', jenisAsn, jenjang: null, level, profesi, female: 0.45, bup: 58 }, nomen };
  };
  holderOf.set(
    pelaksanaHeadJab.id,
    addPerson({ ...pelaksanaSpec().spec, jenisAsn: 'PNS', level: 'D3' }, pelaksanaHeadJab, { min: 60, max: 3 * 365 }),
  );
  const P = Math.max(0, N - pegawai.length);
  const pelaksanaUnits = [...ctx.values()].filter((c) => c.pelaksanaWeight > 0);
  apportion(
    P,
    pelaksanaUnits.map((c) => c.pelaksanaWeight),
  ).forEach((count, i) => {
    const unit = pelaksanaUnits[i].row;
    for (let j = 0; j < count; j++) {
      const { spec, nomen } = pelaksanaSpec();
      const jab = getJabatan(unit, nomen.nama, 'PELAKSANA', null, nomen.kelas);
      addPerson(spec, jab, { min: 30, max: 12 * 365 });
    }
  });

  // ---- Acting officials --------------------------------------------------------------------
  const problems: DemoProblem[] = [{ code: 'UNIT_WITHOUT_HEAD', unitKode: headless.kode }];
  for (const v of vacancies) {
    if (v.mode === 'NONE') {
      problems.push({ code: 'VACANT_WITHOUT_PLT', jabatanKode: v.head.jab.kode });
      continue;
    }
    const actor = actingOfficial(v.head, structuralHeads, holderOf);
    if (!actor) continue;
    const mulai = v.mode === 'PLT' ? addDays(ref, -rng.int(20, 150)) : addDays(ref, -rng.int(3, 10));
    const selesai = v.mode === 'PLT' ? addDays(mulai, 179) : addDays(mulai, rng.int(14, 30));
    penempatan.push({
      id: ids.uuid(),
      pegawaiId: actor.id,
      jabatanId: v.head.jab.id,
      jenis: v.mode,
      mulai,
      selesai,
      nomorSk: nomorSk(mulai),
    });
  }

  // Deliberate problem 3: two staff positions naming each other as explicit superior.
  const heldJabIds = new Set(
    penempatan.filter((p) => p.selesai === null && p.jenis === 'DEFINITIF').map((p) => p.jabatanId),
  );
  const byUnit = new Map<string, JabatanRow[]>();
  for (const j of jabatan) {
    if (!heldJabIds.has(j.id) || ctx.get(j.unitId)?.row.kepalaJabatanId === j.id) continue;
    const list = byUnit.get(j.unitId) ?? [];
    list.push(j);
    byUnit.set(j.unitId, list);
  }
  for (const u of units) {
    if (u.jenis === 'SEKOLAH' || u.jenis === 'PUSKESMAS') continue;
    const list = byUnit.get(u.id) ?? [];
    const a = list.find((j) => j.jenis === 'FUNGSIONAL');
    const b2 = list.find((j) => j.jenis === 'PELAKSANA');
    if (a && b2) {
      a.atasanJabatanId = b2.id;
      b2.atasanJabatanId = a.id;
      problems.push({ code: 'ATASAN_CYCLE', jabatanKode: [a.kode, b2.kode] });
      break;
    }
  }
  problems.push({ code: 'HEAD_IS_PELAKSANA', unitKode: pelaksanaHeadUnit.kode });

  // ---- Picks for demo accounts -------------------------------------------------------------
  const preferredOpd = ['kominfo', 'bkpsdm', 'inspektorat', 'bappeda'];
  const opdHeadEntry =
    preferredOpd
      .map((key) =>
        structuralHeads.find((h) => h.isOpdHead && ctx.get(h.unit.id)?.opd?.key === key && holderOf.has(h.jab.id)),
      )
      .find(Boolean) ?? structuralHeads.find((h) => h.isOpdHead && h.opdIndex > 0 && holderOf.has(h.jab.id));
  if (!opdHeadEntry) throw new Error('demo: no filled OPD head');
  const opdHead = holderOf.get(opdHeadEntry.jab.id) as PegawaiRow;
  const jabById = new Map(jabatan.map((j) => [j.id, j]));
  const isPelaksanaInOpd = (p: PenempatanRow) => {
    if (p.selesai !== null || p.jenis !== 'DEFINITIF') return false;
    const j = jabById.get(p.jabatanId);
    const c = j && ctx.get(j.unitId);
    return (
      !!c &&
      j?.jenis === 'PELAKSANA' &&
      c.opdUnit?.id === opdHeadEntry.unit.id &&
      !!c.row.kepalaJabatanId &&
      holderOf.has(c.row.kepalaJabatanId) &&
      c.row.id !== opdHeadEntry.unit.id
    );
  };
  const pelaksanaInOpd = penempatan.find(isPelaksanaInOpd);
  const byId = new Map(pegawai.map((p) => [p.id, p]));
  // Prefer a staff member whose appraiser and appraiser's superior (the OPD head) both get accounts.
  const chain = findDemoChain({
    units,
    jabatan,
    pegawai,
    penempatan,
    ref,
    opdHead,
    candidates: penempatan.filter(isPelaksanaInOpd).flatMap((p) => byId.get(p.pegawaiId) ?? []),
  });
  const guruPlacement = penempatan.find((p) => {
    if (p.selesai !== null) return false;
    const j = jabById.get(p.jabatanId);
    return !!j && j.nama.startsWith('Guru ') && ctx.get(j.unitId)?.row.kepalaJabatanId !== j.id;
  });
  const staff = chain?.staff ?? byId.get(pelaksanaInOpd?.pegawaiId ?? '') ?? pegawai[pegawai.length - 1];
  const guru = byId.get(guruPlacement?.pegawaiId ?? '') ?? pegawai[0];

  const bupatiGender = rng.chance(0.8) ? 'L' : 'P';
  const g = makeGelar(rng, 'ADMINISTRASI', bupatiGender, true);
  const namaPimpinan =
    [g.depan, makeName(rng, bupatiGender)].filter(Boolean).join(' ') + (g.belakang ? `, ${g.belakang}` : '');

  return {
    instansi: { id: ids.uuid(), kode, nama, jenis: 'KABUPATEN', jabatanPimpinan: 'Bupati', namaPimpinan },
    units,
    jabatan,
    pegawai,
    penempatan,
    problems,
    picks: { opdHead, staff, appraiser: chain?.appraiser ?? null, guru, opdHeadUnit: opdHeadEntry.unit },
  };
}

/** Who acts in a vacant head position: the head of the parent unit, else the OPD's sekretaris, else a peer. */
function actingOfficial(
  head: { unit: UnitRow; opdIndex: number; isOpdHead: boolean; parentUnit: UnitRow },
  heads: { unit: UnitRow; jab: JabatanRow; opdIndex: number; isOpdHead: boolean; parentUnit: UnitRow }[],
  holderOf: Map<string, PegawaiRow>,
): PegawaiRow | null {
  const sameOpd = heads.filter(
    (h) => h.opdIndex === head.opdIndex && h.unit.id !== head.unit.id && holderOf.has(h.jab.id),
  );
  if (!head.isOpdHead) {
    const parentHead = heads.find((h) => h.unit.id === head.parentUnit.id);
    if (parentHead && holderOf.has(parentHead.jab.id)) return holderOf.get(parentHead.jab.id) ?? null;
  }
  const sekretaris = sameOpd.find((h) => h.unit.jenis === 'SEKRETARIAT' && h.parentUnit.id === head.unit.id);
  const pick = sekretaris ?? sameOpd[0];
  return pick ? (holderOf.get(pick.jab.id) ?? null) : null;
}
