/**
 * Kinerja Saya (issue 10 item 8): what is due and by when at the top, then the chosen SKP × period
 * (the current one by default) in one scrollable view. Phone-first: one column, native selects.
 */
import { Alert, Anchor, Button, Card, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type PelaksanaanSaya, usePelaksanaan, usePelaksanaanSaya } from './api.ts';
import { PelaksanaanView } from './components/PelaksanaanView.tsx';

function JatuhTempo({ data, onPick }: { data: PelaksanaanSaya; onPick: (skpId: string, periode: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="jatuh-tempo-title">
      <Text fw={700} id="jatuh-tempo-title" mb={4}>
        {t('pelaksanaan.jatuhTempo.title')}
      </Text>
      {data.jatuhTempo.length ? (
        <List size="sm" spacing={4}>
          {data.jatuhTempo.map((j) => (
            <List.Item key={`${j.skpId}-${j.periode}`}>
              <Anchor component="button" type="button" size="sm" onClick={() => onPick(j.skpId, j.periode)}>
                {t('pelaksanaan.jatuhTempo.item', {
                  periode: j.periode,
                  terisi: j.ikiTerisi,
                  total: j.ikiTotal,
                  batas: formatDate(j.batas),
                })}
              </Anchor>
              {j.alasan === 'DIBUKA_KEMBALI' && (
                <Text span size="xs" c="orange.8">
                  {' '}
                  ({t('pelaksanaan.jatuhTempo.dibuka')})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('pelaksanaan.jatuhTempo.none')}
        </Text>
      )}
    </Card>
  );
}

export default function KinerjaSayaPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const saya = usePelaksanaanSaya();
  const list = saya.data?.skp ?? [];
  // The SKP of the URL, else the one whose period runs today (the newest), else the last.
  const skp = list.find((s) => s.id === params.get('skp')) ?? [...list].reverse().find((s) => s.periodeUtama) ?? null;
  const periode = params.get('periode') ?? skp?.periodeUtama ?? null;
  const q = usePelaksanaan(skp?.id ?? null, periode);
  const pick = (skpId: string, kode: string | null) => {
    const next = new URLSearchParams(params);
    next.set('skp', skpId);
    if (kode) next.set('periode', kode);
    else next.delete('periode');
    setParams(next, { replace: true });
  };
  return (
    <Page
      title={t('pelaksanaan.title')}
      subtitle={t('pelaksanaan.subtitle')}
      actions={
        <Button component={Link} to="/progres-harian" leftSection={<IconPencilPlus size={18} aria-hidden />}>
          {t('pelaksanaan.beranda.progres')}
        </Button>
      }
    >
      {saya.isPending ? (
        <Loading />
      ) : saya.isError ? (
        <ErrorAlert error={saya.error} onRetry={() => void saya.refetch()} />
      ) : !skp ? (
        <Alert color="gray">{t('pelaksanaan.noSkp')}</Alert>
      ) : (
        <Stack gap="md">
          <JatuhTempo data={saya.data} onPick={pick} />
          <Group grow gap="sm" align="flex-end">
            {list.length > 1 && (
              <NativeSelect
                label={t('pelaksanaan.skp')}
                value={skp.id}
                onChange={(e) => pick(e.currentTarget.value, null)}
                data={list.map((s) => ({
                  value: s.id,
                  label: t('pelaksanaan.skpLabel', { tahun: s.tahun, jabatan: s.jabatan ?? '' }),
                }))}
              />
            )}
            <NativeSelect
              label={t('pelaksanaan.periode')}
              value={periode ?? ''}
              onChange={(e) => pick(skp.id, e.currentTarget.value)}
              data={skp.periode.map((p) => ({
                value: p.kode,
                label: t('pelaksanaan.periodeLabel', {
                  kode: p.kode,
                  mulai: formatDate(p.mulai),
                  selesai: formatDate(p.selesai),
                }),
              }))}
            />
          </Group>
          {q.isPending ? (
            <Loading />
          ) : q.isError ? (
            <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
          ) : (
            <PelaksanaanView data={q.data} />
          )}
        </Stack>
      )}
    </Page>
  );
}
