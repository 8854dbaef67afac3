/** The atasan's decision: keep, or change the ratings (the predikat follows from the quadrant); final. */
import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type Kasus, predikatDari, RATINGS, type Rating, usePutuskan } from './api.ts';

const MIN = 10;

export function KeputusanForm({ k, onReload }: { k: Kasus; onReload: () => void }) {
  const { t } = useTranslation();
  const putuskan = usePutuskan(k.id);
  const [keputusan, setKeputusan] = useState<'TETAP' | 'UBAH'>('TETAP');
  const [hk, setHk] = useState<Rating>((k.evaluasi.ratingHasilKerja ?? 'SESUAI') as Rating);
  const [rp, setRp] = useState<Rating>((k.evaluasi.ratingPerilaku ?? 'SESUAI') as Rating);
  const [alasan, setAlasan] = useState('');
  const ratingData = RATINGS.map((r) => ({ value: r, label: t(`keberatan.rating.${r}`) }));
  const pendek = alasan.trim().length < MIN;
  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (pendek || !window.confirm(t('keberatan.kasus.konfirmasi'))) return;
        putuskan.mutate({
          version: k.version,
          keputusan,
          alasan: alasan.trim(),
          ...(keputusan === 'UBAH' ? { ratingHasilKerja: hk, ratingPerilaku: rp } : {}),
        });
      }}
    >
      <Radio.Group
        value={keputusan}
        onChange={(v) => setKeputusan(v as 'TETAP' | 'UBAH')}
        label={t('keberatan.kasus.putuskan')}
      >
        <Stack gap={6} mt={4}>
          <Radio value="TETAP" label={t('keberatan.kasus.tetap')} />
          <Radio value="UBAH" label={t('keberatan.kasus.ubah')} />
        </Stack>
      </Radio.Group>
      {keputusan === 'UBAH' && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('keberatan.hasilKerja')}
              data={ratingData}
              value={hk}
              onChange={(v) => v && setHk(v as Rating)}
              allowDeselect={false}
            />
            <Select
              label={t('keberatan.perilaku')}
              data={ratingData}
              value={rp}
              onChange={(v) => v && setRp(v as Rating)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Text size="sm" fw={600} aria-live="polite">
            {t('keberatan.kasus.predikatBaru', { predikat: t(`keberatan.predikatOpsi.${predikatDari(hk, rp)}`) })}
          </Text>
        </>
      )}
      <Textarea
        label={t('keberatan.kasus.alasanKeputusan')}
        required
        autosize
        minRows={3}
        maxLength={5000}
        value={alasan}
        onChange={(e) => setAlasan(e.currentTarget.value)}
      />
      {putuskan.isError && <ErrorAlert error={putuskan.error} onRetry={onReload} />}
      <Group>
        <Button type="submit" color="teal" loading={putuskan.isPending} disabled={pendek}>
          {t('keberatan.kasus.simpanKeputusan')}
        </Button>
      </Group>
    </Stack>
  );
}
