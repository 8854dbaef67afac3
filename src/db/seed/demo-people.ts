/**
 * Demo people: golongan consistent with the position, TMT and birth dates consistent with the
 * golongan and the retirement age, and NIPs built with `composeNip` (so they pass `parseNip`).
 */
import { composeNip, type JenisAsn, type JenisKelamin } from '../../domain/nip.ts';
import { makeGelar, makeName, type Profesi, slugName } from './names.ts';
import type { JenisJabatan } from './org-template.ts';
import { addDays, type Rng } from './prng.ts';

export type Jenjang =
  | 'AHLI_PERTAMA'
  | 'AHLI_MUDA'
  | 'AHLI_MADYA'
  | 'AHLI_UTAMA'
  | 'PEMULA'
  | 'TERAMPIL'
  | 'MAHIR'
  | 'PENYELIA';
export type Level = 'S1' | 'D3' | 'SMA' | 'SD';

export const JENJANG_LABEL: Record<Jenjang, string> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

export const JENJANG_KELAS: Record<Jenjang, number> = {
  AHLI_PERTAMA: 8,
  AHLI_MUDA: 9,
  AHLI_MADYA: 11,
  AHLI_UTAMA: 13,
  PEMULA: 5,
  TERAMPIL: 6,
  MAHIR: 7,
  PENYELIA: 8,
};

/** PNS ranks in order (Pengatur Muda I/a … Pembina Utama IV/e). */
export const GOLONGAN_PNS = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
];
/** PPPK grades I–XVII (Perpres 98/2020). */
export const GOLONGAN_PPPK = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

type W = readonly (readonly [string, number])[];

const GOL_STRUKTURAL: Record<'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS', W> = {
  JPT_PRATAMA: [
    ['IV/b', 1],
    ['IV/c', 5],
    ['IV/d', 4],
  ],
  ADMINISTRATOR: [
    ['III/d', 2],
    ['IV/a', 5],
    ['IV/b', 3],
  ],
  PENGAWAS: [
    ['III/b', 2],
    ['III/c', 4],
    ['III/d', 3],
    ['IV/a', 1],
  ],
};
const GOL_JF_PNS: Record<Jenjang, W> = {
  AHLI_PERTAMA: [
    ['III/a', 6],
    ['III/b', 4],
  ],
  AHLI_MUDA: [
    ['III/c', 5],
    ['III/d', 5],
  ],
  AHLI_MADYA: [
    ['IV/a', 5],
    ['IV/b', 3],
    ['IV/c', 2],
  ],
  AHLI_UTAMA: [
    ['IV/d', 6],
    ['IV/e', 4],
  ],
  PEMULA: [['II/a', 1]],
  TERAMPIL: [
    ['II/b', 3],
    ['II/c', 4],
    ['II/d', 3],
  ],
  MAHIR: [
    ['III/a', 5],
    ['III/b', 5],
  ],
  PENYELIA: [
    ['III/c', 5],
    ['III/d', 5],
  ],
};
const GOL_JF_PPPK: Record<Jenjang, W> = {
  AHLI_PERTAMA: [['IX', 1]],
  AHLI_MUDA: [
    ['X', 5],
    ['XI', 5],
  ],
  AHLI_MADYA: [
    ['XII', 5],
    ['XIII', 5],
  ],
  AHLI_UTAMA: [['XIV', 1]],
  PEMULA: [['V', 1]],
  TERAMPIL: [['VII', 1]],
  MAHIR: [['VIII', 1]],
  PENYELIA: [['IX', 1]],
};
const GOL_PELAKSANA_PNS: Record<Level, W> = {
  S1: [
    ['III/a', 3],
    ['III/b', 3],
    ['III/c', 2],
    ['III/d', 2],
  ],
  D3: [
    ['II/c', 3],
    ['II/d', 3],
    ['III/a', 2],
    ['III/b', 2],
  ],
  SMA: [
    ['II/a', 2],
    ['II/b', 3],
    ['II/c', 2],
    ['II/d', 2],
    ['III/a', 1],
  ],
  SD: [
    ['I/c', 2],
    ['I/d', 2],
    ['II/a', 3],
    ['II/b', 3],
  ],
};
const GOL_PELAKSANA_PPPK: Record<Level, string> = { S1: 'IX', D3: 'VII', SMA: 'V', SD: 'IV' };
/** Entry rank of a new CPNS by education. */
const ENTRY: Record<Level, number> = { S1: 8, D3: 6, SMA: 4, SD: 2 };
const ENTRY_AGE: Record<Level, [number, number]> = { S1: [22, 32], D3: [21, 30], SMA: [19, 27], SD: [19, 30] };

