/**
 * Progres harian (issue 10 item 4): one phone screen — which RHK, what I did, optional photo.
 * Never loses the entry: the draft (with a clientId made before the first attempt) lives on the
 * device until the server answers; a dropped connection is retried automatically twice, then shown
 * as "not sent yet" with a button, and sent again when the browser comes back online. The server
 * recognises the clientId, so a retry never stores the entry twice.
 */
import { Alert, Button, FileInput, List, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCamera, IconCheck, IconCloudOff, IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, todayIso } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { kirimProgres, pelaksanaanKeys, unggahBukti, usePelaksanaanSaya, useProgresTerbaru } from './api.ts';
import { clearDraft, deviceStore, type ProgresDraft, readDraft, writeDraft } from './offline-draft.ts';

type Keadaan =
  | { s: 'SIAP' }
  | { s: 'MENGIRIM' }
  | { s: 'TERSIMPAN' }
  | { s: 'TERTUNDA' }
  | { s: 'GAGAL'; error: unknown };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export default function ProgresHarianPage() {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const qc = useQueryClient();
  const saya = usePelaksanaanSaya();
  const today = todayIso();
  // The SKP whose running period is open today.
  const skp =
    saya.data?.skp.find((s) => s.periode.some((p) => p.mulai <= today && today <= p.selesai && p.pengisian.terbuka)) ??
    null;
  const store = deviceStore();
  const [draft, setDraftState] = useState<ProgresDraft | null>(() => readDraft(store, iid));
  const [file, setFile] = useState<File | null>(null);
  const [keadaan, setKeadaan] = useState<Keadaan>(() =>
    draft?.status === 'TERTUNDA' ? { s: 'TERTUNDA' } : { s: 'SIAP' },
  );
  const [fotoGagal, setFotoGagal] = useState(false);
  const sending = useRef(false);
  const dari = new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  const terbaru = useProgresTerbaru(skp?.id ?? null, dari);

  const current: ProgresDraft | null = skp
    ? {
        clientId: draft?.clientId ?? crypto.randomUUID(),
        skpId: skp.id,
        rhkId: draft?.skpId === skp.id && draft.rhkId ? draft.rhkId : (skp.rhk[0]?.id ?? ''),
        tanggal: draft?.tanggal || today,
        teks: draft?.skpId === skp.id ? draft.teks : '',
        buktiId: draft?.buktiId ?? null,
        status: draft?.status ?? 'DRAF',
      }
    : null;

  const update = (patch: Partial<ProgresDraft>) => {
    if (!current) return;
    const next = { ...current, ...patch };
    setDraftState(next);
    writeDraft(store, iid, next);
    if (keadaan.s === 'TERSIMPAN') setKeadaan({ s: 'SIAP' });
  };

  const kirim = useCallback(
    async (d: ProgresDraft) => {
      if (sending.current) return;
      sending.current = true;
      setKeadaan({ s: 'MENGIRIM' });
      const pending = { ...d, status: 'TERTUNDA' as const };
      writeDraft(store, iid, pending);
      setDraftState(pending);
      try {
        let buktiId = d.buktiId ?? null;
        if (file && !buktiId) {
          try {
            buktiId = (await unggahBukti(iid, file, d.teks.slice(0, 200), d.tanggal)).id;
            const withPhoto = { ...pending, buktiId };
            writeDraft(store, iid, withPhoto);
            setDraftState(withPhoto);
          } catch (err) {
            if (err instanceof ApiError && err.isNetwork) throw err;
            // The photo is optional: an upload the server refuses does not hold the entry back.
            setFotoGagal(true);
          }
        }
        const body = { clientId: d.clientId, rhkId: d.rhkId, tanggal: d.tanggal, teks: d.teks.trim(), buktiId };
        for (let attempt = 0; ; attempt++) {
          try {
            await kirimProgres(iid, d.skpId, body);
            break;
          } catch (err) {
            if (!(err instanceof ApiError && err.isNetwork) || attempt >= 2) throw err;
            await sleep(1000 * 2 ** attempt);
          }
        }
        clearDraft(store, iid);
        setDraftState(null);
        setFile(null);
        setKeadaan({ s: 'TERSIMPAN' });
        void qc.invalidateQueries({ queryKey: pelaksanaanKeys.all(iid) });
      } catch (err) {
        if (err instanceof ApiError && err.isNetwork) setKeadaan({ s: 'TERTUNDA' });
        else {
          // Refused by the server (e.g. period closed): the text stays as a draft to edit.
          const back = { ...pending, status: 'DRAF' as const };
          writeDraft(store, iid, back);
          setDraftState(back);
          setKeadaan({ s: 'GAGAL', error: err });
        }
      } finally {
        sending.current = false;
      }
    },
    [file, iid, qc, store],
  );

  // Back online with an entry not sent yet: send it.
  useEffect(() => {
    const onOnline = () => {
      const d = readDraft(store, iid);
      if (d?.status === 'TERTUNDA') void kirim(d);
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [iid, kirim, store]);

  return (
    <Page title={t('pelaksanaan.form.title')} subtitle={t('pelaksanaan.form.subtitle')}>
      {saya.isPending ? (
        <Loading />
      ) : saya.isError ? (
        <ErrorAlert error={saya.error} onRetry={() => void saya.refetch()} />
      ) : !skp || !current ? (
        <Alert color="gray">{t('pelaksanaan.form.noSkp')}</Alert>
      ) : (
        <Stack gap="md" maw={560}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (current.teks.trim() && current.rhkId) void kirim(current);
            }}
          >
            <Stack gap="sm">
              <NativeSelect
                label={t('pelaksanaan.form.rhk')}
                value={current.rhkId}
                onChange={(e) => update({ rhkId: e.currentTarget.value })}
                data={skp.rhk.map((r) => ({ value: r.id, label: r.teks }))}
                required
              />
              <TextInput
                type="date"
                label={t('pelaksanaan.form.tanggal')}
                value={current.tanggal}
                max={today}
                onChange={(e) => update({ tanggal: e.currentTarget.value })}
                required
              />
              <Textarea
                label={t('pelaksanaan.form.teks')}
                value={current.teks}
                onChange={(e) => update({ teks: e.currentTarget.value })}
                autosize
                minRows={3}
                maxLength={2000}
                required
              />
              <FileInput
                label={t('pelaksanaan.form.foto')}
                value={file}
                onChange={setFile}
                accept="image/*,application/pdf"
                clearable
                clearButtonProps={{ 'aria-label': t('pelaksanaan.form.hapusFoto') }}
                leftSection={<IconCamera size={16} aria-hidden />}
              />
              <Button
                type="submit"
                loading={keadaan.s === 'MENGIRIM'}
                leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              >
                {keadaan.s === 'MENGIRIM' ? t('pelaksanaan.form.menyimpan') : t('pelaksanaan.form.simpan')}
              </Button>
            </Stack>
          </form>
          <div aria-live="polite">
            {keadaan.s === 'TERSIMPAN' && (
              <Alert color="teal" icon={<IconCheck size={18} aria-hidden />} title={t('pelaksanaan.form.tersimpan')}>
                {fotoGagal && <Text size="sm">{t('pelaksanaan.form.fotoGagal')}</Text>}
              </Alert>
            )}
            {keadaan.s === 'TERTUNDA' && (
              <Alert color="orange" icon={<IconCloudOff size={18} aria-hidden />} title={t('pelaksanaan.form.gagal')}>
                <Button mt="xs" size="sm" variant="white" onClick={() => void kirim(current)}>
                  {t('pelaksanaan.form.coba')}
                </Button>
              </Alert>
            )}
            {keadaan.s === 'GAGAL' && <ErrorAlert error={keadaan.error} />}
          </div>
          {terbaru.data && terbaru.data.length > 0 && (
            <section aria-labelledby="terakhir-title">
              <Text fw={600} id="terakhir-title" size="sm" mb={4}>
                {t('pelaksanaan.form.terakhir')}
              </Text>
              <List size="sm" spacing={2}>
                {terbaru.data.slice(0, 10).map((p) => (
                  <List.Item key={p.id}>
                    <Text span size="sm" c="dimmed">
                      {formatDate(p.tanggal)}:{' '}
                    </Text>
                    {p.teks}
                  </List.Item>
                ))}
              </List>
            </section>
          )}
        </Stack>
      )}
    </Page>
  );
}
