/**
 * An audit entry as a sentence about people and documents — "Budi Santoso mengajukan SKP 2026 Siti
 * Aminah", "Admin mengubah unit Bidang SD" — instead of raw action and entity codes. Pure: the
 * caller passes the translator (i18n keys `audit.verbs.*`, `audit.nouns.*`), so it is unit-tested.
 */

export interface SentenceEntry {
  actorLabel: string;
  action: string;
  entity: string;
  targetLabel: string | null;
}

export interface Sentence {
  actor: string;
  /** Verb and noun, e.g. "mengubah unit" / "changed unit". */
  verb: string;
  /** The record's name, when it has one ("Bidang SD", "2026 Siti Aminah"). */
  target: string | null;
}

type Translate = (key: string, options?: { defaultValue: string }) => string;

/** Actions written to the trail (services and the SKP workflow); others read as a generic change. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'close',
  'import',
  'pegawai.import-update',
  'login',
  'logout',
  'password.change',
  'password.change.failed',
  'password.reset',
  'akun.create',
  'akun.massal',
  'akun.lockout',
  'akun.unlock',
  'akun.bahasa',
  'ubahIsi',
  'rhk.tambah',
  'rhk.ubah',
  'rhk.hapus',
  'mph',
  'ajukan',
  'kembalikan',
  'tetapkan',
  'ubah',
  'tutup',
  'ingatkan-atasan',
  'ingatkanAtasan',
  'bukti.attach',
  'bukti.create',
  'bukti.delete',
  'bukti.detach',
  'dialog.batal',
  'dialog.jadwalkan',
  'dialog.konfirmasi',
  'dialog.rekam',
  'dialog.ubah-jadwal',
  'dokumen-evaluasi.massal',
  'dokumen-evaluasi.unduh',
  'dokumen-evaluasi.unduh-massal',
  'dokumen-evaluasi.unduh-penetapan',
  'evaluasi.batch',
  'evaluasi.ekspor',
  'evaluasi.final',
  'evaluasi.keberatan',
  'evaluasi.koreksi',
  'evaluasi.tetapkan',
  'kalibrasi.buka_kembali',
  'kalibrasi.final_override',
  'kalibrasi.ubah',
  'keberatan.ajukan',
  'keberatan.putuskan',
  'masukan360',
  'masukan360.jawab',
  'masukan360.minta',
  'masukan360.tutup',
  'pengisian.buka',
  'progres_harian.hapus',
  'progres_harian.tambah',
  'progres_harian.ubah',
  'realisasi.isi',
  'realisasi.ubah',
  'rencana_aksi.hapus',
  'rencana_aksi.tambah',
  'rencana_aksi.ubah',
  'umpanBalik.balas',
  'umpanBalik.tulis',
] as const;

/** Entities written to the trail. */
export const AUDIT_ENTITIES = [
  'skp',
  'pegawai',
  'unit_organisasi',
  'jabatan',
  'penempatan',
  'penilai_override',
  'akun',
  'sesi',
  'import',
  'instansi',
  'pengaturan_instansi',
  'periode_kinerja',
  'perjanjian_kinerja',
  'bukti',
  'bukti_iki',
  'dialog_kinerja',
  'evaluasi',
  'evaluasi_batch',
  'job',
  'kalibrasi',
  'keberatan',
  'masukan_360',
  'predikat_organisasi',
  'progres_harian',
  'realisasi',
  'rencana_aksi',
  'umpan_balik',
  'unor',
] as const;

/** i18next reads dots as nesting: `rhk.tambah` is looked up as `rhk_tambah`. */
export function wordKey(code: string): string {
  return code.replace(/[.-]/g, '_');
}

/** The person in an actor label "Nama (username)"; "sistem" stays the system. */
export function actorName(label: string): string {
  const m = /^(.*\S)\s+\([^()]*\)$/.exec(label);
  return m ? m[1] : label;
}

export function auditSentence(e: SentenceEntry, t: Translate): Sentence {
  const actor = e.actorLabel === 'sistem' ? t('audit.system') : actorName(e.actorLabel);
  if (e.entity === 'sesi') {
    return {
      actor,
      verb: t(`audit.verbs.${wordKey(e.action)}`, { defaultValue: t('audit.verbs.other') }),
      target: null,
    };
  }
  const verb = t(`audit.verbs.${wordKey(e.action)}`, { defaultValue: t('audit.verbs.other') });
  const noun = t(`audit.nouns.${wordKey(e.entity)}`, { defaultValue: t('audit.nouns.other') });
  return { actor, verb: `${verb} ${noun}`, target: e.targetLabel };
}

/** The sentence as one line of text (titles, search). */
export function sentenceText(s: Sentence): string {
  return [s.actor, s.verb, s.target].filter(Boolean).join(' ');
}