export const JENJANG_AHLI_PNS: W = [
  ['AHLI_PERTAMA', 28],
  ['AHLI_MUDA', 34],
  ['AHLI_MADYA', 36],
  ['AHLI_UTAMA', 2],
];
export const JENJANG_GURU_PNS: W = [
  ['AHLI_PERTAMA', 22],
  ['AHLI_MUDA', 28],
  ['AHLI_MADYA', 49],
  ['AHLI_UTAMA', 1],
];
export const JENJANG_AHLI_PPPK: W = [
  ['AHLI_PERTAMA', 85],
  ['AHLI_MUDA', 13],
  ['AHLI_MADYA', 2],
];
export const JENJANG_TERAMPIL_PNS: W = [
  ['PEMULA', 2],
  ['TERAMPIL', 33],
  ['MAHIR', 38],
  ['PENYELIA', 27],
];
export const JENJANG_TERAMPIL_PPPK: W = [
  ['TERAMPIL', 85],
  ['MAHIR', 15],
];

export interface PersonSpec {
  kind: JenisJabatan;
  jenisAsn: JenisAsn;
  jenjang: Jenjang | null;
  level: Level;
  profesi: Profesi;
  female: number;
  /** Retirement age (batas usia pensiun) of the position. */
  bup: number;
}

export interface Person {
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisAsn: JenisAsn;
  golongan: string;
  tanggalLahir: string;
  jenisKelamin: JenisKelamin;
  email: string | null;
  telepon: string | null;
  /** First day of service ('YYYY-MM-DD'): TMT CPNS or the PPPK contract start. */
  tmt: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Issues NIPs that are unique within one generated instansi. */
export class NipIssuer {
  private readonly next = new Map<string, number>();

