/**
 * Pass 1 for the PEGAWAI sheet: each person row on its own. NIP_BARU is checked with the NIP rules
 * (domain/nip.ts) and supplies the birth date and gender when those cells are empty; cells that
 * disagree with the NIP are warnings, not errors. The position (JABATAN_KODE or JABATAN_NAMA,
 * TMT_JABATAN) is checked later, with the placements.
 */
import { parseNip } from '../../domain/nip.ts';
import { message } from './exchange.errors.ts';
import {
  normalizeEmail,
  normalizeGolongan,
  normalizeJenisAsn,
  normalizeJenisKelamin,
  normalizePhone,
} from './exchange.normalize.ts';
import { EXPECTED, type IssueLog, type RowReader } from './exchange.row-checks.ts';
import type { PegawaiFields } from './exchange.validate-types.ts';

/** A valid person row; `fields` holds only the columns present in the sheet (absent = keep). */
export interface PegawaiRow {
  reader: RowReader;
  nip: string;
  fields: Partial<PegawaiFields> & { nama: string; jenisAsn: 'PNS' | 'PPPK' };
  jabatanKode: string | null;
  /** Position by name (SIASN's "Nama Jabatan"); used only when JABATAN_KODE is empty. */
  jabatanNama: string | null;
  tmt: string | null;
  unitKode: string | null;
  /** Unit by name; used only to find the unit of jabatanNama when UNOR_KODE is empty. */
  unitNama: string | null;
}

/** The person rows that passed their own checks; the others' errors go to the log. */
export function readPegawaiRows(readers: RowReader[], issues: IssueLog, today: string): PegawaiRow[] {
  const pegawaiRows: PegawaiRow[] = [];
  for (const r of readers) {
    const rawNip = r.raw('NIP_BARU');
    let nip: string | null = null;
    if (typeof rawNip === 'number') {
      issues.fail(
        r,
        'NIP_BARU',
        'EXCHANGE.NIP_AS_NUMBER',
        message('EXCHANGE.NIP_AS_NUMBER', { value: String(rawNip) }),
        String(rawNip),
      );
    } else {
      nip = issues.required(r, 'NIP_BARU');
      if (nip) nip = nip.replace(/\s+/g, '').replace(/^'/, '');
    }
    const nama = issues.required(r, 'NAMA');
    const jenisText = issues.required(r, 'JENIS_ASN');
    const jenisAsn = jenisText ? normalizeJenisAsn(jenisText) : null;
    if (jenisText && !jenisAsn) issues.invalid(r, 'JENIS_ASN', jenisText, EXPECTED.JENIS_ASN);
    let nipInfo: ReturnType<typeof parseNip> | null = null;
    if (nip) {
      const kind = jenisAsn ?? (Number(nip.slice(12, 14)) > 12 ? 'PPPK' : 'PNS');
      nipInfo = parseNip(nip, kind, { asOf: today });
      if (!nipInfo.ok) for (const e of nipInfo.errors) issues.fail(r, 'NIP_BARU', e.code, e.message, nip);
    }
    const fields: Partial<PegawaiFields> = {};
    if (r.has('GELAR_DEPAN')) fields.gelarDepan = r.text('GELAR_DEPAN') || null;
    if (r.has('GELAR_BELAKANG')) fields.gelarBelakang = r.text('GELAR_BELAKANG') || null;
    const golText = r.text('GOL_RUANG');
    if (golText !== undefined) {
      fields.golongan = null;
      if (golText !== '' && jenisAsn) {
        const g = normalizeGolongan(golText, jenisAsn);
        if (!g) issues.invalid(r, 'GOL_RUANG', golText, jenisAsn === 'PNS' ? EXPECTED.GOL_PNS : EXPECTED.GOL_PPPK);
        fields.golongan = g;
      }
    }
    const nipValue = nipInfo?.ok ? nipInfo.value : null;
    const lahir = issues.optionalDate(r, 'TANGGAL_LAHIR');
    if (lahir !== undefined || nipValue) fields.tanggalLahir = lahir || nipValue?.tanggalLahir || null;
    if (lahir && nipValue && lahir !== nipValue.tanggalLahir) {
      issues.warn(
        r,
        'TANGGAL_LAHIR',
        'EXCHANGE.BIRTH_DATE_DIFFERS_FROM_NIP',
        message('EXCHANGE.BIRTH_DATE_DIFFERS_FROM_NIP', { value: lahir, other: nipValue.tanggalLahir }),
        lahir,
      );
    }
    const jkText = r.text('JENIS_KELAMIN');
    let jk: 'L' | 'P' | null = null;
    if (jkText) {
      jk = normalizeJenisKelamin(jkText);
      if (!jk) issues.invalid(r, 'JENIS_KELAMIN', jkText, EXPECTED.JENIS_KELAMIN);
    }
    if (jkText !== undefined || nipValue) fields.jenisKelamin = jk || nipValue?.jenisKelamin || null;
    if (jk && nipValue && jk !== nipValue.jenisKelamin) {
      issues.warn(
        r,
        'JENIS_KELAMIN',
        'EXCHANGE.GENDER_DIFFERS_FROM_NIP',
        message('EXCHANGE.GENDER_DIFFERS_FROM_NIP', { value: jk, other: nipValue.jenisKelamin }),
        jk,
      );
    }
    const emailText = r.text('EMAIL');
    if (emailText !== undefined) {
      fields.email = emailText === '' ? null : normalizeEmail(emailText);
      if (emailText !== '' && !fields.email) issues.invalid(r, 'EMAIL', emailText, EXPECTED.EMAIL);
    }
    const hpText = r.text('NOMOR_HP');
    if (hpText !== undefined) {
      fields.telepon = hpText === '' ? null : normalizePhone(hpText);
      if (hpText !== '' && !fields.telepon) issues.invalid(r, 'NOMOR_HP', hpText, EXPECTED.NOMOR_HP);
    }
    const tmt = issues.optionalDate(r, 'TMT_JABATAN') ?? null;
    if (tmt && nipValue) {
      const appointed = nipValue.tmtBulan ? `${nipValue.tmt}-01` : `${nipValue.tmtTahun}-01-01`;
      if (tmt < appointed) {
        issues.warn(
          r,
          'TMT_JABATAN',
          'EXCHANGE.TMT_BEFORE_APPOINTMENT',
          message('EXCHANGE.TMT_BEFORE_APPOINTMENT', { value: tmt, other: nipValue.tmt }),
          tmt,
        );
      }
    }
    if (nip && issues.duplicate(r, 'NIP_BARU', nip)) continue;
    if (nip && nama && jenisAsn) {
      pegawaiRows.push({
        reader: r,
        nip,
        fields: Object.assign(fields, { nama, jenisAsn }),
        jabatanKode: r.text('JABATAN_KODE') || null,
        jabatanNama: r.text('JABATAN_NAMA') || null,
        tmt,
        unitKode: r.text('UNOR_KODE') || null,
        unitNama: r.text('UNOR_NAMA') || null,
      });
    }
  }
  return pegawaiRows;
}
