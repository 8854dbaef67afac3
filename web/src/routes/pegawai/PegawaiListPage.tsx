/** Pegawai list: search by name/NIP/jabatan, filters (PNS/PPPK, jenis jabatan, own appraisees), paging. */
import { Card, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { JENIS_JABATAN, type JenisJabatan } from '../../api/enums.ts';
import { usePegawaiList } from '../../api/pegawai.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { PegawaiTable } from '../../components/PegawaiTable.tsx';

const PAGE_SIZE = 50;

export default function PegawaiListPage() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const jenisAsn = params.get('jenisAsn') as 'PNS' | 'PPPK' | null;
  const jenisJabatan = params.get('jenisJabatan') as JenisJabatan | null;
  const scope = params.get('scope') === 'bawahan' ? 'bawahan' : null;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);

  /** Updates the URL (so filters survive back/forward); any filter change returns to page 1. */
  const setParam = (key: string, value: string | null, resetPage = true) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (resetPage && key !== 'page') next.delete('page');
        return next;
      },
      { replace: key === 'q' },
    );
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedQ) setParam('q', debouncedQ || null);
  }, [debouncedQ]);

  const list = usePegawaiList({
    q: params.get('q') || undefined,
    jenisAsn: jenisAsn ?? undefined,
    jenisJabatan: jenisJabatan ?? undefined,
    scope: scope ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Page title={t('list.title')} subtitle={t('list.subtitle')}>
      <Card withBorder radius="md" padding="md">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            type="search"
            style={{ flex: '2 1 16rem' }}
          />
          <Select
            label={t('list.jenisAsn')}
            data={[
              { value: '', label: t('common.all') },
              { value: 'PNS', label: 'PNS' },
              { value: 'PPPK', label: 'PPPK' },
            ]}
            value={jenisAsn ?? ''}
            onChange={(v) => setParam('jenisAsn', v || null)}
            allowDeselect={false}
            style={{ flex: '1 1 8rem' }}
          />
          <Select
            label={t('list.jenisJabatan')}
            data={[
              { value: '', label: t('common.all') },
              ...JENIS_JABATAN.map((j) => ({ value: j, label: t(`jenisJabatan.${j}`) })),
            ]}
            value={jenisJabatan ?? ''}
            onChange={(v) => setParam('jenisJabatan', v || null)}
            allowDeselect={false}
            style={{ flex: '1 1 10rem' }}
          />
          {hasRole('PEJABAT_PENILAI') && (
            <Select
              label={t('list.scope')}
              data={[
                { value: '', label: t('list.scopeAll') },
                { value: 'bawahan', label: t('list.scopeBawahan') },
              ]}
              value={scope ?? ''}
              onChange={(v) => setParam('scope', v || null)}
              allowDeselect={false}
              style={{ flex: '1 1 12rem' }}
            />
          )}
        </Group>
      </Card>
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Card
          withBorder
          radius="md"
          padding="md"
          style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={list.isFetching}
        >
          <PegawaiTable items={list.data.items} />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => setParam('page', String(p), false)}
          />
        </Card>
      )}
    </Page>
  );
}
