/**
 * Pengaturan aturan: the per-instansi overlay of the national rules (periodic evaluation, objection
 * and entry windows, SKP deadline, holidays, tukin/TPP policy, the UNSURE mappings, distribution
 * rounding). Saved with its version; a conflicting save is refused and the form reloaded.
 */
import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TUKIN_PRESETS } from '../../../../src/domain/rules/tukin-presets.ts';
import { ApiError } from '../../api/client.ts';
import { useIsAdmin } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ReloadConflictNotice } from '../../components/ReloadConflictNotice.tsx';
import { MetodePengembanganCard } from '../dialog/MetodePengembanganCard.tsx';
import { UnitPenilaianCard } from '../evaluasi/UnitPenilaianCard.tsx';
import { type RuleSettingsForm, useSaveSettings, useSettings } from './api.ts';

const RATINGS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];

function WindowFields({
  value,
  onChange,
  label,
  disabled,
}: {
  value: RuleSettingsForm['keberatan'];
  onChange: (v: RuleSettingsForm['keberatan']) => void;
  label: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-end">
      <NumberInput
        label={label}
        min={0}
        max={366}
        value={value.jumlahHari}
        disabled={disabled}
        onChange={(v) => onChange({ ...value, jumlahHari: Number(v) || 0 })}
      />
      <Select
        label={t('admin.jenisHari')}
        value={value.jenisHari}
        disabled={disabled}
        allowDeselect={false}
        data={[
          { value: 'CALENDAR', label: t('admin.hariKalender') },
          { value: 'WORKING', label: t('admin.hariKerja') },
        ]}
        onChange={(v) => onChange({ ...value, jenisHari: (v ?? 'CALENDAR') as 'CALENDAR' })}
      />
    </Group>
  );
}

function MappingCard({
  title,
  labelPrefix,
  keys,
  value,
  onChange,
  disabled,
}: {
  title: string;
  labelPrefix: string;
  keys: string[];
  value: Record<string, string>;
  onChange: (v: Record<string, string>) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {keys.map((k) => (
          <Select
            key={k}
            label={t(`${labelPrefix}.${k}`)}
            value={value[k]}
            disabled={disabled}
            allowDeselect={false}
            data={RATINGS.map((r) => ({ value: r, label: t(`admin.rating.${r}`) }))}
            onChange={(v) => onChange({ ...value, [k]: v ?? 'SESUAI' })}
          />
        ))}
      </SimpleGrid>
    </Card>
  );
}

