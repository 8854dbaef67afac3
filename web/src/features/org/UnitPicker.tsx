/**
 * A unit picker that searches on the server (GET /units/cabang) instead of downloading every unit:
 * at 100,000 pegawai the flat list is ~10,000 units and 4.6 MiB. Opened empty it offers the top
 * two levels (or, with `dalam`, the caller's own units and their children); typing asks the
 * server for matching units anywhere below, each shown with where it sits. The unit it holds is
 * named by one small request (`?id=`).
 */
import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, tenant } from '../../api/client.ts';
import { orgKeys } from '../../api/org.ts';
import type { UnitTreeLevel, UnitTreeNode } from '../../api/types.ts';
import { useInstansiId, useSession } from '../../auth/session.tsx';

interface Option {
  value: string;
  label: string;
  /** Where the unit sits ("Dinas … › Bidang …"), shown under its name. */
  letak: string;
}

const cabang = (iid: string, params: Record<string, string>, signal?: AbortSignal) =>
  api<UnitTreeLevel>(tenant(iid, `/units/cabang?${new URLSearchParams(params)}`), { signal });

/** Options from one answer: the matches of a search, else every unit it lists. */
function optionsOf(level: UnitTreeLevel | undefined): Option[] {
  if (!level) return [];
  const byId = new Map(level.items.map((u) => [u.id, u]));
  const letak = (u: UnitTreeNode) => {
    const names: string[] = [];
    for (let p = u.parentId ? byId.get(u.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined)
      names.unshift(p.nama);
    return names.join(' › ');
  };
  const shown = level.cocok.length ? level.cocok.flatMap((id) => byId.get(id) ?? []) : level.items;
  // Names repeat across a tenant (every OPD has a "Subbagian Umum"): the code tells them apart.
  return shown.map((u) => ({ value: u.id, label: `${u.nama} (${u.kode})`, letak: letak(u) }));
}

/**
 * The units a picker keeps to: a unit admin's own units (undefined — every unit — for tenant-wide
 * roles and for accounts that administer no unit), so nobody is offered a unit the server refuses.
 */
export function useOwnUnitRoots(): string[] | undefined {
  const { me, instansiId, hasRole } = useSession();
  if (hasRole('SUPER_ADMIN', 'ADMIN_INSTANSI', 'AUDITOR')) return undefined;
  const own = me.unitAdmin.filter((u) => u.instansiId === instansiId && u.unitId).map((u) => u.unitId as string);
  return own.length ? own : undefined;
}

/** One unit's name and place, for showing a unit id (one small request, cached). */
export function useUnitName(unitId: string | null | undefined) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: [...orgKeys.units(iid), 'cabang', 'satu', unitId],
    queryFn: ({ signal }) => cabang(iid, { id: unitId as string }, signal),
    enabled: !!unitId,
    staleTime: 5 * 60_000,
    select: (level) => optionsOf(level)[0] ?? null,
  });
}

export function UnitPicker({
  value,
  onChange,
  label,
  placeholder,
  dalam,
  error,
  required,
  disabled,
  clearable,
  w,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  placeholder?: string;
  /** Only these units and what lies below them (a unit admin's own units). */
  dalam?: string[];
  error?: string;
  required?: boolean;
  disabled?: boolean;
  clearable?: boolean;
  w?: number | string;
}) {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const [search, setSearch] = useState('');
  // The label of the unit picked in this session (so picking one does not ask for its name).
  const [picked, setPicked] = useState<Option | null>(null);
  const held = useUnitName(value && picked?.value !== value ? value : null);
  const current = picked?.value === value ? picked : (held.data ?? null);
  // Showing the chosen unit's name in the box is not a search.
  const typed = search.trim() === (current?.label ?? '') ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const roots = dalam?.length ? dalam : [undefined];
  const levels = useQueries({
    queries: roots.map((root) => {
      const params: Record<string, string> = {};
      if (root) params.dalam = root;
      if (q) params.q = q;
      return {
        queryKey: [...orgKeys.units(iid), 'cabang', 'pilih', root ?? '', q],
        queryFn: ({ signal }: { signal: AbortSignal }) => cabang(iid, params, signal),
        staleTime: 60_000,
      };
    }),
  });
  const loading = levels.some((l) => l.isPending);
  const terpotong = levels.some((l) => l.data?.terpotong);
  const options = useMemo(() => {
    const seen = new Map<string, Option>();
    for (const l of levels) for (const o of optionsOf(l.data)) if (!seen.has(o.value)) seen.set(o.value, o);
    if (current && !seen.has(current.value)) seen.set(current.value, current);
    return [...seen.values()];
  }, [levels, current]);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  return (
    <Select
      label={label}
      placeholder={loading && !options.length ? t('common.loading') : (placeholder ?? t('skp.common.pilihUnit'))}
      data={options.map((o) => ({ value: o.value, label: o.label }))}
      value={value}
      onChange={(id) => {
        setPicked(id ? (byValue.get(id) ?? null) : null);
        onChange(id);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already; Mantine's own filter would hide units matched by their head.
      filter={({ options: all }) => all}
      renderOption={({ option }) => {
        const o = byValue.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {o?.letak && (
              <Text size="xs" c="dimmed">
                {o.letak}
              </Text>
            )}
          </Stack>
        );
      }}
      nothingFoundMessage={loading ? t('common.loading') : t('common.empty')}
      description={terpotong ? t('unitPicker.terpotong') : undefined}
      error={error}
      required={required}
      disabled={disabled}
      clearable={clearable}
      allowDeselect={false}
      w={w}
      maw="100%"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
