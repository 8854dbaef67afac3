/**
 * One IKI in a period: target, progress (information, not a rating), and the realisasi entry —
 * a number in the IKI's unit or a narrative, plus a note. The note can be filled from the period's
 * daily entries; it only ever replaces what the person typed when they ask for it.
 */
import { Button, Group, NumberInput, Progress, Stack, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy, IconListDetails } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../components/format.ts';
import type { IkiPelaksanaan } from '../api.ts';

export function ProgresIki({ iki }: { iki: IkiPelaksanaan }) {
  const { t } = useTranslation();
  if (iki.progres.jenis === 'KUALITATIF')
    return (
      <Text size="sm" c={iki.progres.terisi ? 'teal.9' : 'dimmed'}>
        {iki.progres.terisi ? t('pelaksanaan.terisi') : t('pelaksanaan.belumDiisi')}
      </Text>
    );
  const persen = iki.progres.persen;
  if (persen === null)
    return (
      <Text size="sm" c="dimmed">
        {t('pelaksanaan.belumDiisi')}
      </Text>
    );
  const label = t('pelaksanaan.progres', { persen: formatNumber(persen) });
  return (
    <Stack gap={2}>
      <Progress.Root size="md">
        <Progress.Section value={Math.min(100, persen)} color={persen >= 100 ? 'teal' : 'blue'} aria-label={label} />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

export function IkiRealisasi({
  iki,
  terbuka,
  drafCatatan,
  onSave,
  saving,
  error,
}: {
  iki: IkiPelaksanaan;
  terbuka: boolean;
  /** The period's daily entries of the RHK as a note (the roll-up). */
  drafCatatan: string;
  onSave: (v: { version: number; nilai: number | null; teks: string | null; catatan: string | null }) => void;
  saving: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const r = iki.realisasi;
  const angka = iki.targetNilai !== null;
  const [nilai, setNilai] = useState<number | string>(r?.nilai ?? '');
  const [teks, setTeks] = useState(r?.teks ?? '');
  const [catatan, setCatatan] = useState(r?.catatan ?? '');
  const target = angka
    ? `${formatNumber(iki.targetNilai as number)} ${iki.targetSatuan ?? ''}`.trim()
    : (iki.targetTeks ?? '');
  const idBase = `iki-${iki.id}`;
  return (
    <Stack gap="xs">
      <div>
        <Text fw={600} size="sm">
          {iki.indikator}
        </Text>
        <Text size="sm" c="dimmed">
          {t('pelaksanaan.target')}: {target}
        </Text>
      </div>
      <ProgresIki iki={iki} />
      {terbuka ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSave({
              version: r?.version ?? 0,
              nilai: angka ? (nilai === '' ? null : Number(nilai)) : null,
              teks: angka ? null : teks,
              catatan: catatan || null,
            });
          }}
        >
          <Stack gap="xs">
            {angka ? (
              <NumberInput
                id={`${idBase}-nilai`}
                label={t('pelaksanaan.realisasiNilai', { satuan: iki.targetSatuan ?? '' })}
                value={nilai}
                onChange={setNilai}
                min={0}
                decimalScale={4}
                inputMode="decimal"
                required
              />
            ) : (
              <Textarea
                id={`${idBase}-teks`}
                label={t('pelaksanaan.realisasiTeks')}
                value={teks}
                onChange={(e) => setTeks(e.currentTarget.value)}
                autosize
                minRows={2}
                required
              />
            )}
            <Textarea
              id={`${idBase}-catatan`}
              label={t('pelaksanaan.catatan')}
              value={catatan}
              onChange={(e) => setCatatan(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <Group gap="xs">
              <Button type="submit" size="sm" loading={saving} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
                {t('pelaksanaan.simpan')}
              </Button>
              {drafCatatan && (
                <Button
                  type="button"
                  size="sm"
                  variant="light"
                  leftSection={<IconListDetails size={16} aria-hidden />}
                  onClick={() => setCatatan(catatan ? `${catatan}\n${drafCatatan}` : drafCatatan)}
                >
                  {t('pelaksanaan.isiDariProgres')}
                </Button>
              )}
            </Group>
            {error ? <ErrorAlert error={error} /> : null}
          </Stack>
        </form>
      ) : (
        r && (
          <Stack gap={2}>
            <Text size="sm">
              {t('pelaksanaan.realisasi')}:{' '}
              {r.nilai !== null ? `${formatNumber(r.nilai)} ${iki.targetSatuan ?? ''}` : r.teks}
            </Text>
            {r.catatan && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {r.catatan}
              </Text>
            )}
          </Stack>
        )
      )}
    </Stack>
  );
}
