import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { id } from '../../i18n/id/index.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, actorName, auditSentence, sentenceText, wordKey } from './sentence.ts';

/** A tiny translator over the real dictionaries (i18next needs a browser to load). */
function translator(dict: unknown) {
  return (key: string, options?: { defaultValue: string }) => {
    let node: unknown = dict;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === 'string') return node;
    if (options) return options.defaultValue;
    throw new Error(`missing ${key}`);
  };
}
const tid = translator(id);
const ten = translator(en);

describe('audit entries as sentences', () => {
  it('says who did what to which document, in Indonesian and in English', () => {
    const e = { actorLabel: 'Budi Santoso (budi)', action: 'ajukan', entity: 'skp', targetLabel: '2026 Siti Aminah' };
    expect(sentenceText(auditSentence(e, tid))).toBe('Budi Santoso mengajukan SKP 2026 Siti Aminah');
    expect(sentenceText(auditSentence(e, ten))).toBe('Budi Santoso submitted SKP 2026 Siti Aminah');
    const unit = { actorLabel: 'Admin (admin)', action: 'update', entity: 'unit_organisasi', targetLabel: 'Bidang SD' };
    expect(sentenceText(auditSentence(unit, tid))).toBe('Admin mengubah unit Bidang SD');
    expect(sentenceText(auditSentence(unit, ten))).toBe('Admin changed unit Bidang SD');
  });

  it('reads logins without a target and the system as a subject', () => {
    const login = {
      actorLabel: 'Siti Aminah (199001012015012001)',
      action: 'login',
      entity: 'sesi',
      targetLabel: null,
    };
    expect(sentenceText(auditSentence(login, tid))).toBe('Siti Aminah masuk');
    expect(sentenceText(auditSentence(login, ten))).toBe('Siti Aminah logged in');
    const lock = { actorLabel: 'sistem', action: 'akun.lockout', entity: 'akun', targetLabel: 'Siti Aminah (siti)' };
    expect(sentenceText(auditSentence(lock, tid))).toBe('Sistem mengunci sementara akun Siti Aminah (siti)');
  });

  it('never shows a raw code, even for an action or entity it does not know', () => {
    const odd = { actorLabel: 'A (a)', action: 'x.future-thing', entity: 'new_table', targetLabel: null };
    expect(sentenceText(auditSentence(odd, tid))).toBe('A mencatat perubahan pada data');
    expect(sentenceText(auditSentence(odd, ten))).toBe('A recorded a change to record');
  });

  it('has a verb and a noun in both languages for every action and entity the services write', () => {
    for (const dict of [id, en]) {
      const audit = (dict as unknown as { audit: { verbs: Record<string, string>; nouns: Record<string, string> } })
        .audit;
      for (const a of AUDIT_ACTIONS) expect(audit.verbs[wordKey(a)], a).toBeTruthy();
      for (const n of AUDIT_ENTITIES) expect(audit.nouns[wordKey(n)], n).toBeTruthy();
    }
  });

  it('knows every action and entity literal the services write (so a new one never reads as "a change")', () => {
    const modules = join(import.meta.dirname, '../../../../src/modules');
    const files = readdirSync(modules, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const written = { action: new Set<string>(), entity: new Set<string>() };
    for (const f of files) {
      const text = readFileSync(join(modules, f), 'utf8');
      for (const m of text.matchAll(/\b(action|entity): ['`]([a-zA-Z0-9._-]+)['`]/g))
        written[m[1] as 'action' | 'entity'].add(m[2]);
    }
    expect(written.action.size).toBeGreaterThan(30);
    expect([...written.action].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect([...written.entity].filter((e) => !(AUDIT_ENTITIES as readonly string[]).includes(e))).toEqual([]);
  });

  it('takes the person out of an actor label, leaving names with brackets inside alone', () => {
    expect(actorName('Budi Santoso (budi)')).toBe('Budi Santoso');
    expect(actorName('sistem')).toBe('sistem');
    expect(actorName('Dr. (H.) Ahmad')).toBe('Dr. (H.) Ahmad');
  });
});
