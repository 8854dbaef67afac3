/** Public surface of the import/export module (SIASN-like CSV/XLSX for units, positions and people). */

export { undoInterruptedImports } from './exchange.chunked-write.ts';
export { type CsvValue, neutralizeCsvCell, restoreCsvCell, writeCsv } from './exchange.csv.ts';
export type { ImportError, ImportWarning } from './exchange.errors.ts';
export { buildTemplate, type ExportFile, type ExportFormat } from './exchange.export.ts';
export { COLUMNS, ENTITIES, type Entity } from './exchange.format.ts';
export { getImportJob, type ImportJobView, startImportJob, waitForImportJobs } from './exchange.import-job.ts';
export { IMPORT_LIMITS, ImportLimitError, limitAppError } from './exchange.limits.ts';
export { findInstansiIdByKode, findUnitIdByKode, listInstansi } from './exchange.repository.ts';
export { exchangeRoutes } from './exchange.routes.ts';
export {
  exportData,
  type ImportInput,
  type ImportProgress,
  type ImportResult,
  importFile,
  todayWib,
} from './exchange.service.ts';
export { type CellValue, readXlsx, XlsxFormatError, type XlsxSheet } from './exchange.xlsx-reader.ts';
