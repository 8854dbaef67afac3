/** The evaluation a keberatan is about: period, appraiser, the two ratings and the predikat. */
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluasiRingkas, Hasil } from './api.ts';
import { periodeLabel } from './parts.tsx';

export function EvaluasiRingkasCard({ e, hasil, title }: { e: EvaluasiRingkas; hasil?: Hasil | null; title?: string }) {
  const { t } = useTranslation();
  const hk = hasil?.ratingHasilKerja ?? e.ratingHasilKerja;
  const rp = hasil?.ratingPerilaku ?? e.ratingPerilaku;
  const pr = hasil?.predikat ?? e.predikat;
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Text fw={600}>{title ?? periodeLabel(e, t)}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4}>
          <Text size="sm">
            {t('keberatan.pegawai')}: {e.pegawai.nama}
          </Text>
          {e.penilai && (
            <Text size="sm">
              {t('keberatan.penilai')}: {e.penilai.nama}
            </Text>
          )}
          <Text size="sm">
            {t('keberatan.hasilKerja')}: {hk ? t(`keberatan.rating.${hk}`) : '—'}
          </Text>
          <Text size="sm">
            {t('keberatan.perilaku')}: {rp ? t(`keberatan.rating.${rp}`) : '—'}
          </Text>
          <Text size="sm" fw={600}>
            {t('keberatan.predikat')}: {pr ? t(`keberatan.predikatOpsi.${pr}`) : '—'}
          </Text>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
