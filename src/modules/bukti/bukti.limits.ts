/**
 * The limits of evidence uploads (docs/pelaksanaan-bukti.md "Limits"). The size of one file is the
 * instansi setting `pelaksanaan.buktiMaksimumMb` (default 10, at most 100); the rest are fixed here.
 */
export const BUKTI_LIMITS = {
  /** An image's width × height: 100 megapixels (a 12 MP phone photo is an eighth of it). */
  imagePixels: 100_000_000,
  /** Entries of an office zip (a large DOCX has a few hundred). */
  zipEntries: 5_000,
  /** Sum of the uncompressed sizes an office zip declares. */
  zipTotalBytes: 300 * 1024 * 1024,
  /** Compression ratio of one entry above which it is a bomb (XML deflates 5–30×)… */
  zipRatio: 200,
  /** …counted only for entries larger than this (tiny parts compress oddly). */
  zipRatioFloorBytes: 1024 * 1024,
  /** The cleaned file name, in characters (extension kept). */
  fileNameChars: 120,
  /** A link, in characters. */
  urlChars: 2_000,
  /** Per pegawai per day (UTC+7 calendar day): files uploaded… */
  dailyFiles: 100,
  /** …and their total size (deduplicated content counts again: the bytes were sent). */
  dailyBytes: 500 * 1024 * 1024,
  /** Text fields of the multipart form. */
  fieldBytes: 4_096,
} as const;
