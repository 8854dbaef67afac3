import { describe, expect, it } from 'vitest';
import { RuleError } from '../rule-error.ts';
import * as engine from '../rules-engine.ts';
import { BERAKHLAK } from './berakhlak.ts';
import { findRuleSet, isInForce, RULE_SETS, selectRuleSet, selectRuleSets, TOPIKS } from './index.ts';

describe('rule set registry', () => {
  it.each([
    ['2013-12-31', null],
    ['2014-01-01', 'pp-46-2011'],
    ['2020-12-31', 'pp-46-2011'],
    ['2021-01-01', 'pp-30-2019'],
    ['2021-12-31', 'pp-30-2019'],
    ['2022-01-01', 'permenpanrb-6-2022'],
    ['2026-06-30', 'permenpanrb-6-2022'],
  ])('picks the evaluation rule set for a period dated %s', (date, id) => {
    if (id === null) expect(() => selectRuleSet(date)).toThrow(RuleError);
    else expect(selectRuleSet(date).id).toBe(id);
  });

  it('picks the distribution rules only from 2023', () => {
    expect(() => selectRuleSet('2022-12-31', 'DISTRIBUSI')).toThrow(/DISTRIBUSI/);
    expect(selectRuleSet('2023-01-01', 'DISTRIBUSI').id).toBe('se-menpanrb-3-2023');
    expect(selectRuleSet(new Date('2024-03-31T12:00:00Z'), 'ANGKA_KREDIT').id).toBe('permenpanrb-1-2023');
  });

  it('gives one rule set or null per topic', () => {
    const s = selectRuleSets('2022-06-30');
    expect(Object.keys(s)).toEqual([...TOPIKS]);
    expect(s.PREDIKAT?.id).toBe('permenpanrb-6-2022');
    expect(s.DISTRIBUSI).toBeNull();
    expect(s.TALENTA?.id).toBe('permenpanrb-3-2020');
  });

  it('never has two rule sets for one topic on the same date', () => {
    for (const topik of TOPIKS) {
      const sets = RULE_SETS.filter((r) => r.mengatur.includes(topik));
      for (let year = 2010; year <= 2030; year++) {
        for (const d of [`${year}-01-01`, `${year}-06-30`, `${year}-12-31`]) {
          expect(sets.filter((r) => isInForce(r, d)).length).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('gives every rule set an id, a name in both languages and at least one cited article', () => {
    expect(new Set(RULE_SETS.map((r) => r.id)).size).toBe(RULE_SETS.length);
    for (const r of RULE_SETS) {
      expect(r.nama.id && r.nama.en).toBeTruthy();
      expect(r.sumber.length).toBeGreaterThan(0);
      for (const s of r.sumber) expect(s.article.length).toBeGreaterThan(3);
    }
    expect(findRuleSet('se-menpanrb-3-2023')?.mengatur).toEqual(['DISTRIBUSI']);
    expect(findRuleSet('nope')).toBeUndefined();
  });
});

describe('BerAKHLAK (SE MenPANRB 20/2021)', () => {
  it('has the seven core values in order with three guides each, in Indonesian and English', () => {
    expect(BERAKHLAK.map((v) => v.nama.id)).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
    for (const v of BERAKHLAK) {
      expect(v.panduan).toHaveLength(3);
      for (const g of v.panduan) expect(g.id && g.en).toBeTruthy();
    }
    expect(BERAKHLAK[1].panduan[1].id).toBe(
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
    );
  });
});

describe('rules-engine barrel', () => {
  it('exposes the engine’s functions in one import', () => {
    expect(typeof engine.predikatFromRatings).toBe('function');
    expect(typeof engine.checkDistribution).toBe('function');
    expect(engine.TUKIN_PRESETS.length).toBeGreaterThan(2);
  });
});
