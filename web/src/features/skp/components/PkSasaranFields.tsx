/** Editable sasaran of a Perjanjian Kinerja, each with indicators, targets and units. */
import { ActionIcon, Button, Fieldset, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PkIndikatorRow, PkSasaranRow } from '../api/planning-types.ts';
import { angka } from './ikiText.ts';

export const emptyIndikator = (): PkIndikatorRow => ({
  indikator: '',
  targetNilai: null,
  satuan: '',
  targetTeks: null,
});
export const emptySasaran = (): PkSasaranRow => ({ sasaran: '', indikator: [emptyIndikator()] });

export function PkSasaranFields({
  rows,
  onChange,
  readOnly,
}: {
  rows: PkSasaranRow[];
  onChange: (rows: PkSasaranRow[]) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const setS = (i: number, patch: Partial<PkSasaranRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setI = (i: number, k: number, patch: Partial<PkIndikatorRow>) =>
    setS(i, { indikator: rows[i].indikator.map((x, j) => (j === k ? { ...x, ...patch } : x)) });
  return (
    <Stack gap="sm">
      {rows.map((s, i) => (
        <Fieldset key={s.id ?? i} legend={t('skp.pk.sasaranN', { n: i + 1 })} disabled={readOnly}>
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Textarea
                label={t('skp.pk.sasaran')}
                value={s.sasaran}
                onChange={(e) => setS(i, { sasaran: e.currentTarget.value })}
                autosize
                minRows={1}
                style={{ flex: 1 }}
              />
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  aria-label={t('skp.pk.removeSasaran', { n: i + 1 })}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              )}
            </Group>
            {s.indikator.map((ind, k) => (
              <Group key={ind.id ?? k} gap="xs" align="flex-end" wrap="wrap" pl={{ base: 0, sm: 'md' }}>
                <TextInput
                  label={t('skp.pk.indikatorN', { n: k + 1 })}
                  value={ind.indikator}
                  onChange={(e) => setI(i, k, { indikator: e.currentTarget.value })}
                  style={{ flex: '1 1 260px' }}
                />
                <NumberInput
                  label={t('skp.pk.target')}
                  value={angka(ind.targetNilai) ?? ''}
                  onChange={(v) => setI(i, k, { targetNilai: v === '' ? null : Number(v) })}
                  decimalSeparator=","
                  thousandSeparator="."
                  w={110}
                />
                <TextInput
                  label={t('skp.pk.satuan')}
                  value={ind.satuan ?? ''}
                  onChange={(e) => setI(i, k, { satuan: e.currentTarget.value })}
                  w={120}
                />
                <TextInput
                  label={t('skp.pk.targetTeks')}
                  value={ind.targetTeks ?? ''}
                  onChange={(e) => setI(i, k, { targetTeks: e.currentTarget.value })}
                  w={150}
                />
                {!readOnly && s.indikator.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    onClick={() => setS(i, { indikator: s.indikator.filter((_, j) => j !== k) })}
                    aria-label={t('skp.pk.removeIndikator', { n: k + 1, s: i + 1 })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!readOnly && (
              <Group>
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setS(i, { indikator: [...s.indikator, emptyIndikator()] })}
                >
                  {t('skp.pk.addIndikator')}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      ))}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onChange([...rows, emptySasaran()])}
          >
            {t('skp.pk.addSasaran')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
