/**
 * The evidence of one IKI in one period, for the SKP page and "Kinerja Saya": the list (with the
 * appraiser's "seen" mark), and for the owner — when `editable` and the API allows ISI_REALISASI —
 * attaching from the "Bukti saya" library (no second upload), uploading a new piece (attached at
 * once) and detaching. Exported for other pages: <BuktiIkiPanel instansiId skpId ikiId periodeKode editable />.
 */
import { Badge, Button, Card, Collapse, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconEye, IconEyeOff, IconLibrary, IconPaperclip, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useBuktiIki, useBuktiSaya, useLampiran } from './api.ts';
import { BuktiBaruForm } from './BuktiBaruForm.tsx';
import { BuktiItem } from './BuktiItem.tsx';

export interface BuktiIkiPanelProps {
  instansiId: string;
  skpId: string;
  ikiId: string;
  periodeKode: string;
  editable: boolean;
}

export function BuktiIkiPanel({ instansiId, skpId, ikiId, periodeKode, editable }: BuktiIkiPanelProps) {
  const { t } = useTranslation();
  const list = useBuktiIki(skpId, ikiId, periodeKode);
  const { lampirkan, lepas } = useLampiran();
  const [mode, setMode] = useState<'PUSTAKA' | 'UNGGAH' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canEdit = editable && (list.data?.aksi.includes('ISI_REALISASI') ?? false);
  const attached = new Set(list.data?.items.map((b) => b.id));

  const attach = async (buktiId: string) => {
    setError(null);
    try {
      await lampirkan.mutateAsync({ skpId, buktiId, ikiId, periodeKode });
    } catch (err) {
      setError(err);
    }
  };
  const detach = async (buktiId: string) => {
    setError(null);
    try {
      await lepas.mutateAsync({ skpId, buktiId, ikiId, periodeKode });
    } catch (err) {
      setError(err);
    }
  };

  if (list.isLoading) return <Loading />;
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data?.items ?? [];
  return (
    <Stack gap="xs" data-testid="bukti-iki-panel">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('bukti.panel.kosong', { periode: periodeKode })}
        </Text>
      ) : (
        items.map((b) => (
          <Group key={b.lampiranId} justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <BuktiItem bukti={b} instansiId={instansiId}>
              <Group gap={4}>
                {b.dilihatPenilaiAt ? (
                  <Badge size="xs" variant="light" color="green" leftSection={<IconEye size={10} aria-hidden />}>
                    {t('bukti.panel.dilihat')}
                  </Badge>
                ) : (
                  <Badge size="xs" variant="light" color="gray" leftSection={<IconEyeOff size={10} aria-hidden />}>
                    {t('bukti.panel.belumDilihat')}
                  </Badge>
                )}
              </Group>
            </BuktiItem>
            {canEdit && (
              <Button
                variant="subtle"
                color="red"
                size="compact-xs"
                leftSection={<IconX size={12} aria-hidden />}
                onClick={() => void detach(b.id)}
                aria-label={t('bukti.panel.lepasNamed', { judul: b.judul })}
              >
                {t('bukti.panel.lepas')}
              </Button>
            )}
          </Group>
        ))
      )}
      {error !== null && <ErrorAlert error={error} />}
      {canEdit && (
        <>
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant={mode === 'PUSTAKA' ? 'filled' : 'light'}
              leftSection={<IconLibrary size={14} aria-hidden />}
              onClick={() => setMode(mode === 'PUSTAKA' ? null : 'PUSTAKA')}
              aria-expanded={mode === 'PUSTAKA'}
            >
              {t('bukti.panel.dariPustaka')}
            </Button>
            <Button
              size="xs"
              variant={mode === 'UNGGAH' ? 'filled' : 'light'}
              leftSection={<IconUpload size={14} aria-hidden />}
              onClick={() => setMode(mode === 'UNGGAH' ? null : 'UNGGAH')}
              aria-expanded={mode === 'UNGGAH'}
            >
              {t('bukti.panel.unggahBaru')}
            </Button>
          </Group>
          <Collapse expanded={mode === 'PUSTAKA'}>
            {mode === 'PUSTAKA' && (
              <LibraryPicker instansiId={instansiId} exclude={attached} onPick={attach} busy={lampirkan.isPending} />
            )}
          </Collapse>
          <Collapse expanded={mode === 'UNGGAH'}>
            {mode === 'UNGGAH' && (
              <Card withBorder padding="sm">
                <BuktiBaruForm
                  onDone={async (b) => {
                    await attach(b.id);
                    setMode(null);
                  }}
                />
              </Card>
            )}
          </Collapse>
        </>
      )}
    </Stack>
  );
}

function LibraryPicker({
  instansiId,
  exclude,
  onPick,
  busy,
}: {
  instansiId: string;
  exclude: Set<string>;
  onPick: (id: string) => Promise<void>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [cari, setCari] = useState('');
  const [debounced] = useDebouncedValue(cari, 300);
  const lib = useBuktiSaya(debounced, 1);
  const items = lib.data?.items.filter((b) => !exclude.has(b.id)) ?? [];
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <TextInput
          size="xs"
          label={t('bukti.cari')}
          value={cari}
          onChange={(e) => setCari(e.currentTarget.value)}
          maxLength={100}
        />
        {lib.isLoading ? (
          <Loading />
        ) : lib.error ? (
          <ErrorAlert error={lib.error} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('bukti.panel.pustakaKosong')}
          </Text>
        ) : (
          items.map((b) => (
            <Group key={b.id} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <BuktiItem bukti={b} instansiId={instansiId} />
              <Button
                size="compact-xs"
                leftSection={<IconPaperclip size={12} aria-hidden />}
                loading={busy}
                onClick={() => void onPick(b.id)}
                aria-label={t('bukti.panel.lampirkanNamed', { judul: b.judul })}
              >
                {t('bukti.panel.lampirkan')}
              </Button>
            </Group>
          ))
        )}
      </Stack>
    </Card>
  );
}
