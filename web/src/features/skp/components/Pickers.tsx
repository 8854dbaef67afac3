/** Year and unit pickers shared by the planning pages. */
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UnitPicker, useOwnUnitRoots } from '../../org/UnitPicker.tsx';

export function currentYear(): number {
  return new Date().getFullYear();
}

/** Years from two back to one ahead of the current one. */
export function yearOptions(extra?: number | null): string[] {
  const y = currentYear();
  const years = new Set([y + 1, y, y - 1, y - 2]);
  if (extra) years.add(extra);
  return [...years].sort((a, b) => b - a).map(String);
}

export function YearSelect({
  value,
  onChange,
  withAll,
  w = 120,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  withAll?: boolean;
  w?: number | string;
}) {
  const { t } = useTranslation();
  const data = [
    ...(withAll ? [{ value: '', label: t('skp.common.allYears') }] : []),
    ...yearOptions(value).map((y) => ({ value: y, label: y })),
  ];
  return (
    <Select
      label={t('skp.common.tahun')}
      data={data}
      value={value === null ? '' : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      allowDeselect={false}
      w={w}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function UnitSelect({
  value,
  onChange,
  w = 320,
}: {
  value: string | null;
  onChange: (id: string) => void;
  w?: number | string;
}) {
  const { t } = useTranslation();
  const dalam = useOwnUnitRoots();
  return (
    <UnitPicker label={t('skp.common.unit')} value={value} onChange={(v) => v && onChange(v)} dalam={dalam} w={w} />
  );
}
