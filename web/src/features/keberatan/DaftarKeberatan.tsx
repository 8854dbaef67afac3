/** A list of cases with a status filter: the inbox and the agency list share it. */
import { Anchor, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { type StatusKeberatan, useDaftarKeberatan } from './api.ts';
import { KeberatanStatusBadge, periodeLabel } from './parts.tsx';

export function DaftarKeberatan({ lingkup }: { lingkup: 'masuk' | 'instansi' }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusKeberatan | null>(null);
  const q = useDaftarKeberatan(lingkup, status);
  return (
    <Stack gap="sm">
      <Select
        label={t('keberatan.filterStatus')}
        maw={260}
        value={status ?? ''}
        onChange={(v) => setStatus(v ? (v as StatusKeberatan) : null)}
        data={[
          { value: '', label: t('keberatan.semuaStatus') },
          ...(['DIAJUKAN', 'DIPERIKSA', 'DIPUTUSKAN'] as const).map((s) => ({
            value: s,
            label: t(`keberatan.status.${s}`),
          })),
        ]}
        allowDeselect={false}
      />
      {q.isError && !q.data && <ErrorAlert error={q.error} onRetry={() => q.refetch()} />}
      {!q.data && !q.isError && <Loading />}
      {q.data?.items.length === 0 && <Text c="dimmed">{t('keberatan.tidakAda')}</Text>}
      {q.data?.items.map((k) => (
        <Card key={k.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/keberatan/${k.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                {k.pegawai.nama} · {periodeLabel(k, t)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('keberatan.diajukan', { tanggal: formatDate(k.diajukanAt.slice(0, 10)) })}
                {k.penilai.nama ? ` · ${t('keberatan.penilai')}: ${k.penilai.nama}` : ''}
              </Text>
              {k.peranSaya.length > 0 && (
                <Text size="sm">{k.peranSaya.map((p) => t(`keberatan.peran.${p}`)).join(' · ')}</Text>
              )}
            </Stack>
            <KeberatanStatusBadge status={k.status} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
