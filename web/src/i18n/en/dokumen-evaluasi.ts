/** Evaluation documents (issue 11 item 6; docs/evaluasi-dokumen.md). */
import type { dokumenEvaluasi as id } from '../id/dokumen-evaluasi.ts';
import type { Shape } from '../id/index.ts';

export const dokumenEvaluasi: Shape<typeof id> = {
  dokumenEvaluasi: {
    nav: 'Print evaluation documents',
    title: 'Print performance evaluation documents',
    subtitle:
      'The Evaluasi Kinerja Pegawai and the Dokumen Evaluasi Kinerja Pegawai of every employee of one unit penilaian for one period, in one zip file.',
    unit: 'Unit penilaian',
    periode: 'Period',
    jenis: 'Documents',
    periodeOpsi: {
      TW1: 'Quarter I',
      TW2: 'Quarter II',
      TW3: 'Quarter III',
      TW4: 'Quarter IV',
      B01: 'January',
      B02: 'February',
      B03: 'March',
      B04: 'April',
      B05: 'May',
      B06: 'June',
      B07: 'July',
      B08: 'August',
      B09: 'September',
      B10: 'October',
      B11: 'November',
      B12: 'December',
      AKHIR: 'Final (annual)',
    },
    jenisOpsi: {
      LENGKAP: 'Both in one PDF per employee',
      EVALUASI: 'Evaluasi Kinerja Pegawai (evaluation form)',
      DOKUMEN: 'Dokumen Evaluasi Kinerja Pegawai (evaluation document)',
    },
    buat: 'Build PDF zip',
    kemajuan: '{{processed}} of {{total}} documents built',
    kemajuanLabel: 'Document build progress',
    gagal: 'Building the documents failed.',
    sebagianGagal: '{{n}} documents could not be built.',
    unduh: 'Download {{nama}} ({{n}} PDFs)',
    evaluasiKinerja: 'Evaluasi Kinerja Pegawai (PDF)',
    dokumenEvaluasi: 'Dokumen Evaluasi Kinerja Pegawai (PDF)',
    draf: 'Draft: not set yet',
  },
};
