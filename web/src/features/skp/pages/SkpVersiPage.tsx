/**
 * One frozen version of an SKP (/skp/:skpId/versi/:revisi), read-only and in full: the header with
 * status and signatures, Hasil Kerja with IKI and targets, Perilaku Kerja with the leader's
 * expectations and the Lampiran — what was set, by whom and when. The form's own sections render
 * it through an editor that changes nothing, so a version reads exactly like the SKP did.
 */
import { Alert, Anchor, Breadcrumbs, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconLock, IconMessageReport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { useSkpVersi } from '../api/skp.ts';
import type { SkpDetail } from '../api/types.ts';
import { HasilKerjaSection } from '../components/HasilKerjaSection.tsx';
import { LampiranSection } from '../components/LampiranSection.tsx';
import { PerilakuSection } from '../components/PerilakuSection.tsx';
import { SkpHeaderCard } from '../components/SkpHeaderCard.tsx';
import { readOnlyEditor } from '../components/useSkpEditor.ts';

export default function SkpVersiPage() {
  const { t } = useTranslation();
  const { skpId = '', revisi = '' } = useParams();
  const q = useSkpVersi(skpId, revisi);
  const skpUrl = `/skp/${skpId}`;

  if (q.isPending) return <Loading minHeight={300} />;
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const { isi } = q.data;
  // Caller-specific fields do not belong to a frozen version: nothing may be done to it.
  const skp: SkpDetail = { ...isi, version: 0, aksi: [], bagianDapatDiubah: [], peranSaya: [], versi: [] };
  const editor = readOnlyEditor(skp);
  const breadcrumb = (
    <Breadcrumbs separatorMargin={4} style={{ flexWrap: 'wrap' }}>
      <Anchor component={Link} to={skpUrl} size="sm">
        {t('skp.saya.skpTahun', { tahun: isi.tahun })}
      </Anchor>
      <Text size="sm">{t('skp.editor.revisi', { n: q.data.revisi })}</Text>
    </Breadcrumbs>
  );

  return (
    <Page
      title={t('skp.versiView.title', { n: q.data.revisi, nama: isi.snapshot.pegawai.nama })}
      breadcrumb={breadcrumb}
      subtitle={isi.snapshot.jabatan?.nama}
    >
      <Alert color="blue" variant="light" icon={<IconLock />} title={t('skp.versiView.beku')}>
        <Text size="sm">
          {t('skp.versiView.keterangan', {
            waktu: formatDateTime(q.data.ditetapkanAt),
            nama: isi.ditetapkanOlehNama ?? '—',
          })}
        </Text>
        <Group mt="xs">
          <Button
            component={Link}
            to={skpUrl}
            size="xs"
            variant="light"
            leftSection={<IconArrowLeft size={14} aria-hidden />}
          >
            {t('skp.versiView.kembali')}
          </Button>
        </Group>
      </Alert>
      {isi.catatanPenilai && (
        <Alert color="yellow" variant="light" icon={<IconMessageReport />} title={t('skp.editor.catatanPenilai')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {isi.catatanPenilai}
          </Text>
        </Alert>
      )}
      <SkpHeaderCard skp={skp} />
      <Stack gap="xl">
        <HasilKerjaSection editor={editor} />
        <Divider />
        <PerilakuSection editor={editor} />
        <Divider />
        <LampiranSection editor={editor} />
      </Stack>
    </Page>
  );
}
