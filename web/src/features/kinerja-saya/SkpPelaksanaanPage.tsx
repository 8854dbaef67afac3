/** The execution record of any SKP the caller may read (the appraiser's view; reopening lives here). */
import { Anchor, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { usePelaksanaan } from './api.ts';
import { PelaksanaanView } from './components/PelaksanaanView.tsx';

export default function SkpPelaksanaanPage() {
  const { t } = useTranslation();
  const { skpId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const periode = params.get('periode');
  const q = usePelaksanaan(skpId, periode);
  return (
    <Page
      title={q.data ? t('pelaksanaan.titleOf', { nama: q.data.skp.pegawai.nama }) : t('pelaksanaan.lihatPelaksanaan')}
      breadcrumb={
        <Anchor component={Link} to={`/skp/${skpId}`} size="sm">
          ← SKP
        </Anchor>
      }
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Stack gap="md">
          <NativeSelect
            label={t('pelaksanaan.periode')}
            value={q.data.periode.kode}
            onChange={(e) => setParams({ periode: e.currentTarget.value }, { replace: true })}
            data={q.data.daftarPeriode.map((p) => ({
              value: p.kode,
              label: t('pelaksanaan.periodeLabel', {
                kode: p.kode,
                mulai: formatDate(p.mulai),
                selesai: formatDate(p.selesai),
              }),
            }))}
            maw={360}
          />
          <PelaksanaanView data={q.data} />
        </Stack>
      )}
    </Page>
  );
}
