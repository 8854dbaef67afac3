import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AKSI_DOKUMEN_EVALUASI,
  type AksiDokumenEvaluasi,
  aksiCetakUntuk,
  aksiDokumenEvaluasi,
  bolehDokumenEvaluasi,
  PERAN_DOKUMEN_EVALUASI,
} from './dokumen-akses.ts';

describe('evaluation document permissions', () => {
  const table: Array<[AksiDokumenEvaluasi, string[], boolean]> = [
    ['CETAK_DOKUMEN', ['PEMILIK'], true],
    ['CETAK_DRAF', ['PEMILIK'], false],
    ['CETAK_DRAF', ['PENILAI'], true],
    ['CETAK_DRAF', ['ATASAN_PENILAI'], true],
    ['CETAK_DOKUMEN', ['AUDITOR'], true],
    ['CETAK_DOKUMEN', ['ADMIN'], true],
    ['CETAK_PENETAPAN', ['PEMILIK'], false],
    ['CETAK_PENETAPAN', ['PENILAI'], false],
    ['CETAK_PENETAPAN', ['KEPALA_UNIT'], true],
    ['CETAK_PENETAPAN', ['AUDITOR'], true],
    ['CETAK_MASSAL', ['AUDITOR'], false],
    ['CETAK_MASSAL', ['ADMIN'], true],
    ['CETAK_MASSAL', ['KEPALA_UNIT'], true],
    ['CETAK_MASSAL', ['PENILAI'], false],
    ['CETAK_DOKUMEN', [], false],
  ];
  it.each(table)('%s by %j → %s', (aksi, peran, expected) => {
    expect(bolehDokumenEvaluasi(aksi, peran)).toBe(expected);
  });

  it('a DRAFT evaluation needs the draft right; every later state the document right', () => {
    expect(aksiCetakUntuk('DRAFT')).toBe('CETAK_DRAF');
    for (const s of ['DITETAPKAN', 'DITERIMA', 'KEBERATAN', 'FINAL']) expect(aksiCetakUntuk(s)).toBe('CETAK_DOKUMEN');
  });

  it('offers exactly the actions it allows, and whoever may print a draft may print the set document', () => {
    fc.assert(
      fc.property(fc.subarray([...PERAN_DOKUMEN_EVALUASI]), (peran) => {
        const offered = new Set(aksiDokumenEvaluasi(peran));
        for (const aksi of AKSI_DOKUMEN_EVALUASI) expect(offered.has(aksi)).toBe(bolehDokumenEvaluasi(aksi, peran));
        if (offered.has('CETAK_DRAF')) expect(offered.has('CETAK_DOKUMEN')).toBe(true);
        // The read-only auditor never starts a job.
        if (peran.length === 1 && peran[0] === 'AUDITOR') expect(offered.has('CETAK_MASSAL')).toBe(false);
      }),
    );
  });
});
