/** Hasil Kerja: A. Kinerja Utama and B. Kinerja Tambahan, with add / edit / delete / acknowledge. */
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstansiId } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SkpIkiBukti } from '../../bukti/SkpIkiBukti.tsx';
import type { JenisRhk, Rhk } from '../api/types.ts';
import { isConflict } from './ConflictNotice.tsx';
import { rhkToInput } from './ikiText.ts';
import { RhkCard } from './RhkCard.tsx';
import { RhkFormModal } from './RhkFormModal.tsx';
import type { SkpEditor } from './useSkpEditor.ts';

export function HasilKerjaSection({ editor }: { editor: SkpEditor }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<{ rhk: Rhk | null; jenis: JenisRhk } | null>(null);
  const [deleting, setDeleting] = useState<{ rhk: Rhk; nomor: string } | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [acking, setAcking] = useState<string | null>(null);
  const editable = editor.canEditIsi && !editor.conflict;
  const instansiId = useInstansiId();
  // Evidence belongs to the execution stage: offered under the IKI of a set SKP only.
  const skp = editor.skp;
  const ikiExtra =
    skp.status === 'DITETAPKAN'
      ? (iki: { id: string; indikator: string }) => (
          <SkpIkiBukti
            instansiId={instansiId}
            skpId={skp.id}
            tahun={skp.tahun}
            ikiId={iki.id}
            indikator={iki.indikator}
          />
        )
      : undefined;

  const remove = async () => {
    if (!deleting) return;
    const r = await editor.run({ kind: 'deleteRhk', rhkId: deleting.rhk.id }, t('skp.hasil.deleted'));
    if (r.ok || isConflict(r.error)) setDeleting(null);
    else setDeleteError(r.error);
  };
  const acknowledge = async (rhk: Rhk) => {
    setAcking(rhk.id);
    await editor.run({ kind: 'updateRhk', rhkId: rhk.id, body: rhkToInput(rhk) }, t('skp.hasil.acknowledged'));
    setAcking(null);
  };

  const section = (jenis: JenisRhk, letter: string) => {
    const items = editor.skp.rhk.filter((r) => r.jenis === jenis).sort((a, b) => a.urutan - b.urutan);
    return (
      <Stack gap="xs" component="section" aria-labelledby={`hasil-${jenis}`}>
        <Group justify="space-between" gap="xs">
          <Title order={3} fz="h5" id={`hasil-${jenis}`}>
            {t(`skp.hasil.${jenis === 'UTAMA' ? 'utama' : 'tambahan'}`)}
          </Title>
          {editable && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setTarget({ rhk: null, jenis })}
              aria-label={t('skp.hasil.addTo', { bagian: t(`skp.hasil.${jenis === 'UTAMA' ? 'utama' : 'tambahan'}`) })}
            >
              {t('skp.hasil.add')}
            </Button>
          )}
        </Group>
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('skp.hasil.empty')}
          </Text>
        )}
        {items.map((r, i) => (
          <RhkCard
            key={r.id}
            rhk={r}
            nomor={`${letter}${i + 1}`}
            jenisForm={editor.skp.jenisForm}
            editable={editable}
            onEdit={() => setTarget({ rhk: r, jenis })}
            onDelete={() => {
              setDeleteError(null);
              setDeleting({ rhk: r, nomor: `${letter}${i + 1}` });
            }}
            onAcknowledge={() => void acknowledge(r)}
            acknowledging={acking === r.id}
            ikiExtra={ikiExtra}
          />
        ))}
      </Stack>
    );
  };

  return (
    <Stack gap="md">
      <Title order={2} fz="h4">
        {t('skp.hasil.title')}
      </Title>
      {section('UTAMA', 'A')}
      {section('TAMBAHAN', 'B')}
      <RhkFormModal editor={editor} target={target} onClose={() => setTarget(null)} />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('skp.hasil.delete')}>
        <Stack gap="sm">
          <Text size="sm">{t('skp.hasil.deleteConfirm', { teks: deleting?.rhk.teks ?? '' })}</Text>
          {!!deleteError && <ErrorAlert error={deleteError} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={remove} loading={editor.pending}>
              {t('common.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
