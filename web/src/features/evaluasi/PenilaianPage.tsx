/**
 * "Penilaian" (/penilaian): the appraiser's subordinates for a period — status, proposal and the
 * unit's calibration — each one tap from its form. One API read (GET …/evaluasi/penilaian).
 * The year and period live in the URL (?tahun=&periode=), so the way back from a form keeps them.
 */
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { usePenilaianList } from './api.ts';
import { PeriodePicker, PredikatBadge, StatusBadge, TAHUN_INI } from './parts.tsx';

export default function PenilaianPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sel = { tahun: Number(params.get('tahun')) || TAHUN_INI, periode: params.get('periode') ?? 'TW1' };
  const q = usePenilaianList(sel.tahun, sel.periode);
  // The accessible name starts with the visible word (axe label-content-name-mismatch).
  const tombol = (it: { evaluasi: { status: string } | null }) =>
    it.evaluasi && it.evaluasi.status !== 'DRAFT' ? t('evaluasi.lihat') : t('evaluasi.nilai');
  return (
    <Page title={t('evaluasi.penilaianTitle')} subtitle={t('evaluasi.penilaianSubtitle')}>
      <PeriodePicker
        tahun={sel.tahun}
        periode={sel.periode}
        onChange={(tahun, periode) => setParams({ tahun: String(tahun), periode }, { replace: true })}
      />
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Text c="dimmed">{t('evaluasi.tidakAdaBawahan')}</Text>
      ) : (
        <Stack gap="sm">
          {q.data.items.map((it) => (
            <Card key={it.pegawai.id} withBorder radius="md" p="sm" component="article" aria-label={it.pegawai.nama}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {it.pegawai.nama}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[it.pegawai.jabatanNama, it.unitPenilaian?.nama].filter(Boolean).join(' · ')}
                  </Text>
                  {it.pimpinanUnit && (
                    <Text size="xs" c="dimmed">
                      {t('evaluasi.pimpinanUnit')}
                    </Text>
                  )}
                </div>
                <Stack gap={4} align="flex-end">
                  <StatusBadge status={it.evaluasi?.status ?? 'BELUM'} />
                  <PredikatBadge predikat={it.evaluasi?.predikat ?? null} />
                </Stack>
              </Group>
              <Group justify="space-between" mt="xs">
                <Text size="xs" c="dimmed">
                  {it.kalibrasi
                    ? t('evaluasi.kalibrasi', { status: t(`evaluasi.kalibrasiStatus.${it.kalibrasi}`) })
                    : it.skp
                      ? ''
                      : t('evaluasi.belumAdaSkp')}
                </Text>
                {it.skp && (
                  <Button
                    size="xs"
                    component={Link}
                    to={`/evaluasi/${it.skp.id}/${sel.periode}`}
                    aria-label={`${tombol(it)} ${it.pegawai.nama}`}
                  >
                    {tombol(it)}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <Anchor component={Link} to="/predikat-organisasi" size="sm">
        {t('evaluasi.nav.predikatOrganisasi')}
      </Anchor>
    </Page>
  );
}
