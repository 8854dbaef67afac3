/** The Pengaturan control of `evaluasi.unitPenilaian` (decision 0501): depth and self-standing unit kinds. */
import { Card, MultiSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface UnitPenilaianSetting {
  kedalaman: number;
  jenisMandiri: string[];
}

const JENIS = ['UPT', 'PUSKESMAS', 'SEKOLAH', 'RUMAH_SAKIT', 'KECAMATAN', 'KELURAHAN', 'BADAN', 'DINAS', 'BAGIAN'];

export function UnitPenilaianCard({
  value,
  onChange,
  disabled,
}: {
  value: UnitPenilaianSetting;
  onChange: (v: UnitPenilaianSetting) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack>
        <Title order={2} fz="h4">
          {t('evaluasi.pengaturan.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('evaluasi.pengaturan.hint')}
        </Text>
        <NumberInput
          label={t('evaluasi.pengaturan.kedalaman')}
          description={t('evaluasi.pengaturan.kedalamanHint')}
          min={0}
          max={10}
          value={value.kedalaman}
          disabled={disabled}
          onChange={(v) => onChange({ ...value, kedalaman: Math.min(10, Math.max(0, Number(v) || 0)) })}
        />
        <MultiSelect
          label={t('evaluasi.pengaturan.jenisMandiri')}
          description={t('evaluasi.pengaturan.jenisMandiriHint')}
          value={value.jenisMandiri}
          disabled={disabled}
          data={[...new Set([...JENIS, ...value.jenisMandiri])].map((j) => ({
            value: j,
            label: t(`enums.jenisUnit.${j}`, { defaultValue: j }),
          }))}
          onChange={(v) => onChange({ ...value, jenisMandiri: v })}
        />
      </Stack>
    </Card>
  );
}
