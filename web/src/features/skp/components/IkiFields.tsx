/** Editable IKI rows of an RHK: aspek, indikator and the target (value + unit, or narrative). */
import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ASPEK, type Aspek, type Pendekatan, type RhkInput } from '../api/types.ts';

export type IkiDraft = RhkInput['iki'][number];

export function emptyIki(aspek: Aspek = 'KUANTITAS'): IkiDraft {
  return { aspek, indikator: '', targetNilai: null, targetSatuan: '', targetTeks: '' };
}

export function IkiFields({
  rows,
  onChange,
  pendekatan,
  showErrors,
}: {
  rows: IkiDraft[];
  onChange: (rows: IkiDraft[]) => void;
  pendekatan: Pendekatan;
  showErrors: boolean;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<IkiDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const aspekData = ASPEK.map((a) => ({ value: a, label: t(`skp.aspek.${a}`) }));
  return (
    <Stack gap="xs">
      {rows.map((r, i) => (
        <Fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is the identity
          key={i}
          legend={t('skp.rhkForm.ikiN', { n: i + 1 })}
          p="xs"
        >
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Select
                label={t('skp.rhkForm.aspek')}
                data={aspekData}
                value={r.aspek}
                onChange={(v) => v && set(i, { aspek: v as Aspek })}
                allowDeselect={false}
                w={140}
                comboboxProps={{ withinPortal: true }}
              />
              <div style={{ flex: 1 }} />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                aria-label={t('skp.rhkForm.removeIki', { n: i + 1 })}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
            <Textarea
              label={t('skp.rhkForm.indikator')}
              value={r.indikator}
              onChange={(e) => set(i, { indikator: e.currentTarget.value })}
              autosize
              minRows={1}
              required
              error={showErrors && !r.indikator.trim() ? t('common.required') : undefined}
            />
            {pendekatan === 'KUANTITATIF' ? (
              <Group gap="xs" grow wrap="nowrap">
                <NumberInput
                  label={t('skp.rhkForm.targetNilai')}
                  value={r.targetNilai ?? ''}
                  onChange={(v) => set(i, { targetNilai: v === '' ? null : Number(v) })}
                  decimalSeparator=","
                  thousandSeparator="."
                  min={0}
                  miw={0}
                />
                <TextInput
                  label={t('skp.rhkForm.targetSatuan')}
                  placeholder={t('skp.rhkForm.satuanPlaceholder')}
                  value={r.targetSatuan ?? ''}
                  onChange={(e) => set(i, { targetSatuan: e.currentTarget.value })}
                  miw={0}
                />
              </Group>
            ) : (
              <Textarea
                label={t('skp.rhkForm.targetTeks')}
                value={r.targetTeks ?? ''}
                onChange={(e) => set(i, { targetTeks: e.currentTarget.value })}
                autosize
                minRows={2}
              />
            )}
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...rows, emptyIki(nextAspek(rows))])}
        >
          {t('skp.rhkForm.addIki')}
        </Button>
      </Group>
    </Stack>
  );
}

function nextAspek(rows: IkiDraft[]): Aspek {
  return ASPEK.find((a) => !rows.some((r) => r.aspek === a)) ?? 'KUANTITAS';
}
