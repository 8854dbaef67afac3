/**
 * Perjanjian Kinerja of a unit and year: sasaran with indicators and targets; save (versioned),
 * tetapkan, and import from XLSX (columns SASARAN, INDIKATOR, TARGET, SATUAN) with row errors.
 */
import { Alert, Badge, Button, Card, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDeviceFloppy, IconFileSpreadsheet, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import {
  useDefaultUnitId,
  useImporPk,
  usePerjanjianKinerja,
  usePkHak,
  useSavePk,
  useTetapkanPk,
} from '../api/planning.ts';
import type { PerjanjianKinerja, PkSasaranRow } from '../api/planning-types.ts';
import { ConflictNotice, isConflict } from '../components/ConflictNotice.tsx';
import { ImportErrors } from '../components/ImportErrors.tsx';
import { angka } from '../components/ikiText.ts';
import { currentYear, UnitSelect, YearSelect } from '../components/Pickers.tsx';
import { emptySasaran, PkSasaranFields } from '../components/PkSasaranFields.tsx';
import { useDraft } from '../components/useDraft.ts';

function clean(rows: PkSasaranRow[]): PkSasaranRow[] {
  return rows
    .filter((s) => s.sasaran.trim())
    .map((s, i) => ({
      ...(s.id ? { id: s.id } : {}),
      urutan: i + 1,
      sasaran: s.sasaran.trim(),
      indikator: s.indikator
        .filter((x) => x.indikator.trim())
        .map((x, k) => ({
          ...(x.id ? { id: x.id } : {}),
          urutan: k + 1,
          indikator: x.indikator.trim(),
          targetNilai: angka(x.targetNilai),
          satuan: x.satuan?.trim() || null,
          targetTeks: x.targetTeks?.trim() || null,
        })),
    }));
}

function Editor({
  pk,
  unitId,
  tahun,
  onReload,
  ubah,
}: {
  pk: PerjanjianKinerja | null;
  unitId: string;
  tahun: number;
  onReload: () => void;
  /** The server says the caller may save (pk.write); otherwise the PK is shown read-only. */
  ubah: boolean;
}) {
  const { t } = useTranslation();
  const draft = useDraft<PkSasaranRow[]>(pk?.sasaran?.length ? pk.sasaran : [emptySasaran()]);
  const save = useSavePk();
  const tetapkan = useTetapkanPk();
  const [confirm, setConfirm] = useState(false);
  const conflict = isConflict(save.error) || isConflict(tetapkan.error);

  const onSave = () =>
    save.mutate(
      { unitId, tahun, version: pk?.version, sasaran: clean(draft.value) },
      {
        onSuccess: () => {
          draft.markSaved();
          notifications.show({ color: 'green', message: t('common.saved') });
        },
      },
    );
  const onTetapkan = () =>
    pk &&
    tetapkan.mutate(
      { pkId: pk.id, version: pk.version },
      {
        onSuccess: () => {
          setConfirm(false);
          notifications.show({ color: 'green', message: t('skp.pk.ditetapkan') });
        },
      },
    );

  return (
    <Stack gap="sm">
      {conflict && <ConflictNotice onReload={onReload} />}
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Badge variant="light" color={pk?.status === 'DITETAPKAN' ? 'green' : 'gray'}>
            {pk ? t(`skp.status.${pk.status}`, { defaultValue: pk.status }) : t('skp.pk.belumAda')}
          </Badge>
          {pk && (
            <Text size="xs" c="dimmed">
              {t('skp.pk.versi', { n: pk.version })}
            </Text>
          )}
        </Group>
        {ubah && (
          <Group gap="xs">
            <Button
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              onClick={onSave}
              loading={save.isPending}
              disabled={conflict || (!draft.dirty && !!pk)}
            >
              {t('skp.pk.save')}
            </Button>
            {pk && pk.status !== 'DITETAPKAN' && (
              <Button
                color="green"
                variant="light"
                leftSection={<IconCheck size={18} aria-hidden />}
                onClick={() => setConfirm(true)}
                disabled={draft.dirty || conflict}
              >
                {t('skp.aksi.tetapkan')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {!ubah && (
        <Alert variant="light" icon={<IconInfoCircle />}>
          {t('pkHak.hanyaLihat')}
        </Alert>
      )}
      {pk?.status === 'DITETAPKAN' && (
        <Alert variant="light" icon={<IconInfoCircle />}>
          {t('skp.pk.sudahDitetapkan')}
        </Alert>
      )}
      {save.isError && !conflict && <ErrorAlert error={save.error} />}
      <PkSasaranFields rows={draft.value} onChange={draft.set} readOnly={!ubah} />
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t('skp.pk.tetapkanTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('skp.pk.tetapkanConfirm')}</Text>
          {tetapkan.isError && !conflict && <ErrorAlert error={tetapkan.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="green" onClick={onTetapkan} loading={tetapkan.isPending}>
              {t('skp.aksi.tetapkan')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export default function PerjanjianKinerjaPage() {
  const { t } = useTranslation();
  const defaultUnit = useDefaultUnitId();
  const [chosenUnit, setUnit] = useState<string | null>(null);
  const [tahun, setTahun] = useState(currentYear());
  const unitId = chosenUnit ?? defaultUnit ?? null;
  const q = usePerjanjianKinerja(unitId, tahun);
  const hak = usePkHak(unitId);
  const ubah = hak.data?.ubah ?? false;
  const impor = useImporPk();
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await q.refetch();
    setGeneration((g) => g + 1);
  };

  const onFile = (file: File | null) => {
    if (!file || !unitId) return;
    impor.mutate(
      { unitId, tahun, file },
      { onSuccess: () => notifications.show({ color: 'green', message: t('skp.pk.imported') }) },
    );
  };

  return (
    <Page title={t('skp.pk.title')} subtitle={t('skp.pk.subtitle')}>
      <Card withBorder radius="md" padding="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <UnitSelect value={unitId} onChange={setUnit} />
          <YearSelect value={tahun} onChange={(v) => v && setTahun(v)} />
          {ubah && (
            <FileButton
              onChange={onFile}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                  loading={impor.isPending}
                  disabled={!unitId}
                >
                  {t('skp.pk.import')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          {t('skp.pk.importHint')}
        </Text>
      </Card>
      {impor.isError && <ImportErrors error={impor.error} />}
      {defaultUnit === undefined && !chosenUnit ? (
        <Loading />
      ) : !unitId ? (
        <Text c="dimmed">{t('skp.common.pilihUnit')}</Text>
      ) : q.isPending || hak.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Editor
          key={`${unitId}|${tahun}|${q.data?.id ?? 'baru'}|${generation}`}
          pk={q.data}
          unitId={unitId}
          tahun={tahun}
          onReload={() => void reload()}
          ubah={ubah}
        />
      )}
    </Page>
  );
}
