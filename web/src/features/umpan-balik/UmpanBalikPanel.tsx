/**
 * A feedback panel for one place of an SKP — an RHK (optionally one IKI in a period) or a BerAKHLAK
 * value: its threads, a reply box per thread and, for the appraisers, a box to start a new one. What
 * is offered follows the server's `aksi`, so nothing is shown that the API would refuse. Exported
 * for the "Kinerja Saya" page; the SKP detail page and the Bawahan screen use it too.
 */
import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { type Entri, type Sasaran, useTulisUmpanBalik, useUmpanBalik } from './api.ts';
import { filterUtas } from './filter-utas.ts';

export { filterUtas };

export interface UmpanBalikPanelProps {
  instansiId: string;
  skpId: string;
  sasaran: Sasaran;
  rhkId?: string;
  ikiId?: string;
  perilakuKode?: string;
  periodeKode?: string;
  /** What the panel is about, for the labels of its text boxes (e.g. "RHK A1" or "Loyal"). */
  label?: string;
}

const MAX = 2000;

function EntriView({ e }: { e: Entri }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {e.penulisNama}
        </Text>
        <Badge size="xs" variant="light" color={e.peranPenulis === 'PEGAWAI' ? 'gray' : 'blue'}>
          {t(`umpanBalik.peran.${e.peranPenulis}`)}
        </Badge>
        <Text size="xs" c="dimmed" component="time" dateTime={e.createdAt}>
          {formatDateTime(e.createdAt)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {e.teks}
      </Text>
    </div>
  );
}

function Tulis({
  label,
  submitLabel,
  onSubmit,
  pending,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (teks: string) => Promise<unknown>;
  pending: boolean;
}) {
  const [teks, setTeks] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { t } = useTranslation();
  const length = [...teks].length;
  return (
    <Stack gap={4}>
      <Textarea
        label={label}
        value={teks}
        onChange={(e) => setTeks(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        description={t('umpanBalik.sisa', { n: MAX - length })}
        error={length > MAX ? t('umpanBalik.terlaluPanjang', { max: MAX }) : undefined}
      />
      {!!error && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button
          size="xs"
          loading={pending}
          disabled={!teks.trim() || length > MAX}
          onClick={async () => {
            try {
              await onSubmit(teks);
              setTeks('');
              setError(null);
            } catch (err) {
              // The text stays in the box: nothing typed is lost on a refusal or a dropped connection.
              setError(err);
            }
          }}
        >
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}

export function UmpanBalikPanel(props: UmpanBalikPanelProps) {
  const { t } = useTranslation();
  const q = useUmpanBalik(props.instansiId, props.skpId);
  const write = useTulisUmpanBalik(props.instansiId, props.skpId);
  if (q.isPending) return <Loading minHeight={60} />;
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const utas = filterUtas(q.data.utas, props);
  const bolehTulis = q.data.aksi.includes('TULIS_UMPAN_BALIK');
  const bolehBalas = q.data.aksi.includes('BALAS_UMPAN_BALIK');
  const label = props.label ?? '';
  return (
    <Stack gap="sm">
      {utas.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('umpanBalik.kosong')}
        </Text>
      )}
      {utas.map((u) => (
        <Paper key={u.id} withBorder p="xs" radius="md" id={`utas-${u.id}`}>
          <Stack gap="xs">
            {(u.periodeKode || u.menungguPenilai) && (
              <Group gap={6}>
                {u.periodeKode && (
                  <Badge size="xs" variant="outline">
                    {u.periodeKode}
                  </Badge>
                )}
                {u.menungguPenilai && (
                  <Badge size="xs" color="orange">
                    {t('umpanBalik.menungguPenilai')}
                  </Badge>
                )}
              </Group>
            )}
            <EntriView e={u} />
            {u.balasan.map((b) => (
              <div key={b.id} style={{ paddingLeft: 12, borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
                <EntriView e={b} />
              </div>
            ))}
            {bolehBalas && (
              <Tulis
                label={t('umpanBalik.balasLabel', { nama: u.penulisNama })}
                submitLabel={t('umpanBalik.kirimBalasan')}
                pending={
                  write.isPending && write.variables && 'utasId' in write.variables && write.variables.utasId === u.id
                }
                onSubmit={(teks) => write.mutateAsync({ utasId: u.id, teks })}
              />
            )}
          </Stack>
        </Paper>
      ))}
      {bolehTulis && (
        <Tulis
          label={t('umpanBalik.baruLabel', { label })}
          submitLabel={t('umpanBalik.kirim')}
          pending={write.isPending && !!write.variables && !('utasId' in write.variables)}
          onSubmit={(teks) =>
            write.mutateAsync({
              sasaran: props.sasaran,
              rhkId: props.rhkId ?? null,
              ikiId: props.ikiId ?? null,
              perilakuKode: props.perilakuKode ?? null,
              periodeKode: props.periodeKode ?? null,
              teks,
            })
          }
        />
      )}
    </Stack>
  );
}
