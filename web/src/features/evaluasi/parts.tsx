/** Small pieces shared by the evaluation pages: the period picker and the status / predikat badges. */
import { Badge, Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERIODE_BULAN, PERIODE_TRIWULAN, type StatusEvaluasi, type Teks } from './api.ts';

export function useTeks() {
  const { i18n } = useTranslation();
  return (t: Teks) => (i18n.language === 'en' ? t.en : t.id);
}

export const TAHUN_INI = Number(new Date().toISOString().slice(0, 4));

export function PeriodePicker({
  tahun,
  periode,
  onChange,
  bulanan = false,
}: {
  tahun: number;
  periode: string;
  onChange: (tahun: number, periode: string) => void;
  bulanan?: boolean;
}) {
  const { t } = useTranslation();
  const kode = bulanan ? PERIODE_BULAN : PERIODE_TRIWULAN;
  const label = (k: string) =>
    k.startsWith('B') ? t('evaluasi.bulan', { n: Number(k.slice(1)) }) : t(`evaluasi.periodeOpsi.${k}`);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NumberInput
        label={t('evaluasi.tahun')}
        value={tahun}
        min={2000}
        max={2100}
        w={110}
        onChange={(v) => onChange(Number(v) || TAHUN_INI, periode)}
      />
      <Select
        label={t('evaluasi.periode')}
        value={periode}
        allowDeselect={false}
        w={200}
        data={kode.map((k) => ({ value: k, label: label(k) }))}
        onChange={(v) => onChange(tahun, v ?? periode)}
      />
    </Group>
  );
}

const WARNA: Record<StatusEvaluasi | 'BELUM', string> = {
  BELUM: 'gray',
  DRAFT: 'yellow',
  DITETAPKAN: 'blue',
  DITERIMA: 'teal',
  KEBERATAN: 'orange',
  FINAL: 'green',
};

export function StatusBadge({ status }: { status: StatusEvaluasi | 'BELUM' }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA[status]} variant="light">
      {t(`evaluasi.status.${status}`)}
    </Badge>
  );
}

export function PredikatBadge({ predikat }: { predikat: string | null }) {
  const { t } = useTranslation();
  if (!predikat) return null;
  return (
    <Badge color={predikat === 'SANGAT_BAIK' || predikat === 'BAIK' ? 'green' : 'red'} variant="outline">
      {t(`evaluasi.predikat.${predikat}`)}
    </Badge>
  );
}
