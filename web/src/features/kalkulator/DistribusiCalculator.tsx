/** Kalkulator distribusi (SE MenPANRB 3/2023): allowed ranges for N, a proposal checked against them. */
import {
  Alert,
  Button,
  Card,
  ColorSwatch,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconWand } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allowedDistribution,
  checkDistribution,
  PEMBULATAN_DISTRIBUSI,
  type PembulatanDistribusi,
  PREDIKAT_LABEL,
  PREDIKAT_ORGANISASI,
  PREDIKAT_ORGANISASI_LABEL,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  SEBAGIAN_BESAR,
  type SebagianBesar,
} from '../../../../src/domain/rules-engine.ts';
import { DistribusiChart } from './DistribusiChart.tsx';
import { exampleDistribution } from './example.ts';
import { breakable, PREDIKAT_COLOR, SumberList, useTeks } from './shared.tsx';

const MAX_N = 100_000;
const EMPTY: Record<Predikat, number> = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };

function toCount(value: string | number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(MAX_N, Math.max(0, Math.floor(n))) : 0;
}

export function DistribusiCalculator() {
  const { t } = useTranslation();
  const tx = useTeks();
  const [org, setOrg] = useState<PredikatOrganisasi>('BAIK');
  const [n, setN] = useState(10);
  const [counts, setCounts] = useState<Record<Predikat, number>>({
    ...EMPTY,
    SANGAT_BAIK: 1,
    BAIK: 7,
    BUTUH_PERBAIKAN: 2,
  });
  const [pembulatan, setPembulatan] = useState<PembulatanDistribusi>('CEIL_MIN_FLOOR_MAX');
  const [sebagianBesar, setSebagianBesar] = useState<SebagianBesar>('MAJORITY');

  const allowed = useMemo(
    () => allowedDistribution(org, n, { pembulatan, sebagianBesar }),
    [org, n, pembulatan, sebagianBesar],
  );
  const sum = PREDIKATS.reduce((s, p) => s + counts[p], 0);
  const check = useMemo(
    () => (sum === n ? checkDistribution(org, counts, { pembulatan, sebagianBesar }) : null),
    [org, counts, sum, n, pembulatan, sebagianBesar],
  );
  const groups = allowed.batasan.filter((b) => b.kelompok);

  return (
    <Stack gap="md">
      <Text size="sm">{t('kalkulator.distribusi.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('kalkulator.distribusi.predikatOrganisasi')}
          value={org}
          onChange={(e) => setOrg(e.currentTarget.value as PredikatOrganisasi)}
          data={PREDIKAT_ORGANISASI.map((o) => ({ value: o, label: tx(PREDIKAT_ORGANISASI_LABEL[o]) }))}
        />
        <NumberInput
          label={t('kalkulator.distribusi.n')}
          value={n}
          min={0}
          max={MAX_N}
          allowDecimal={false}
          allowNegative={false}
          onChange={(v) => setN(toCount(v))}
        />
      </SimpleGrid>

      <Card withBorder radius="md" padding="sm">
        <Text fw={600} size="sm" mb={4}>
          {t('kalkulator.distribusi.pengaturan')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('kalkulator.distribusi.pembulatan')}
            value={pembulatan}
            onChange={(e) => setPembulatan(e.currentTarget.value as PembulatanDistribusi)}
            data={PEMBULATAN_DISTRIBUSI.map((v) => ({
              value: v,
              label: t(`kalkulator.distribusi.pembulatanOpsi.${v}`),
            }))}
          />
          <NativeSelect
            label={t('kalkulator.distribusi.sebagianBesar')}
            value={sebagianBesar}
            onChange={(e) => setSebagianBesar(e.currentTarget.value as SebagianBesar)}
            data={SEBAGIAN_BESAR.map((v) => ({ value: v, label: t(`kalkulator.distribusi.sebagianBesarOpsi.${v}`) }))}
          />
        </SimpleGrid>
      </Card>

      <Card withBorder radius="md" padding="sm">
        <Title order={3} fz="h5" mb="xs">
          {t('kalkulator.distribusi.chartTitle')} — {tx(PREDIKAT_ORGANISASI_LABEL[org])}
        </Title>
        <DistribusiChart
          rentang={allowed.rentangTercapai}
          usulan={counts}
          title={t('kalkulator.distribusi.chartTitle')}
        />
      </Card>

      <div>
        <Group justify="space-between" align="flex-end" mb={4} gap="xs">
          <Text fw={600} size="sm">
            {t('kalkulator.distribusi.usulan')}
          </Text>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconWand size={14} />}
            onClick={() => setCounts(exampleDistribution(allowed))}
          >
            {t('kalkulator.distribusi.isiUsulan')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
          {PREDIKATS.map((p) => (
            <NumberInput
              key={p}
              label={tx(PREDIKAT_LABEL[p])}
              value={counts[p]}
              min={0}
              max={MAX_N}
              allowDecimal={false}
              allowNegative={false}
              onChange={(v) => setCounts((c) => ({ ...c, [p]: toCount(v) }))}
            />
          ))}
        </SimpleGrid>
      </div>

      {check === null ? (
        <Alert color="blue" icon={<IconAlertTriangle size={18} />} role="status">
          {t('kalkulator.distribusi.belumLengkap', { sum, n })}
        </Alert>
      ) : check.sesuai ? (
        <Alert
          color="green"
          icon={<IconCircleCheck size={18} />}
          title={t('kalkulator.distribusi.sesuai')}
          role="status"
        >
          {tx(check.explanation)}
        </Alert>
      ) : (
        <Alert color="red" icon={<IconCircleX size={18} />} title={t('kalkulator.distribusi.tidakSesuai')} role="alert">
          <List size="sm" spacing={4}>
            {check.pelanggaran.map((v) => (
              <List.Item key={v.aturan}>{tx(v.message)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {check && check.peringatan.length > 0 && (
        <Alert color="yellow" title={t('kalkulator.distribusi.peringatan')}>
          <List size="sm">
            {check.peringatan.map((w) => (
              <List.Item key={w.aturan}>{tx(w.message)}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <div>
        <Text fw={600} size="sm" mb={4}>
          {t('kalkulator.distribusi.tabel', { n })}
        </Text>
        <Table striped withTableBorder fz="xs" verticalSpacing={4} horizontalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="40%">{t('kalkulator.distribusi.kolomPredikat')}</Table.Th>
              <Table.Th>{t('kalkulator.distribusi.kolomRentang')}</Table.Th>
              <Table.Th>{t('kalkulator.distribusi.kolomTercapai')}</Table.Th>
              <Table.Th>{t('kalkulator.distribusi.kolomUsulan')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PREDIKATS.map((p) => {
              const r = allowed.rentang[p];
              const a = allowed.rentangTercapai[p];
              const inside = counts[p] >= a.min && counts[p] <= a.max;
              return (
                <Table.Tr key={p} data-testid={`rentang-${p}`}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" align="center">
                      <ColorSwatch size={10} color={`var(--mantine-color-${PREDIKAT_COLOR[p]}-6)`} withShadow={false} />
                      <Text size="xs">{breakable(tx(PREDIKAT_LABEL[p]))}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>{`${r.min}–${r.max}`}</Table.Td>
                  <Table.Td>{`${a.min}–${a.max}`}</Table.Td>
                  <Table.Td c={inside ? undefined : 'red'} fw={inside ? undefined : 700}>
                    {counts[p]}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {groups.length > 0 && (
          <List size="xs" mt={4} c="dimmed">
            {groups.map((g) => (
              <List.Item key={g.aturan}>
                {t('kalkulator.distribusi.kelompok')}: {tx(g.teks)} (≥ {g.jumlah})
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          {tx(allowed.selebihnya)}
        </Text>
        {allowed.catatan.length > 0 && (
          <List size="xs" mt={4} c="orange">
            {allowed.catatan.map((c) => (
              <List.Item key={c.id}>{tx(c)}</List.Item>
            ))}
          </List>
        )}
      </div>
      <SumberList sumber={allowed.sumber} />
    </Stack>
  );
}
