/**
 * Periode kinerja (admin instansi): performance years with their evaluation rhythm (bulanan /
 * triwulanan), the SKP setting deadline (default 31 January) and entry deadlines per period.
 */
import { Accordion, Badge, Button, Group, Modal, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleSettings } from '../../../../../src/domain/settings.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { useSettings } from '../../admin/api.ts';
import { usePeriodeList, useSavePeriode } from '../api/planning.ts';
import type { JenisEvaluasi, PeriodeKinerja, SubPeriode } from '../api/planning-types.ts';
import { ConflictNotice, isConflict } from '../components/ConflictNotice.tsx';
import { currentYear } from '../components/Pickers.tsx';
import { defaultSubPeriode, defaultYear } from '../components/periodeDefaults.ts';
import { SubPeriodeTable } from '../components/SubPeriodeTable.tsx';

function PeriodeForm({
  existing,
  settings,
  onDone,
}: {
  existing: PeriodeKinerja | null;
  /** The instansi's rule settings (rhythm, entry window, holidays, SKP deadline); national defaults if unreadable. */
  settings: RuleSettings | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSavePeriode();
  const [tahun, setTahun] = useState<number>(existing?.tahun ?? currentYear() + 1);
  const initial = defaultYear(tahun, settings);
  const [jenis, setJenis] = useState<JenisEvaluasi>(existing?.jenisEvaluasi ?? initial.jenisEvaluasi);
  const [batas, setBatas] = useState(existing?.batasPenetapanSkp ?? initial.batasPenetapanSkp);
  const [periode, setPeriode] = useState<SubPeriode[]>(existing?.periode ?? initial.periode);
  const regenerate = (y: number, j: JenisEvaluasi) => {
    setPeriode(defaultSubPeriode(y, j, settings));
    setBatas(defaultYear(y, settings).batasPenetapanSkp);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = existing
      ? { id: existing.id, version: existing.version, batasPenetapanSkp: batas, periode }
      : { tahun, jenisEvaluasi: jenis, batasPenetapanSkp: batas, periode };
    save.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('common.saved') });
        onDone();
      },
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {!existing && (
          <>
            <NumberInput
              label={t('skp.common.tahun')}
              value={tahun}
              min={2000}
              max={2100}
              onChange={(v) => {
                const y = Number(v) || tahun;
                setTahun(y);
                regenerate(y, jenis);
              }}
              w={140}
            />
            <Radio.Group
              label={t('skp.periode.jenisEvaluasi')}
              value={jenis}
              onChange={(v) => {
                setJenis(v as JenisEvaluasi);
                regenerate(tahun, v as JenisEvaluasi);
              }}
            >
              <Group mt={6}>
                <Radio value="TRIWULANAN" label={t('skp.periode.jenis.TRIWULANAN')} />
                <Radio value="BULANAN" label={t('skp.periode.jenis.BULANAN')} />
              </Group>
            </Radio.Group>
          </>
        )}
        <TextInput
          type="date"
          label={t('skp.periode.batasPenetapan')}
          description={t('skp.periode.batasPenetapanHelp')}
          value={batas}
          onChange={(e) => setBatas(e.currentTarget.value)}
          w={220}
        />
        <Text size="sm" fw={500}>
          {t('skp.periode.subPeriode')}
        </Text>
        <SubPeriodeTable rows={periode} onChange={setPeriode} />
        {isConflict(save.error) ? (
          <ConflictNotice onReload={onDone} />
        ) : (
          save.isError && <ErrorAlert error={save.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function PeriodePage() {
  const { t } = useTranslation();
  const q = usePeriodeList();
  const settings = useSettings();
  const [editing, setEditing] = useState<PeriodeKinerja | 'baru' | null>(null);
  return (
    <Page
      title={t('skp.periode.title')}
      subtitle={t('skp.periode.subtitle')}
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('baru')}>
          {t('skp.periode.create')}
        </Button>
      }
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <Text c="dimmed">{t('skp.periode.empty')}</Text>
      ) : (
        <Accordion variant="separated" defaultValue={String(q.data[0]?.id)}>
          {[...q.data]
            .sort((a, b) => b.tahun - a.tahun)
            .map((p) => (
              <Accordion.Item key={p.id} value={p.id}>
                <Accordion.Control>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{p.tahun}</Text>
                    <Badge variant="light">{t(`skp.periode.jenis.${p.jenisEvaluasi}`)}</Badge>
                    <Badge variant="light" color={p.status === 'AKTIF' ? 'green' : 'gray'}>
                      {t(`skp.periode.status.${p.status}`, { defaultValue: p.status })}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {t('skp.periode.batasPenetapanShort', { tanggal: formatDate(p.batasPenetapanSkp) })}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <SubPeriodeTable rows={p.periode} />
                  <Group justify="flex-end" mt="xs">
                    <Button size="xs" variant="light" onClick={() => setEditing(p)}>
                      {t('common.edit')}
                    </Button>
                  </Group>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
        </Accordion>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={
          editing === 'baru' ? t('skp.periode.create') : t('skp.periode.editTitle', { tahun: editing?.tahun ?? '' })
        }
      >
        {editing !== null &&
          (settings.isPending ? (
            <Loading />
          ) : (
            <PeriodeForm
              existing={editing === 'baru' ? null : editing}
              settings={settings.data?.settings as RuleSettings | undefined}
              onDone={() => setEditing(null)}
            />
          ))}
      </Modal>
    </Page>
  );
}
