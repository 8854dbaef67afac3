import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dasarPeriodik, dasarTahunan } from './predikat-organisasi.ts';

const p = (rencanaAksi: number, denganProgres: number, raTerukur = 0, raTercapai = 0, raMelampaui = 0) =>
  dasarPeriodik({ rencanaAksi, denganProgres, raTerukur, raTercapai, raMelampaui });

describe('the basis of a predikat organisasi (SE MenPANRB 3/2023)', () => {
  it.each([
    ['most action plans without progress', p(10, 4), 'SANGAT_KURANG'],
    ['half without progress is not most', p(10, 5), null],
    ['every plan progressed and targets exceeded', p(4, 4, 3, 3, 1), 'ISTIMEWA'],
    ['every plan progressed, targets met but none exceeded', p(4, 4, 3, 3, 0), null],
    ['a target missed', p(4, 4, 3, 2, 1), null],
    ['no action plans', p(0, 0), null],
  ])('%s → %s', (_n, d, saran) => {
    expect(d.saran).toBe(saran);
    expect(d.ringkasan.id).toContain('Predikat ditetapkan oleh pimpinan');
    expect(d.ringkasan.en).toContain('The leader sets the predikat');
  });

  it('describes each case in words', () => {
    expect(p(10, 4).ringkasan.id).toContain('Sebagian besar rencana aksi tanpa progres');
    expect(p(4, 4, 3, 3, 1).ringkasan.en).toContain('exceeds');
    expect(p(0, 0).ringkasan.id).toContain('Belum ada rencana aksi');
  });

  it('suggests only the two anchors the SE states, never an intermediate level (property)', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(20), fc.nat(20), fc.nat(20), (a, b, c, d, e) => {
        const n = Math.max(a, b);
        const r = dasarPeriodik({
          rencanaAksi: n,
          denganProgres: Math.min(a, b),
          raTerukur: c,
          raTercapai: Math.min(c, d),
          raMelampaui: Math.min(c, d, e),
        });
        return r.saran === null || r.saran === 'ISTIMEWA' || r.saran === 'SANGAT_KURANG';
      }),
    );
  });

  it('summarises the annual PK achievement without a suggestion', () => {
    const none = dasarTahunan({ indikator: 0, indikatorTerukur: 0, indikatorTercapai: 0, indikatorMelampaui: 0 });
    expect(none.saran).toBeNull();
    expect(none.ringkasan.id).toContain('belum memiliki indikator');
    const some = dasarTahunan({ indikator: 5, indikatorTerukur: 4, indikatorTercapai: 3, indikatorMelampaui: 1 });
    expect(some.ringkasan.id).toContain('3 dari 4 indikator PK terukur mencapai target (75%)');
    expect(some.ringkasan.en).toContain("unit's expectation");
  });
});
