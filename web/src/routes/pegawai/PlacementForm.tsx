/**
 * Add a placement: pick the unit (searchable over the whole tree), then one of its positions, the
 * kind (definitive / PLT / PLH) and the dates.
 */
import { Alert, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnit, useUnits } from '../../api/org.ts';
import { useAddPlacement } from '../../api/pegawai.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { todayIso } from '../../components/format.ts';

type Jenis = 'DEFINITIF' | 'PLT' | 'PLH';

function JabatanSelect({
  unitId,
  value,
  onChange,
}: {
  unitId: string;
  value: string | null;
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
      onChange={onChange}
      disabled={unit.isPending}
    />
  );
}

export function AddPlacementModal({
  pegawaiId,
  opened,
  onClose,
}: {
  pegawaiId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const add = useAddPlacement(pegawaiId);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [jabatanId, setJabatanId] = useState<string | null>(null);
  const [jenis, setJenis] = useState<Jenis>('DEFINITIF');
  const [mulai, setMulai] = useState(todayIso());
  const [selesai, setSelesai] = useState('');
  const [nomorSk, setNomorSk] = useState('');
  const unitOptions = useMemo(
    () => (units.data ?? []).map((u) => ({ value: u.id, label: `${u.nama} (${u.kode})` })),
    [units.data],
  );
  const submit = () => {
    if (!jabatanId) return;
    add.mutate(
      { jabatanId, jenis, mulai, selesai: selesai || null, nomorSk: nomorSk.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('pegawaiAdmin.added') });
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
      {add.isError && <ErrorAlert error={add.error} />}
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
      <Select
        label={t('pegawaiAdmin.unit')}
        placeholder={t('pegawaiAdmin.unitPlaceholder')}
        required
        searchable
        limit={50}
        data={unitOptions}
        value={unitId}
        onChange={(v) => {
          setUnitId(v);
          setJabatanId(null);
        }}
        nothingFoundMessage={t('org.noMatch')}
      />
      {unitId ? (
        <JabatanSelect unitId={unitId} value={jabatanId} onChange={setJabatanId} />
      ) : (
        <Select
          label={t('pegawaiAdmin.jabatan')}
          placeholder={t('pegawaiAdmin.jabatanPlaceholder')}
          data={[]}
          disabled
          required
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('pegawaiAdmin.mulai')}
          required
          value={mulai}
          onChange={(e) => setMulai(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('pegawaiAdmin.selesai')}
          description={t('pegawaiAdmin.selesaiHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={selesai}
          onChange={(e) => setSelesai(e.currentTarget.value)}
        />
      </SimpleGrid>
      <TextInput
        label={t('pegawaiAdmin.nomorSk')}
        value={nomorSk}
        onChange={(e) => setNomorSk(e.currentTarget.value)}
      />
    </FormModal>
  );
}
