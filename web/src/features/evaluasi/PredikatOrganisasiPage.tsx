/**
 * "Predikat organisasi" (/predikat-organisasi): each unit penilaian of a period with its predikat,
 * the basis summarised from the data (periodic: rencana aksi progress; annual: PK achievement), who
 * sets it, and — for the leader one level up or the admin instansi — the form to set or change it.
 */
import { Alert, Button, Card, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { PREDIKAT_ORG, type PredikatOrganisasiList, usePredikatOrganisasi, useSetPredikatOrganisasi } from './api.ts';
import { PeriodePicker, TAHUN_INI, useTeks } from './parts.tsx';

type Item = PredikatOrganisasiList['items'][number];

function SetForm({ it, tahun, periode }: { it: Item; tahun: number; periode: string }) {
  const { t } = useTranslation();
  const save = useSetPredikatOrganisasi();
  const [predikat, setPredikat] = useState<string | null>(it.predikat?.predikat ?? it.dasar.saran);
  const [catatan, setCatatan] = useState(it.predikat?.catatan ?? '');
  const [penetapNama, setPenetapNama] = useState(it.predikat?.penetapNama ?? '');
  const perluNama = it.pimpinanAtas.pegawai.length !== 1;
  return (
    <Stack gap="xs">
      <Select
        label={it.predikat ? t('evaluasi.ubahPredikat') : t('evaluasi.tetapkanPredikat')}
        value={predikat}
        allowDeselect={false}
        data={PREDIKAT_ORG.map((p) => ({ value: p, label: t(`evaluasi.predikatOrg.${p}`) }))}
        onChange={setPredikat}
      />
      {perluNama && (
        <TextInput
          label={t('evaluasi.penetapNama')}
          description={t('evaluasi.penetapNamaHint')}
          value={penetapNama}
          maxLength={200}
          onChange={(e) => setPenetapNama(e.currentTarget.value)}
        />
      )}
      <Textarea
        label={t('evaluasi.catatanPredikat')}
        autosize
        minRows={1}
        maxLength={4000}
        value={catatan}
        onChange={(e) => setCatatan(e.currentTarget.value)}
      />
      {save.error && <ErrorAlert error={save.error} />}
      <Group>
        <Button
          loading={save.isPending}
          disabled={!predikat}
          onClick={() =>
            save.mutate(
              {
                unitId: it.unit.id,
                tahun,
                periode,
                body: {
                  predikat: predikat as string,
                  catatan: catatan.trim() || null,
                  ...(perluNama ? { penetapNama } : {}),
                  version: it.predikat?.version ?? 0,
                },
              },
              { onSuccess: () => notifications.show({ color: 'green', message: t('evaluasi.predikatTersimpan') }) },
            )
          }
        >
          {it.predikat ? t('evaluasi.ubahPredikat') : t('evaluasi.tetapkanPredikat')}
        </Button>
      </Group>
    </Stack>
  );
}

export default function PredikatOrganisasiPage() {
  const { t } = useTranslation();
  const teks = useTeks();
  const [sel, setSel] = useState({ tahun: TAHUN_INI, periode: 'TW1' });
  const q = usePredikatOrganisasi(sel.tahun, sel.periode);
  return (
    <Page title={t('evaluasi.predikatOrgTitle')} subtitle={t('evaluasi.predikatOrgSubtitle')}>
      <PeriodePicker
        tahun={sel.tahun}
        periode={sel.periode}
        onChange={(tahun, periode) => setSel({ tahun, periode })}
      />
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Text c="dimmed">{t('evaluasi.tidakAdaUnit')}</Text>
      ) : (
        <Stack gap="sm">
          {q.data.items.map((it) => (
            <Card key={it.unit.id} withBorder radius="md" p="sm" component="article" aria-label={it.unit.nama}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {it.unit.nama}
                  </Text>
                  <Text fw={700} c={it.predikat ? undefined : 'dimmed'}>
                    {it.predikat ? teks(it.predikat.label) : t('evaluasi.belumDitetapkan')}
                  </Text>
                </Group>
                {it.predikat && (
                  <Text size="xs" c="dimmed">
                    {t('evaluasi.ditetapkanPenetap', {
                      nama: it.predikat.penetapNama,
                      jabatan: it.predikat.penetapJabatan ?? '-',
                    })}{' '}
                    · {formatDate(it.predikat.ditetapkanAt)}
                    {it.predikat.catatan && ` · ${it.predikat.catatan}`}
                  </Text>
                )}
                {!it.predikat && it.pimpinanAtas.jabatanNama && (
                  <Text size="xs" c="dimmed">
                    {t('evaluasi.penetapAtas', { jabatan: it.pimpinanAtas.jabatanNama })}
                  </Text>
                )}
                <Alert color="gray" p="xs" title={t('evaluasi.dasar')}>
                  <Text size="sm">{teks(it.dasar.ringkasan)}</Text>
                  {it.dasar.saran && (
                    <Text size="sm" fw={600}>
                      {t('evaluasi.saran', { predikat: t(`evaluasi.predikatOrg.${it.dasar.saran}`) })}
                    </Text>
                  )}
                </Alert>
                {it.kalibrasiFinal && (
                  <Text size="xs" c="dimmed">
                    {t('evaluasi.terkunciKalibrasi')}
                  </Text>
                )}
                {it.aksi.includes('TETAPKAN') && <SetForm it={it} tahun={sel.tahun} periode={sel.periode} />}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Page>
  );
}
