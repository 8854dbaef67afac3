import { describe, expect, it } from 'vitest';
import { parseFile } from './exchange.parse.ts';
import { type Existing, validateImport } from './exchange.validate.ts';

const TODAY = '2026-12-04';

const existing: Existing = {
  units: [
    {
      id: 'u-00',
      kode: '00',
      nama: 'Pemerintah Kabupaten Contoh',
      jenis: 'PEMDA',
      parentId: null,
      kepalaJabatanId: null,
    },
  ],
  jabatan: [
    {
      id: 'j-01',
      kode: '00-01',
      unitId: 'u-00',
      nama: 'Pengadministrasi Perkantoran',
      jenis: 'PELAKSANA',
      jenjang: null,
      atasanJabatanId: null,
      kelas: null,
    },
  ],
  pegawai: new Map(),
};

const validate = (rows: string[]) =>
  validateImport(
    parseFile(Buffer.from(['NIP_BARU,NAMA,JENIS_ASN,JABATAN_KODE,TMT_JABATAN', ...rows, ''].join('\n')), {
      fileName: 'p.csv',
    }),
    existing,
    { today: TODAY },
  );

describe('placements without TMT_JABATAN', () => {
  it('start on the import date, with one warning for the file that counts them and names the SKP consequence', () => {
    const r = validate([
      '198609262015051001,Budi,PNS,00-01,2024-01-02',
      '199001152015031002,Andi,PNS,00-01,',
      '199102202016042001,Sari,PNS,00-01,',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.plan?.openPlacements.map((o) => o.mulai)).toEqual(['2024-01-02', TODAY, TODAY]);
    const defaulted = r.warnings.filter((w) => w.code === 'EXCHANGE.TMT_DEFAULTED');
    expect(defaulted.map((w) => [w.row, w.column])).toEqual([[3, 'TMT_JABATAN']]);
    expect(defaulted[0].message.id).toContain('2 penempatan baru');
    expect(defaulted[0].message.en).toContain(`import date (${TODAY})`);
    expect(defaulted[0].message.en).toContain('SKP');
  });

  it('warn about nothing when every new placement has its date', () => {
    const r = validate(['198609262015051001,Budi,PNS,00-01,2024-01-02']);
    expect(r.warnings.filter((w) => w.code === 'EXCHANGE.TMT_DEFAULTED')).toEqual([]);
  });
});
