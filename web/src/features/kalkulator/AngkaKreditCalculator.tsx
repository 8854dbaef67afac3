/** Angka kredit calculator (PermenPANRB 1/2023, Peraturan BKN 3/2023) with optional progress to promotion. */
import {
  Alert,
  Badge,
  Card,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  angkaKredit,
  type Golongan,
  JENJANG_AK,
  JENJANG_LABEL,
  JENJANGS,
  type Jenjang,
  PREDIKAT_LABEL,
  PREDIKATS,
  type Predikat,
  progressToPromotion,
  type TargetKenaikan,
} from '../../../../src/domain/rules-engine.ts';
import { SumberList, useNumber, useTeks } from './shared.tsx';

export function AngkaKreditCalculator() {
  const { t } = useTranslation();
  const tx = useTeks();
  const num = useNumber();
  const [jenjang, setJenjang] = useState<Jenjang>('AHLI_PERTAMA');
  const [predikat, setPredikat] = useState<Predikat>('BAIK');
  const [bulan, setBulan] = useState(12);
  const [golongan, setGolongan] = useState<Golongan | ''>('');
  const [kumulatif, setKumulatif] = useState<number | ''>('');

  const golonganOptions = JENJANG_AK[jenjang].golongan;
  const validGolongan = golongan && golonganOptions.includes(golongan) ? golongan : undefined;
  const result = angkaKredit({ jenjang, predikat, bulan });
  const progres =
    kumulatif === ''
      ? null
      : progressToPromotion({ jenjang, golongan: validGolongan, cumulative: kumulatif + result.angkaKredit });

  const target = (label: string, x: TargetKenaikan) => (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{label}:</Text>
        <Badge color={x.tercapai ? 'green' : 'orange'} variant="light" style={{ textTransform: 'none' }}>
          {x.tercapai
            ? t('kalkulator.ak.tercapai', { target: num(x.target) })
            : t('kalkulator.ak.kurang', { kurang: num(x.kekurangan), target: num(x.target) })}
        </Badge>
      </Group>
    </List.Item>
  );

  return (
    <Stack gap="md">
      <Text size="sm">{t('kalkulator.ak.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t('kalkulator.ak.jenjang')}
          value={jenjang}
          onChange={(e) => {
            setJenjang(e.currentTarget.value as Jenjang);
            setGolongan('');
          }}
          data={JENJANGS.map((j) => ({ value: j, label: tx(JENJANG_LABEL[j]) }))}
        />
        <NativeSelect
          label={t('kalkulator.ak.predikat')}
          value={predikat}
          onChange={(e) => setPredikat(e.currentTarget.value as Predikat)}
          data={PREDIKATS.map((p) => ({ value: p, label: tx(PREDIKAT_LABEL[p]) }))}
        />
        <NumberInput
          label={t('kalkulator.ak.bulan')}
          value={bulan}
          min={1}
          max={12}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          onChange={(v) => setBulan(Math.min(12, Math.max(1, Math.floor(Number(v) || 1))))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('kalkulator.ak.golongan')}
          value={validGolongan ?? ''}
          onChange={(e) => setGolongan(e.currentTarget.value as Golongan | '')}
          data={[{ value: '', label: '—' }, ...golonganOptions.map((g) => ({ value: g, label: g }))]}
        />
        <NumberInput
          label={t('kalkulator.ak.kumulatif')}
          value={kumulatif}
          min={0}
          max={100_000}
          decimalScale={3}
          allowNegative={false}
          onChange={(v) => setKumulatif(v === '' ? '' : Math.max(0, Number(v) || 0))}
        />
      </SimpleGrid>

      <Card withBorder radius="md" padding="md">
        <Text size="sm" c="dimmed">
          {t('kalkulator.ak.hasil')}
        </Text>
        <Title order={3} fz="h2" data-testid="ak-hasil">
          {num(result.angkaKreditDibulatkan)}
        </Title>
        <Text size="xs" c="dimmed">
          {t('kalkulator.ak.tepat', { value: num(result.angkaKredit, 6) })}
        </Text>
        <Text size="sm" mt="xs">
          {t('kalkulator.ak.rumus')}: {tx(result.rumus)}
        </Text>
        <Text size="sm" mt={4}>
          {tx(result.explanation)}
        </Text>
      </Card>

      {progres && (
        <Alert color="blue" title={t('kalkulator.ak.progres')}>
          <List spacing={4}>
            {progres.kenaikanPangkat ? (
              target(
                t('kalkulator.ak.pangkat', { golongan: progres.kenaikanPangkat.golonganTujuan }),
                progres.kenaikanPangkat,
              )
            ) : (
              <List.Item>{t('kalkulator.ak.puncak')}</List.Item>
            )}
            {progres.kenaikanJenjang &&
              target(
                t('kalkulator.ak.jenjangBerikut', {
                  jenjang: tx(JENJANG_LABEL[progres.kenaikanJenjang.jenjangTujuan]),
                }),
                progres.kenaikanJenjang,
              )}
          </List>
          <List size="xs" c="dimmed" mt="xs">
            {progres.catatan.map((c) => (
              <List.Item key={c.id}>{tx(c)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SumberList sumber={progres ? [...result.citation, ...progres.citation] : result.citation} />
    </Stack>
  );
}