  issue(parts: Omit<Parameters<typeof composeNip>[0], 'nomorUrut'>): string {
    const prefix = composeNip({ ...parts, nomorUrut: 0 }).slice(0, 15);
    const n = (this.next.get(prefix) ?? 0) + 1;
    this.next.set(prefix, n);
    return prefix + String(n).padStart(3, '0');
  }
}

function golonganFor(rng: Rng, spec: PersonSpec): string {
  if (spec.jenisAsn === 'PPPK') {
    return spec.jenjang ? rng.weighted(GOL_JF_PPPK[spec.jenjang]) : GOL_PELAKSANA_PPPK[spec.level];
  }
  if (spec.kind === 'JPT_PRATAMA' || spec.kind === 'ADMINISTRATOR' || spec.kind === 'PENGAWAS') {
    return rng.weighted(GOL_STRUKTURAL[spec.kind]);
  }
  if (spec.jenjang) return rng.weighted(GOL_JF_PNS[spec.jenjang]);
  return rng.weighted(GOL_PELAKSANA_PNS[spec.level]);
}

/** Generates one person for a position. `refDate` is the demo's "today". */
export function makePerson(rng: Rng, spec: PersonSpec, refDate: string, nips: NipIssuer, emailDomain: string): Person {
  const refYear = Number(refDate.slice(0, 4));
  const jenisKelamin: JenisKelamin = rng.chance(spec.female) ? 'P' : 'L';
  const golongan = golonganFor(rng, spec);
  let tanggalLahir: string;
  let tmt: string;
  let nip: string;
  if (spec.jenisAsn === 'PNS') {
    const current = GOLONGAN_PNS.indexOf(golongan);
    const entry = Math.min(ENTRY[spec.level], current);
    const steps = current - entry;
    let masaKerja = steps === 0 ? rng.int(1, 3) : steps * 4 + rng.int(0, 3);
    const [minAge, maxAge] = ENTRY_AGE[spec.level];
    let entryAge = rng.int(minAge, maxAge);
    if (masaKerja + entryAge > spec.bup - 1) {
      entryAge = Math.max(minAge, spec.bup - 1 - masaKerja);
      masaKerja = Math.min(masaKerja, spec.bup - 1 - entryAge);
    }
    const tmtYear = refYear - masaKerja;
    const tmtMonth = rng.weighted([
      [1, 3],
      [3, 3],
      [4, 1],
      [6, 1],
      [12, 1],
    ] as const);
    tmt = `${tmtYear}-${pad2(tmtMonth)}-01`;
    const birthYear = tmtYear - entryAge - 1;
    tanggalLahir = rng.date(`${birthYear}-${pad2(tmtMonth)}-02`, `${birthYear + 1}-${pad2(tmtMonth)}-01`);
    nip = nips.issue({ jenisAsn: 'PNS', tanggalLahir, tmtTahun: tmtYear, tmtBulan: tmtMonth, jenisKelamin });
  } else {
    const tmtYear = rng.int(Math.min(2021, refYear - 1), refYear - 1);
    const age = rng.int(23, 48);
    tanggalLahir = rng.date(`${tmtYear - age}-01-01`, `${tmtYear - age}-12-31`);
    tmt = `${tmtYear}-${rng.pick(['01', '03', '04', '07'])}-01`;
    // Part-time PPPK (paruh waktu, 2025) carry code 24 — see decision 0201.
    const kodePppk = spec.kind === 'PELAKSANA' && tmtYear >= 2025 && rng.chance(0.5) ? '24' : '21';
    nip = nips.issue({ jenisAsn: 'PPPK', tanggalLahir, tmtTahun: tmtYear, kodePppk, jenisKelamin });
  }
  const nama = makeName(rng, jenisKelamin);
  const senior =
    spec.kind === 'JPT_PRATAMA' ||
    spec.kind === 'ADMINISTRATOR' ||
    spec.jenjang === 'AHLI_MADYA' ||
    spec.jenjang === 'AHLI_UTAMA';
  const gelar =
    spec.level === 'SMA' || spec.level === 'SD'
      ? { depan: senior && rng.chance(0.1) ? (jenisKelamin === 'L' ? 'H.' : 'Hj.') : null, belakang: null }
      : makeGelar(rng, spec.level === 'D3' && spec.profesi === 'NONE' ? 'NONE' : spec.profesi, jenisKelamin, senior);
  if (spec.level === 'D3' && gelar.belakang && !gelar.belakang.startsWith('A.Md')) gelar.belakang = 'A.Md.';
  const email = rng.chance(0.75) ? `${slugName(nama)}${rng.int(1, 999)}@${emailDomain}` : null;
  const telepon = rng.chance(0.85)
    ? `08${rng.pick(['11', '12', '13', '21', '22', '52', '53', '57', '77', '78', '81', '95', '96'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`
    : null;
  return {
    nip,
    nama,
    gelarDepan: gelar.depan,
    gelarBelakang: gelar.belakang,
    jenisAsn: spec.jenisAsn,
    golongan,
    tanggalLahir,
    jenisKelamin,
    email,
    telepon,
    tmt,
  };
}

/** A start date for a current placement: after the TMT, within the last `maxYears` years. */
export function placementStart(rng: Rng, tmt: string, refDate: string, minDays: number, maxDays: number): string {
  const candidate = addDays(refDate, -rng.int(minDays, maxDays));
  return candidate < tmt ? tmt : candidate;
}
