/** SKP Saya: my SKPs by year with their status, and "Buat SKP". */
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsExchange, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate, todayIso } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { type Column, ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { useSkpSaya } from '../api/skp.ts';
import type { SkpListItem } from '../api/types.ts';
import { skpClosedByTransfer } from '../closed-by-transfer.ts';
import { CreateSkpModal } from '../components/CreateSkpModal.tsx';
import { currentYear, YearSelect } from '../components/Pickers.tsx';
import { SkpStatusBadge } from '../components/StatusBadge.tsx';

export default function SkpSayaPage() {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState<number | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const q = useSkpSaya(tahun);
  const closedByTransfer = q.data ? skpClosedByTransfer(q.data, todayIso()) : null;

  const columns: Column<SkpListItem>[] = [
    {
      key: 'periode',
      label: t('skp.saya.periode'),
      primary: true,
      render: (r) => (
        <Anchor component={Link} to={`/skp/${r.id}`} fw={600}>
          {t('skp.saya.skpTahun', { tahun: r.tahun })}
          <Text span size="sm" c="dimmed" fw={400}>
            {' '}
            · {formatDate(r.mulai)} {t('common.until')} {formatDate(r.selesai)}
          </Text>
        </Anchor>
      ),
    },
    { key: 'jabatan', label: t('skp.saya.jabatan'), render: (r) => r.jabatanNama },
    { key: 'penilai', label: t('skp.saya.penilai'), render: (r) => r.penilaiNama ?? '—' },
    { key: 'pendekatan', label: t('skp.saya.pendekatan'), render: (r) => t(`skp.pendekatan.${r.pendekatan}`) },
    { key: 'rhk', label: t('skp.saya.rhk'), render: (r) => r.jumlahRhk },
    {
      key: 'status',
      label: t('skp.saya.status'),
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <SkpStatusBadge status={r.status} />
          {r.revisi > 0 && (
            <Text size="xs" c="dimmed">
              {t('skp.editor.revisi', { n: r.revisi })}
            </Text>
          )}
        </Group>
      ),
    },
  ];

  return (
    <Page
      title={t('skp.saya.title')}
      subtitle={t('skp.saya.subtitle')}
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
          {t('skp.create.title')}
        </Button>
      }
    >
      {closedByTransfer && (
        <Alert color="orange" icon={<IconArrowsExchange size={18} aria-hidden />} title={t('skp.saya.ditutup.title')}>
          <Text size="sm">
            {t('skp.saya.ditutup.body', {
              tahun: closedByTransfer.tahun,
              jabatan: closedByTransfer.jabatanNama,
              tanggal: formatDate(closedByTransfer.selesai),
            })}
          </Text>
          <Button mt="sm" size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('skp.saya.ditutup.action')}
          </Button>
        </Alert>
      )}
      <Group>
        <YearSelect value={tahun} onChange={setTahun} withAll w={160} />
      </Group>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ResponsiveTable
          columns={columns}
          rows={[...q.data].sort((a, b) => b.tahun - a.tahun || b.mulai.localeCompare(a.mulai))}
          rowKey={(r) => r.id}
          empty={t('skp.saya.empty')}
        />
      )}
      <CreateSkpModal opened={opened} onClose={close} tahun={tahun ?? currentYear()} />
    </Page>
  );
}
