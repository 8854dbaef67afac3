/** Talent 9-box calculator (PermenPANRB 3/2020): kinerja (or a predikat) × potensial → box and actions. */
import { Alert, Badge, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KOTAK_TALENTA,
  kotakTalenta,
  POTENSI_LABEL,
  POTENSIS,
  type Potensi,
  PREDIKAT_LABEL,
  PREDIKATS,
  type Predikat,
  RATING_LABEL,
  RATINGS,
  type Rating,
} from '../../../../src/domain/rules-engine.ts';
import { SumberList, useTeks } from './shared.tsx';

const ROWS: Rating[] = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];
const COLS: Potensi[] = ['RENDAH', 'MENENGAH', 'TINGGI'];

export function TalentaCalculator() {
  const { t } = useTranslation();
  const tx = useTeks();
  const [kinerja, setKinerja] = useState<Rating | Predikat>('SESUAI');
  const [potensi, setPotensi] = useState<Potensi>('TINGGI');
  const result = kotakTalenta(kinerja, potensi);

  return (
    <Stack gap="md">
      <Text size="sm">{t('kalkulator.talenta.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('kalkulator.talenta.kinerja')}
          value={kinerja}
          onChange={(e) => setKinerja(e.currentTarget.value as Rating | Predikat)}
          data={[
            {
              group: t('kalkulator.talenta.kinerja'),
              items: RATINGS.map((r) => ({ value: r, label: tx(RATING_LABEL[r]) })),
            },
            {
              group: t('kalkulator.ak.predikat'),
              items: PREDIKATS.map((p) => ({
                value: p,
                label: t('kalkulator.talenta.kinerjaDariPredikat', { predikat: tx(PREDIKAT_LABEL[p]) }),
              })),
            },
          ]}
        />
        <NativeSelect
          label={t('kalkulator.talenta.potensi')}
          value={potensi}
          onChange={(e) => setPotensi(e.currentTarget.value as Potensi)}
          data={POTENSIS.map((p) => ({ value: p, label: tx(POTENSI_LABEL[p]) }))}
        />
      </SimpleGrid>

      <Table withTableBorder withColumnBorders fz="xs" layout="fixed" aria-label={t('kalkulator.talenta.grid')}>
        <Table.Caption>{t('kalkulator.talenta.grid')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%" />
            {COLS.map((c) => (
              <Table.Th key={c} ta="center">
                {tx(POTENSI_LABEL[c])}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map((r) => (
            <Table.Tr key={r}>
              <Table.Th scope="row">{tx(RATING_LABEL[r])}</Table.Th>
              {COLS.map((c) => {
                const box = KOTAK_TALENTA.find((b) => b.kinerja === r && b.potensi === c)?.kotak ?? 0;
                const selected = box === result.kotak;
                const pool = box >= 7;
                return (
                  <Table.Td
                    key={c}
                    p={0}
                    bg={selected ? 'var(--mantine-color-blue-2)' : pool ? 'var(--mantine-color-green-0)' : undefined}
                    style={
                      selected ? { outline: '2px solid var(--mantine-color-dark-4)', outlineOffset: -2 } : undefined
                    }
                  >
                    <UnstyledButton
                      w="100%"
                      p={4}
                      aria-pressed={selected}
                      data-testid={`kotak-${box}`}
                      onClick={() => {
                        setKinerja(r);
                        setPotensi(c);
                      }}
                      style={{ textAlign: 'center', minHeight: 44 }}
                    >
                      <Text size="lg" fw={selected ? 800 : 500}>
                        {box}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Alert
        color={result.isSuksesi ? 'green' : 'blue'}
        title={t('kalkulator.talenta.kotak', { n: result.kotak })}
        role="status"
      >
        <Group gap="xs" mb="xs">
          <Text fw={600} size="sm" data-testid="kotak-label">
            {tx(result.label)}
          </Text>
          {result.isSuksesi && (
            <Badge color="green" style={{ textTransform: 'none' }}>
              {t('kalkulator.talenta.suksesi')}
            </Badge>
          )}
        </Group>
        <Text size="sm" fw={600}>
          {t('kalkulator.talenta.rekomendasi')}
        </Text>
        <List size="sm">
          {result.rekomendasi.map((r) => (
            <List.Item key={r.id}>{tx(r)}</List.Item>
          ))}
        </List>
        <Text size="xs" mt="xs" c="dimmed">
          {tx(result.explanation)}
        </Text>
      </Alert>
      <SumberList sumber={result.citation} />
    </Stack>
  );
}
