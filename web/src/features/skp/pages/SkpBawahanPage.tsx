/**
 * SKP Bawahan: the people I appraise with their SKP status (including "belum membuat"), a status
 * filter, review (the SKP form has Kembalikan / Tetapkan) and bulk "Tetapkan terpilih".
 */
import { Alert, Anchor, Button, Checkbox, Chip, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNip } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { type Column, ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { useSkpBawahan, useTetapkanMassal } from '../api/skp.ts';
import type { BawahanItem, TetapkanMassalResult } from '../api/types.ts';
import { currentYear, YearSelect } from '../components/Pickers.tsx';
import { SkpStatusBadge } from '../components/StatusBadge.tsx';

const FILTERS = ['SEMUA', 'BELUM', 'DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DITETAPKAN'] as const;
type Filter = (typeof FILTERS)[number];
const statusOf = (b: BawahanItem) => b.skp?.status ?? 'BELUM';

export default function SkpBawahanPage() {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState<number>(currentYear());
  const [filter, setFilter] = useState<Filter>('SEMUA');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<TetapkanMassalResult | null>(null);
  const q = useSkpBawahan(tahun);
  const massal = useTetapkanMassal();

  const all = q.data ?? [];
  const counts = useMemo(() => {
    const c: Record<string, number> = { SEMUA: all.length };
    for (const b of all) c[statusOf(b)] = (c[statusOf(b)] ?? 0) + 1;
    return c;
  }, [all]);
  const rows = filter === 'SEMUA' ? all : all.filter((b) => statusOf(b) === filter);
  const selectable = rows.filter((b) => b.skp?.status === 'DIAJUKAN');
  const chosen = all.filter((b) => b.skp && selected.has(b.skp.id));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const tetapkan = () =>
    massal.mutate(
      chosen.map((b) => ({ skpId: b.skp?.id ?? '', version: b.skp?.version ?? 0 })),
      {
        onSuccess: (r) => {
          setResult(r);
          setSelected(new Set());
        },
      },
    );
  const namaOf = (id: string) => all.find((b) => b.skp?.id === id)?.pegawai.nama ?? id;

  const columns: Column<BawahanItem>[] = [
    {
      key: 'pilih',
      label: t('skp.bawahan.pilih'),
      width: 48,
      hideOnCard: false,
      render: (b) =>
        b.skp?.status === 'DIAJUKAN' ? (
          <Checkbox
            checked={selected.has(b.skp.id)}
            onChange={(e) => b.skp && toggle(b.skp.id, e.currentTarget.checked)}
            aria-label={t('skp.bawahan.select', { nama: b.pegawai.nama })}
          />
        ) : null,
    },
    {
      key: 'nama',
      label: t('skp.bawahan.nama'),
      primary: true,
      render: (b) => (
        <div>
          {b.skp ? (
            <Anchor component={Link} to={`/skp/${b.skp.id}`} fw={600}>
              {b.pegawai.nama}
            </Anchor>
          ) : (
            <Text fw={600} span>
              {b.pegawai.nama}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatNip(b.pegawai.nip)}
          </Text>
        </div>
      ),
    },
    {
      key: 'jabatan',
      label: t('skp.bawahan.jabatan'),
      render: (b) => b.pegawai.jabatanNama ?? b.skp?.jabatanNama ?? '—',
    },
    { key: 'status', label: t('skp.bawahan.status'), render: (b) => <SkpStatusBadge status={b.skp?.status ?? null} /> },
    { key: 'rhk', label: t('skp.saya.rhk'), render: (b) => (b.skp ? b.skp.jumlahRhk : '—') },
    {
      key: 'aksi',
      label: t('skp.bawahan.aksi'),
      render: (b) =>
        b.skp ? (
          <Button
            component={Link}
            to={`/skp/${b.skp.id}`}
            size="xs"
            variant={b.skp.status === 'DIAJUKAN' ? 'filled' : 'light'}
          >
            {b.skp.status === 'DIAJUKAN' ? t('skp.bawahan.tinjau') : t('common.open')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('skp.bawahan.belumHint')}
          </Text>
        ),
    },
  ];

  return (
    <Page title={t('skp.bawahan.title')} subtitle={t('skp.bawahan.subtitle')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <YearSelect value={tahun} onChange={(v) => v && setTahun(v)} />
        {/* Chips wrap onto a second line on a phone: every status in sight, no sideways scrolling. */}
        <Chip.Group value={filter} onChange={(v) => setFilter(v as Filter)}>
          <Group gap={6} wrap="wrap" role="radiogroup" aria-label={t('skp.bawahan.filter')}>
            {FILTERS.map((f) => (
              <Chip key={f} value={f} size="sm">
                {`${f === 'SEMUA' ? t('common.all') : t(`skp.status.${f}`)} (${counts[f] ?? 0})`}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      {selectable.length > 0 && (
        <Group gap="sm" wrap="wrap">
          <Checkbox
            label={t('skp.bawahan.selectAll', { count: selectable.length })}
            checked={selectable.every((b) => b.skp && selected.has(b.skp.id))}
            indeterminate={chosen.length > 0 && chosen.length < selectable.length}
            onChange={(e) =>
              setSelected(e.currentTarget.checked ? new Set(selectable.map((b) => b.skp?.id ?? '')) : new Set())
            }
          />
          <Button
            leftSection={<IconChecks size={18} aria-hidden />}
            color="green"
            disabled={chosen.length === 0}
            loading={massal.isPending}
            onClick={tetapkan}
          >
            {t('skp.bawahan.tetapkanTerpilih', { count: chosen.length })}
          </Button>
        </Group>
      )}
      {massal.isError && <ErrorAlert error={massal.error} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ResponsiveTable columns={columns} rows={rows} rowKey={(b) => b.pegawai.id} empty={t('skp.bawahan.empty')} />
      )}
      <Modal opened={result !== null} onClose={() => setResult(null)} title={t('skp.bawahan.hasil')}>
        {result && (
          <Stack gap="sm">
            <Alert color="green" variant="light" title={t('skp.bawahan.berhasil', { count: result.berhasil.length })}>
              <List size="sm">
                {result.berhasil.map((id) => (
                  <List.Item key={id}>{namaOf(id)}</List.Item>
                ))}
              </List>
            </Alert>
            {result.gagal.length > 0 && (
              <Alert color="red" variant="light" title={t('skp.bawahan.gagal', { count: result.gagal.length })}>
                <List size="sm">
                  {result.gagal.map((g) => (
                    <List.Item key={g.skpId}>
                      <b>{namaOf(g.skpId)}</b>: {g.message}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Group justify="flex-end">
              <Button onClick={() => setResult(null)}>{t('common.close')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Page>
  );
}
