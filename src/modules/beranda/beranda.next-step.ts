/**
 * What a pegawai should do next about their SKP of the year, from its status alone (the workflow
 * in src/domain/skp/workflow.ts decides what is allowed; this only names the next step for Home).
 */
export type LangkahPegawai = 'BUAT' | 'AJUKAN' | 'PERBAIKI' | 'MENUNGGU_PENILAI' | 'SELESAI';

export function nextStepFor(status: string | null): LangkahPegawai {
  switch (status) {
    case null:
      return 'BUAT';
    case 'DRAFT':
      return 'AJUKAN';
    case 'DIKEMBALIKAN':
      return 'PERBAIKI';
    case 'DIAJUKAN':
      return 'MENUNGGU_PENILAI';
    default:
      return 'SELESAI';
  }
}

/** Whether the SKP deadline has passed without a set SKP (the deadline is inclusive). */
export function isLate(status: string | null, batas: string, hariIni: string): boolean {
  return status !== 'DITETAPKAN' && hariIni > batas;
}
