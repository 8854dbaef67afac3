/**
 * The workflow buttons the server offers the caller (`aksi`): ajukan, kembalikan, tetapkan,
 * ajukan perubahan, tutup; plus the PDF download and, for heads, the Matriks Peran Hasil.
 */
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCheck,
  IconFileDownload,
  IconGridDots,
  IconPencil,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { todayIso } from '../../../components/format.ts';
import { useSkpPdfUrl } from '../api/skp.ts';
import { isConflict } from './ConflictNotice.tsx';
import type { SkpEditor } from './useSkpEditor.ts';

type Dialog = null | 'ajukan' | 'tetapkan' | 'ubah' | 'kembalikan' | 'tutup';

function KembalikanForm({ editor, onDone }: { editor: SkpEditor; onDone: () => void }) {
  const { t } = useTranslation();
  const [catatan, setCatatan] = useState('');
  const [items, setItems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!catatan.trim()) return setMissing(true);
    const catatanItem = Object.entries(items)
      .filter(([, v]) => v.trim())
      .map(([rhkId, v]) => ({ rhkId, catatan: v.trim() }));
    const r = await editor.run(
      { kind: 'kembalikan', catatan: catatan.trim(), catatanItem },
      t('skp.aksiDone.kembalikan'),
    );
    if (r.ok || isConflict(r.error)) onDone();
    else setError(r.error);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Textarea
          label={t('skp.kembalikan.catatan')}
          value={catatan}
          onChange={(e) => {
            setCatatan(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('skp.kembalikan.need') : undefined}
          autosize
          minRows={3}
          required
        />
        {editor.skp.rhk.length > 0 && (
          <Text size="sm" fw={600}>
            {t('skp.kembalikan.perItem')}
          </Text>
        )}
        {editor.skp.rhk.map((r, i) => (
          <Textarea
            key={r.id}
            label={t('skp.kembalikan.catatanItem', { n: i + 1, teks: r.teks })}
            value={items[r.id] ?? ''}
            onChange={(e) => setItems({ ...items, [r.id]: e.currentTarget.value })}
            autosize
            minRows={1}
          />
        ))}
        {!!error && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={editor.pending}>
            {t('skp.aksi.kembalikan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ConfirmForm({
  editor,
  action,
  onDone,
}: {
  editor: SkpEditor;
  action: 'ajukan' | 'tetapkan' | 'ubah' | 'tutup';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [selesai, setSelesai] = useState(todayIso());
  const confirm = async () => {
    const change = action === 'tutup' ? ({ kind: 'tutup', selesai } as const) : ({ kind: action } as const);
    const r = await editor.run(change, t(`skp.aksiDone.${action}`));
    if (r.ok || isConflict(r.error)) onDone();
    else setError(r.error);
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t(`skp.confirm.${action}`)}</Text>
      {action === 'tutup' && (
        <TextInput
          type="date"
          label={t('skp.editor.tutupTanggal')}
          value={selesai}
          onChange={(e) => setSelesai(e.currentTarget.value)}
        />
      )}
      {!!error && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={confirm} loading={editor.pending} color={action === 'tutup' ? 'red' : undefined}>
          {t(`skp.aksi.${action}`)}
        </Button>
      </Group>
    </Stack>
  );
}

export function SkpActions({ editor }: { editor: SkpEditor }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const pdf = useSkpPdfUrl(editor.skp.id);
  const { aksi, peranSaya } = editor.skp;
  const close = () => setDialog(null);
  const btn = (a: Exclude<Dialog, null>, icon: React.ReactNode, color?: string, variant = 'filled') =>
    aksi.includes(a) && (
      <Button
        key={a}
        leftSection={icon}
        color={color}
        variant={variant}
        onClick={() => setDialog(a)}
        disabled={editor.conflict}
      >
        {t(`skp.aksi.${a}`)}
      </Button>
    );
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {btn('ajukan', <IconSend size={18} aria-hidden />)}
        {btn('tetapkan', <IconCheck size={18} aria-hidden />, 'green')}
        {btn('kembalikan', <IconArrowBackUp size={18} aria-hidden />, 'orange', 'light')}
        {btn('ubah', <IconPencil size={18} aria-hidden />, undefined, 'light')}
        {btn('tutup', <IconX size={18} aria-hidden />, 'red', 'subtle')}
        {peranSaya.includes('PEMILIK') && me.jumlahBawahan > 0 && (
          <Button
            component={Link}
            to={`/skp/${editor.skp.id}/matriks`}
            variant="light"
            leftSection={<IconGridDots size={18} aria-hidden />}
          >
            {t('skp.matriks.title')}
          </Button>
        )}
        <Button
          component="a"
          href={pdf}
          download
          variant="default"
          leftSection={<IconFileDownload size={18} aria-hidden />}
        >
          {t('skp.editor.pdf')}
        </Button>
      </Group>
      <Modal opened={dialog !== null} onClose={close} title={dialog ? t(`skp.aksi.${dialog}`) : ''} size="lg">
        {dialog === 'kembalikan' ? (
          <KembalikanForm editor={editor} onDone={close} />
        ) : dialog ? (
          <ConfirmForm editor={editor} action={dialog} onDone={close} />
        ) : null}
      </Modal>
    </>
  );
}
