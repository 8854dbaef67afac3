/**
 * Kinds of government an instansi (tenant) is, and the title of its head — the official outside
 * the ASN who appraises the top positions (the JPT heading OPD) and signs their SKP.
 */

/** Ordered as the UI offers them: regional governments first, most instansi being regencies. */
export const JENIS_INSTANSI = ['KABUPATEN', 'KOTA', 'PROVINSI', 'PUSAT'] as const;
export type JenisInstansi = (typeof JENIS_INSTANSI)[number];

/**
 * The head's title by kind, used when none is given. UU 23/2014 Pasal 59 ayat (2): the head of a
 * province is the gubernur, of a kabupaten the bupati, of a kota the wali kota. A central agency is
 * led by a minister or by the head of a non-ministerial agency, so "Menteri" is only a default that
 * the instansi changes where it is led by a Kepala.
 */
export const PIMPINAN_BAWAAN: Readonly<Record<JenisInstansi, string>> = {
  KABUPATEN: 'Bupati',
  KOTA: 'Wali Kota',
  PROVINSI: 'Gubernur',
  PUSAT: 'Menteri',
};
