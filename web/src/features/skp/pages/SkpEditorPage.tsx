/**
 * The SKP form (/skp/:skpId): header from the snapshot, status and workflow actions, the
 * appraiser's return note, Hasil Kerja (A/B), Perilaku Kerja, Lampiran and versions with diff.
 * Owner, appraiser, their superior and admins all open it; what they may do comes from the server.
 */
import { Affix, Alert, Anchor, Box, Breadcrumbs, Divider, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconMessageReport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useInstansiId } from '../../../auth/session.tsx';
import { useActiveNav } from '../../../components/active-nav.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { Masukan360Section } from '../../masukan360/Masukan360Section.tsx';
import { UmpanBalikSection } from '../../umpan-balik/UmpanBalikSection.tsx';
import { useClearNotifications } from '../api/planning.ts';
import { ConflictNotice } from '../components/ConflictNotice.tsx';
import { HasilKerjaSection } from '../components/HasilKerjaSection.tsx';
import { LampiranSection } from '../components/LampiranSection.tsx';
import { PerilakuSection } from '../components/PerilakuSection.tsx';
import { ResubmissionChanges } from '../components/ResubmissionChanges.tsx';
import { SkpActions } from '../components/SkpActions.tsx';
import { SkpHeaderCard } from '../components/SkpHeaderCard.tsx';
import { useSkpEditor } from '../components/useSkpEditor.ts';
import { VersiPanel } from '../components/VersiPanel.tsx';

export default function SkpEditorPage() {
  const { t } = useTranslation();
  const { skpId = '' } = useParams();
  const { query, editor, reload, reloading } = useSkpEditor(skpId);
  const instansiId = useInstansiId();
  const peran = editor?.skp.peranSaya;
  // The owner's SKP belongs to "SKP Saya"; opened as appraiser (or superior) to "SKP Bawahan".
  useActiveNav(!peran ? null : peran.includes('PEMILIK') ? '/skp' : peran.length ? '/skp/bawahan' : null);
  useClearNotifications(`/skp/${skpId}`);

  if (query.isPending) return <Loading minHeight={300} />;
  if (!editor) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { skp } = editor;
  const mine = skp.peranSaya.includes('PEMILIK');
  const breadcrumb = (
    <Breadcrumbs>
      <Anchor component={Link} to={mine ? '/skp' : '/skp/bawahan'} size="sm">
        {mine ? t('skp.nav.saya') : t('skp.nav.bawahan')}
      </Anchor>
      <Text size="sm">{t('skp.saya.skpTahun', { tahun: skp.tahun })}</Text>
    </Breadcrumbs>
  );
  // Submitted again after a return: the note is still there, and what changed since sits beside it.
  const resubmitted = skp.status === 'DIAJUKAN' && !!skp.catatanPenilai;
  const parentChanged = skp.perluTinjau || skp.rhk.some((r) => r.perluTinjau);

  return (
    <Page
      title={t('skp.editor.title', { tahun: skp.tahun, nama: skp.snapshot.pegawai.nama })}
      breadcrumb={breadcrumb}
      subtitle={skp.snapshot.jabatan?.nama}
    >
      {editor.conflict && (
        <Affix position={{ bottom: 12, left: 12, right: 12 }} zIndex={300}>
          <Box
            maw={560}
            mx="auto"
            style={{ boxShadow: 'var(--mantine-shadow-lg)', borderRadius: 'var(--mantine-radius-md)' }}
          >
            <ConflictNotice onReload={() => void reload()} reloading={reloading} />
          </Box>
        </Affix>
      )}
      <SkpActions editor={editor} />
      {(skp.status === 'DITETAPKAN' || skp.revisi > 0) && (
        <Anchor component={Link} to={`/skp/${skp.id}/pelaksanaan`} fw={600}>
          {t('pelaksanaan.lihatPelaksanaan')} →
        </Anchor>
      )}
      {skp.catatanPenilai && (
        <SimpleGrid cols={{ base: 1, md: resubmitted ? 2 : 1 }} spacing="md">
          <Alert
            color={skp.status === 'DIKEMBALIKAN' ? 'orange' : 'yellow'}
            variant="light"
            icon={<IconMessageReport />}
            title={skp.status === 'DIKEMBALIKAN' ? t('skp.editor.dikembalikan') : t('skp.editor.catatanPenilai')}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {skp.catatanPenilai}
            </Text>
            {skp.rhk.some((r) => r.catatan) && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('skp.editor.lihatCatatanItem')}
              </Text>
            )}
          </Alert>
          {resubmitted && <ResubmissionChanges skpId={skp.id} />}
        </SimpleGrid>
      )}
      {parentChanged && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title={t('skp.editor.perluTinjauTitle')}>
          <Text size="sm">
            {editor.canEditIsi || !mine ? t('skp.editor.perluTinjau') : t('skp.editor.perluTinjauLocked')}
          </Text>
        </Alert>
      )}
      <SkpHeaderCard skp={skp} />
      <Stack gap="xl" key={editor.generation}>
        <HasilKerjaSection editor={editor} />
        <Divider />
        <PerilakuSection editor={editor} />
        <Divider />
        {(skp.status === 'DITETAPKAN' || skp.status === 'DITUTUP') && (
          <>
            <UmpanBalikSection instansiId={instansiId} skp={skp} />
            <Masukan360Section instansiId={instansiId} skpId={skp.id} />
            <Divider />
          </>
        )}
        <LampiranSection editor={editor} />
        <Divider />
        <VersiPanel skp={skp} />
      </Stack>
    </Page>
  );
}
