/** The outcome of a check or an import: success summary (created/updated) or the row-level errors. */
import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportIssue, ImportResult } from '../../api/types.ts';
import { formatNumber } from '../../components/format.ts';
import { Pager } from '../../components/Pager.tsx';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { pickText } from '../../i18n/index.ts';

const PAGE_SIZE = 50;

function IssueTable({ issues, title, total }: { issues: ImportIssue[]; title: string; total: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const columns: Column<ImportIssue>[] = [
    { key: 'row', label: t('impor.report.row'), render: (i) => i.row, width: 70 },
    { key: 'column', label: t('impor.report.column'), render: (i) => i.column ?? '—', width: 160 },
    { key: 'message', label: t('impor.report.message'), primary: true, render: (i) => pickText(i.message) },
    { key: 'value', label: t('impor.report.value'), render: (i) => (i.value ? <code>{i.value}</code> : '—') },
    { key: 'sheet', label: t('impor.report.sheet'), render: (i) => i.sheet },
  ];
  const rows = issues.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <section aria-label={title}>
      <Title order={3} fz="h5" mb="xs">
        {title} ({formatNumber(total)})
      </Title>
      <ResponsiveTable columns={columns} rows={rows} rowKey={(i) => `${i.sheet}-${i.row}-${i.column}-${i.code}`} />
      {issues.length > PAGE_SIZE && <Pager page={page} pageSize={PAGE_SIZE} total={issues.length} onChange={setPage} />}
    </section>
  );
}

/** Every error counted by code and column: the report holds only the first 1,000 rows of a big file. */
function Summary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('impor.report.byCode')}>
      <Text size="sm" mb={4}>
        {t('impor.report.capped', {
          shown: formatNumber(result.errors.length),
          total: formatNumber(result.errorCount),
        })}
      </Text>
      <ScrollTable minWidth={360}>
        <Table withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('impor.report.code')}</Table.Th>
              <Table.Th>{t('impor.report.column')}</Table.Th>
              <Table.Th ta="right">{t('impor.report.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.errorSummary.slice(0, 50).map((c) => (
              <Table.Tr key={`${c.code}-${c.column}`}>
                <Table.Td>
                  <code>{c.code}</code>
                </Table.Td>
                <Table.Td>{c.column ?? '—'}</Table.Td>
                <Table.Td ta="right">{formatNumber(c.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>
  );
}

function Counts({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const entities = (['unor', 'jabatan', 'pegawai'] as const).filter((e) => result.counts[e].rows > 0);
  if (entities.length === 0) return null;
  return (
    <ScrollTable minWidth={360}>
      <Table withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('impor.report.entity')}</Table.Th>
            <Table.Th ta="right">{t('impor.report.rows')}</Table.Th>
            <Table.Th ta="right">{t('impor.report.created')}</Table.Th>
            <Table.Th ta="right">{t('impor.report.updated')}</Table.Th>
            <Table.Th ta="right">{t('impor.report.unchanged')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entities.map((e) => (
            <Table.Tr key={e}>
              <Table.Td>{t(`impor.entities.${e}`)}</Table.Td>
              <Table.Td ta="right">{formatNumber(result.counts[e].rows)}</Table.Td>
              <Table.Td ta="right">{formatNumber(result.counts[e].created)}</Table.Td>
              <Table.Td ta="right">{formatNumber(result.counts[e].updated)}</Table.Td>
              <Table.Td ta="right">{formatNumber(result.counts[e].unchanged)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function ImportReport({
  result,
  onImport,
  importing,
}: {
  result: ImportResult;
  onImport?: () => void;
  importing?: boolean;
}) {
  const { t } = useTranslation();
  const ok = result.ok;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        {ok ? (
          <Alert
            color="teal"
            role="status"
            icon={<IconCircleCheck aria-hidden />}
            title={result.dryRun ? t('impor.report.okDry') : t('impor.report.okDone')}
          >
            <Text size="sm">
              {t('impor.report.totals', {
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
              })}
            </Text>
          </Alert>
        ) : (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
            title={t('impor.report.failed', { count: result.errorCount })}
          >
            <Text size="sm">{result.fileName}</Text>
          </Alert>
        )}
        <Counts result={result} />
        {ok && (result.counts.penempatan.opened > 0 || result.counts.penempatan.closed > 0) && (
          <Text size="sm">{t('impor.report.penempatan', result.counts.penempatan)}</Text>
        )}
        {result.errorCount > result.errors.length && <Summary result={result} />}
        {result.errors.length > 0 && (
          <IssueTable issues={result.errors} title={t('impor.report.errors')} total={result.errorCount} />
        )}
        {result.warningCount > result.warnings.length && (
          <Text size="sm">
            {t('impor.report.cappedWarnings', {
              shown: formatNumber(result.warnings.length),
              total: formatNumber(result.warningCount),
            })}
          </Text>
        )}
        {result.warnings.length > 0 && (
          <IssueTable issues={result.warnings} title={t('impor.report.warnings')} total={result.warningCount} />
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('impor.report.duration', { seconds: (result.timings.totalMs / 1000).toFixed(1) })}
          </Text>
          <Group gap="xs">
            {ok && result.dryRun && onImport && (
              <Button onClick={onImport} loading={importing}>
                {t('impor.report.importNow')}
              </Button>
            )}
            {ok && !result.dryRun && result.counts.pegawai.rows > 0 && (
              <Button component={Link} to="/pegawai" variant="light">
                {t('impor.report.seePegawai')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
