/**
 * Add a placement: pick the unit (searchable over the whole tree), then one of its positions, the
 * kind (definitive / PLT / PLH) and the dates. Field errors of the API appear under their inputs; an
 * overlap with another definitive placement under the dates, naming that placement. A new definitive
 * placement that ends the current one tells the admin that the SKP of the old position was closed.
 */
import { Alert, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useUnit } from '../../api/org.ts';
import { useAddPlacement } from '../../api/pegawai.ts';
import type { Placement } from '../../api/types.ts';
import { FormErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { formatDate, todayIso } from '../../components/format.ts';
import { UnitPicker, useOwnUnitRoots } from '../../features/org/UnitPicker.tsx';
import { pickText } from '../../i18n/index.ts';

type Jenis = 'DEFINITIF' | 'PLT' | 'PLH';

function JabatanSelect({
  unitId,
  value,
  error,
  onChange,
}: {
  unitId: string;
  value: string | null;
  error?: string;
  onChange: (v: string | null) => void;
}) {
  const { t } = useTranslation();
  const unit = useUnit(unitId);
  const data = (unit.data?.jabatan ?? []).map((j) => ({
    value: j.id,
    label: `${j.nama}${j.pemegang.length ? ` — ${j.pemegang.map((h) => h.nama).join(', ')}` : ` — ${t('unit.noHolder')}`}`,
  }));
  return (
    <Select
      label={t('pegawaiAdmin.jabatan')}
      required
      searchable
      data={data}
      value={value}
      error={error}
      onChange={onChange}
      disabled={unit.isPending}
    />
  );
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The open definitive placement a new definitive one starting on `mulai` ends (as the server does). */
function endedBy(riwayat: Placement[], mulai: string): Placement | undefined {
  return riwayat.find((p) => p.jenis === 'DEFINITIF' && !p.selesai && p.mulai < mulai);
}

/** ORG.PLACEMENT_OVERLAP: the server's message, the placements it names and what to do. */
function useOverlapMessage(error: unknown, riwayat: Placement[]): string | null {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.code !== 'ORG.PLACEMENT_OVERLAP') return null;
  const ids = (error.details as { placementIds?: string[] } | null)?.placementIds ?? [];
  const list = riwayat
    .filter((p) => ids.includes(p.id))
    .map(
      (p) =>
        `${p.jabatanNama}, ${p.unitNama} (${t('detail.period', {
          from: formatDate(p.mulai),
          to: p.selesai ? formatDate(p.selesai) : t('common.now'),
        })})`,
    )
    .join('; ');
  return [error.message, list && t('pegawaiAdmin.overlapWith', { list }), t('pegawaiAdmin.overlapHint')]
    .filter(Boolean)
    .join(' ');
}

export function AddPlacementModal({
  pegawaiId,
  riwayat,
  opened,
  onClose,
}: {
  pegawaiId: string;
  riwayat: Placement[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dalam = useOwnUnitRoots();
  const add = useAddPlacement(pegawaiId);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [jabatanId, setJabatanId] = useState<string | null>(null);
  const [jenis, setJenis] = useState<Jenis>('DEFINITIF');
  const [mulai, setMulai] = useState(todayIso());
  const [selesai, setSelesai] = useState('');
  const [nomorSk, setNomorSk] = useState('');
  const [touched, setTouched] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new opening starts without the last error
  useEffect(() => {
    if (!opened) return;
    add.reset();
    setTouched(false);
  }, [opened]);
  const overlap = useOverlapMessage(add.error, riwayat);
  const errors: Record<string, string> = {
    ...fieldErrorsOf(add.error, pickText),
    ...(overlap ? { mulai: overlap } : {}),
    ...(touched && !jabatanId ? { jabatanId: t('common.required') } : {}),
  };
  const submit = () => {
    setTouched(true);
    if (!jabatanId) return;
    const ended = jenis === 'DEFINITIF' ? endedBy(riwayat, mulai) : undefined;
    add.mutate(
      { jabatanId, jenis, mulai, selesai: selesai || null, nomorSk: nomorSk.trim() || null },
      {
        onSuccess: () => {
          notifications.show(
            ended
              ? {
                  color: 'green',
                  autoClose: 12_000,
                  message: t('pegawaiAdmin.definitifSaved', { tanggal: formatDate(dayBefore(mulai)) }),
                }
              : { color: 'green', message: t('pegawaiAdmin.placementSaved') },
          );
          setJabatanId(null);
          onClose();
        },
      },
    );
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('pegawaiAdmin.addPlacement')}
      onSubmit={submit}
      submitting={add.isPending}
    >
      {!overlap && <FormErrorAlert error={add.error} fieldErrors={errors} />}
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('pegawaiAdmin.jenis')}
        </Text>
        <SegmentedControl
          value={jenis}
          onChange={(v) => setJenis(v as Jenis)}
          data={(['DEFINITIF', 'PLT', 'PLH'] as const).map((j) => ({ value: j, label: t(`jenisPenempatan.${j}`) }))}
          aria-label={t('pegawaiAdmin.jenis')}
        />
        <Text size="xs" c="dimmed">
          {t(`jenisPenempatanHelp.${jenis}`)}
        </Text>
      </Stack>
      <Alert variant="light" color={jenis === 'DEFINITIF' ? 'blue' : 'orange'} p="xs" role="note">
        <Text size="xs">{jenis === 'DEFINITIF' ? t('pegawaiAdmin.definitifHint') : t('pegawaiAdmin.actingHint')}</Text>
      </Alert>
      <UnitPicker
        label={t('pegawaiAdmin.unit')}
        placeholder={t('pegawaiAdmin.unitPlaceholder')}
        required
        value={unitId}
        onChange={(v) => {
          setUnitId(v);
          setJabatanId(null);
        }}
        dalam={dalam}
      />
      {unitId ? (
        <JabatanSelect unitId={unitId} value={jabatanId} error={errors.jabatanId} onChange={setJabatanId} />
      ) : (
        <Select
          label={t('pegawaiAdmin.jabatan')}
          placeholder={t('pegawaiAdmin.jabatanPlaceholder')}
          data={[]}
          disabled
          required
          error={errors.jabatanId}
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('pegawaiAdmin.mulai')}
          required
          value={mulai}
          error={errors.mulai}
          onChange={(e) => setMulai(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('pegawaiAdmin.selesai')}
          description={jenis === 'DEFINITIF' ? t('pegawaiAdmin.selesaiHint') : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required={jenis !== 'DEFINITIF'}
          value={selesai}
          error={errors.selesai ?? (overlap ? true : undefined)}
          onChange={(e) => setSelesai(e.currentTarget.value)}
        />
      </SimpleGrid>
      <TextInput
        label={t('pegawaiAdmin.nomorSk')}
        value={nomorSk}
        error={errors.nomorSk}
        onChange={(e) => setNomorSk(e.currentTarget.value)}
      />
    </FormModal>
  );
}