export default function PengaturanPage() {
  const { t, i18n } = useTranslation();
  const isAdmin = useIsAdmin();
  const query = useSettings();
  const save = useSaveSettings();
  const [form, setForm] = useState<RuleSettingsForm | null>(null);
  // The version the form was loaded from: a later refetch (window focus, another tab) must not
  // replace what the admin is typing; a save from a stale version is refused (409) instead.
  const [version, setVersion] = useState<number | null>(null);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    if (query.data && version === null) {
      setForm(query.data.settings);
      setVersion(query.data.version);
    }
  }, [query.data, version]);
  if (query.isError && !query.data) return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data || !form || version === null) return <Loading />;
  const lang = i18n.language.startsWith('en') ? 'en' : 'id';
  const set = <K extends keyof RuleSettingsForm>(k: K, v: RuleSettingsForm[K]) => setForm({ ...form, [k]: v });
  const disabled = !isAdmin;
  const conflict = save.error instanceof ApiError && save.error.isConflict;
  const onSave = () =>
    save.mutate(
      { version, settings: form },
      {
        onSuccess: (saved) => {
          setForm(saved.settings);
          setVersion(saved.version);
          notifications.show({ color: 'green', message: t('admin.saved') });
        },
      },
    );
  const reloadLatest = async () => {
    setReloading(true);
    try {
      const fresh = await query.refetch();
      if (fresh.data) {
        setForm(fresh.data.settings);
        setVersion(fresh.data.version);
        save.reset();
      }
    } finally {
      setReloading(false);
    }
  };
  return (
    <Page title={t('admin.pengaturanTitle')} subtitle={t('admin.pengaturanSubtitle')}>
      {conflict ? (
        <ReloadConflictNotice
          title={t('error.conflictTitle')}
          onReload={() => void reloadLatest()}
          reloading={reloading}
        />
      ) : (
        save.isError && <ErrorAlert error={save.error} />
      )}
      <Card withBorder padding="md">
        <Stack>
          <Title order={2} fz="h4">
            {t('admin.periodeDanTenggat')}
          </Title>
          <Select
            label={t('admin.evaluasiPeriodik')}
            value={form.evaluasiPeriodik}
            disabled={disabled}
            allowDeselect={false}
            data={[
              { value: 'QUARTERLY', label: t('admin.triwulanan') },
              { value: 'MONTHLY', label: t('admin.bulanan') },
            ]}
            onChange={(v) => set('evaluasiPeriodik', (v ?? 'QUARTERLY') as 'QUARTERLY')}
          />
          <WindowFields
            label={t('admin.keberatanHari')}
            value={form.keberatan}
            onChange={(v) => set('keberatan', v)}
            disabled={disabled}
          />
          <WindowFields
            label={t('admin.batasPengisianHari')}
            value={form.batasPengisian}
            onChange={(v) => set('batasPengisian', v)}
            disabled={disabled}
          />
          <Group grow>
            <NumberInput
              label={t('admin.batasSkpBulan')}
              min={1}
              max={12}
              value={form.batasPenetapanSkp.bulan}
              disabled={disabled}
              onChange={(v) => set('batasPenetapanSkp', { ...form.batasPenetapanSkp, bulan: Number(v) || 1 })}
            />
            <NumberInput
              label={t('admin.batasSkpTanggal')}
              min={1}
              max={31}
              value={form.batasPenetapanSkp.tanggal}
              disabled={disabled}
              onChange={(v) => set('batasPenetapanSkp', { ...form.batasPenetapanSkp, tanggal: Number(v) || 1 })}
            />
          </Group>
          <Textarea
            label={t('admin.hariLibur')}
            description={t('admin.hariLiburHint')}
            autosize
            minRows={3}
            disabled={disabled}
            value={form.hariLibur.join('\n')}
            onChange={(e) => set('hariLibur', e.currentTarget.value.split(/\s+/).filter(Boolean))}
          />
          <Select
            label={t('admin.tukinPolicy')}
            clearable
            disabled={disabled}
            value={form.tukinPolicyId}
            data={TUKIN_PRESETS.map((p) => ({ value: p.id, label: p.nama[lang] }))}
            onChange={(v) => set('tukinPolicyId', v)}
          />
        </Stack>
      </Card>
      <MappingCard
        title={t('admin.talentaKinerja')}
        labelPrefix="admin.predikat"
        keys={Object.keys(form.talentaKinerja)}
        value={form.talentaKinerja}
        onChange={(v) => set('talentaKinerja', v)}
        disabled={disabled}
      />
      <MappingCard
        title={t('admin.ratingPimpinanUnit')}
        labelPrefix="admin.predikatOrganisasi"
        keys={Object.keys(form.ratingHasilKerjaPimpinanUnit)}
        value={form.ratingHasilKerjaPimpinanUnit}
        onChange={(v) => set('ratingHasilKerjaPimpinanUnit', v)}
        disabled={disabled}
      />
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          {t('admin.distribusi')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('admin.pembulatan')}
            value={form.distribusi.pembulatan}
            disabled={disabled}
            allowDeselect={false}
            data={['CEIL_MIN_FLOOR_MAX', 'HALF_UP', 'FLOOR_MIN_CEIL_MAX'].map((v) => ({
              value: v,
              label: t(`admin.pembulatanOpsi.${v}`),
            }))}
            onChange={(v) => set('distribusi', { ...form.distribusi, pembulatan: v ?? 'CEIL_MIN_FLOOR_MAX' })}
          />
          <Select
            label={t('admin.sebagianBesar')}
            value={form.distribusi.sebagianBesar}
            disabled={disabled}
            allowDeselect={false}
            data={['ADVISORY', 'MAJORITY'].map((v) => ({ value: v, label: t(`admin.sebagianBesarOpsi.${v}`) }))}
            onChange={(v) => set('distribusi', { ...form.distribusi, sebagianBesar: v ?? 'MAJORITY' })}
          />
        </SimpleGrid>
      </Card>
      <Card withBorder padding="md">
        <Stack>
          <Title order={2} fz="h4">
            {t('admin.pelaksanaan')}
          </Title>
          <Switch
            label={t('admin.rencanaAksiWajib')}
            description={t('admin.rencanaAksiWajibHint')}
            checked={form.pelaksanaan.rencanaAksiWajib}
            disabled={disabled}
            onChange={(e) => set('pelaksanaan', { ...form.pelaksanaan, rencanaAksiWajib: e.currentTarget.checked })}
          />
          <NumberInput
            label={t('bukti.pengaturan.maksimum')}
            description={t('bukti.pengaturan.maksimumHelp')}
            min={1}
            max={100}
            value={form.pelaksanaan.buktiMaksimumMb}
            disabled={disabled}
            onChange={(v) =>
              set('pelaksanaan', { ...form.pelaksanaan, buktiMaksimumMb: Math.min(100, Math.max(1, Number(v) || 10)) })
            }
          />
        </Stack>
        <Text fw={600} mb="xs">
          {t('pengaturan360.title')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Switch
            label={t('pengaturan360.aktif')}
            checked={form.pelaksanaan.masukan360.aktif}
            disabled={disabled}
            onChange={(e) =>
              set('pelaksanaan', {
                ...form.pelaksanaan,
                masukan360: { ...form.pelaksanaan.masukan360, aktif: e.currentTarget.checked },
              })
            }
          />
          <NumberInput
            label={t('pengaturan360.minimum')}
            min={3}
            max={50}
            value={form.pelaksanaan.masukan360.minimumJawaban}
            disabled={disabled}
            onChange={(v) =>
              set('pelaksanaan', {
                ...form.pelaksanaan,
                masukan360: { ...form.pelaksanaan.masukan360, minimumJawaban: Math.max(3, Number(v) || 3) },
              })
            }
          />
        </SimpleGrid>
      </Card>
      <MetodePengembanganCard
        value={form.pelaksanaan.metodePengembangan}
        onChange={(m) => set('pelaksanaan', { ...form.pelaksanaan, metodePengembangan: m })}
        disabled={disabled}
      />
      <UnitPenilaianCard
        value={form.evaluasi.unitPenilaian}
        onChange={(v) => set('evaluasi', { ...form.evaluasi, unitPenilaian: v })}
        disabled={disabled}
      />
      {isAdmin && (
        <Group>
          <Button onClick={onSave} loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => setForm(query.data.defaults)}>
            {t('admin.resetDefaults')}
          </Button>
        </Group>
      )}
    </Page>
  );
}
