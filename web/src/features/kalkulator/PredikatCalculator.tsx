/** Predikat calculator: the PermenPANRB 6/2022 quadrant as a 3×3 grid with the chosen cell highlighted. */
import { Alert, Badge, NativeSelect, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KUADRAN_6_2022,
  PREDIKAT_LABEL,
  predikatFromRatings,
  RATING_LABEL,
  RATINGS,
  type Rating,
} from '../../../../src/domain/rules-engine.ts';
import { breakable, PREDIKAT_COLOR, SumberList, useTeks } from './shared.tsx';

/** Rows top to bottom (results above → below), columns left to right (behaviour below → above), as on the form. */
const ROWS: Rating[] = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];
const COLS: Rating[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

export function PredikatCalculator() {
  const { t } = useTranslation();
  const tx = useTeks();
  const [hasilKerja, setHasilKerja] = useState<Rating>('SESUAI');
  const [perilaku, setPerilaku] = useState<Rating>('SESUAI');
  const result = predikatFromRatings(hasilKerja, perilaku);
  const ratingOptions = RATINGS.map((r) => ({ value: r, label: tx(RATING_LABEL[r]) }));

  return (
    <Stack gap="md">
      <Text size="sm">{t('kalkulator.predikat.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('kalkulator.predikat.hasilKerja')}
          value={hasilKerja}
          onChange={(e) => setHasilKerja(e.currentTarget.value as Rating)}
          data={ratingOptions}
        />
        <NativeSelect
          label={t('kalkulator.predikat.perilaku')}
          value={perilaku}
          onChange={(e) => setPerilaku(e.currentTarget.value as Rating)}
          data={ratingOptions}
        />
      </SimpleGrid>

      <Table withTableBorder withColumnBorders fz="xs" layout="fixed" aria-label={t('kalkulator.predikat.kuadran')}>
        <Table.Caption>{t('kalkulator.predikat.kuadran')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%" />
            {COLS.map((c) => (
              <Table.Th key={c} ta="center">
                {tx(RATING_LABEL[c])}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map((r) => (
            <Table.Tr key={r}>
              <Table.Th scope="row">{tx(RATING_LABEL[r])}</Table.Th>
              {COLS.map((c) => {
                const p = KUADRAN_6_2022[r][c];
                const selected = r === hasilKerja && c === perilaku;
                return (
                  <Table.Td
                    key={c}
                    p={0}
                    bg={selected ? `var(--mantine-color-${PREDIKAT_COLOR[p]}-2)` : undefined}
                    style={
                      selected ? { outline: '2px solid var(--mantine-color-dark-4)', outlineOffset: -2 } : undefined
                    }
                  >
                    <UnstyledButton
                      w="100%"
                      p={4}
                      aria-pressed={selected}
                      data-testid={`kuadran-${r}-${c}`}
                      onClick={() => {
                        setHasilKerja(r);
                        setPerilaku(c);
                      }}
                      style={{ textAlign: 'center', minHeight: 44 }}
                    >
                      <Text fz={11} fw={selected ? 700 : 400}>
                        {breakable(tx(PREDIKAT_LABEL[p]))}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Alert color={PREDIKAT_COLOR[result.predikat]} title={t('kalkulator.predikat.hasil')} role="status">
        <Badge
          size="lg"
          color={PREDIKAT_COLOR[result.predikat]}
          style={{ textTransform: 'none' }}
          data-testid="predikat-hasil"
        >
          {tx(result.label)}
        </Badge>
        <Text size="sm" mt="xs">
          {tx(result.explanation)}
        </Text>
      </Alert>
      <SumberList sumber={[result.citation]} />
    </Stack>
  );
}
