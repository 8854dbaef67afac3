/** Row-level errors of an XLSX import (the server refuses the whole file and lists each bad row). */
import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { pickText } from '../../../i18n/index.ts';

interface RowError {
  row?: number;
  baris?: number;
  field?: string | null;
  kolom?: string | null;
  message?: string | { id: string; en: string };
  pesan?: string;
}

function rowsOf(details: unknown): RowError[] {
  if (Array.isArray(details)) return details as RowError[];
  const d = details as { rows?: unknown; errors?: unknown; baris?: unknown } | null;
  const list = d?.rows ?? d?.errors ?? d?.baris;
  return Array.isArray(list) ? (list as RowError[]) : [];
}

export function ImportErrors({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const rows =
    error instanceof ApiError ? rowsOf(error.details).filter((r) => typeof (r.row ?? r.baris) === 'number') : [];
  if (rows.length === 0) return <ErrorAlert error={error} title={t('skp.pk.importFailed')} />;
  return (
    <Alert color="red" variant="light" title={t('skp.pk.importFailed')} role="alert">
      <Text size="sm" mb="xs">
        {t('skp.pk.importRows', { count: rows.length })}
      </Text>
      <ScrollTable minWidth={280}>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('skp.pk.baris')}</Table.Th>
              <Table.Th>{t('skp.pk.kolom')}</Table.Th>
              <Table.Th>{t('skp.pk.pesan')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: server order
              <Table.Tr key={i}>
                <Table.Td>{(r.row ?? r.baris) || '—'}</Table.Td>
                <Table.Td>{r.field ?? r.kolom ?? '—'}</Table.Td>
                <Table.Td>
                  {typeof r.message === 'object' ? pickText(r.message) : (r.message ?? r.pesan ?? '')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Alert>
  );
}
