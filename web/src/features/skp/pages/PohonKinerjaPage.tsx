/**
 * Pohon kinerja: from the unit's Perjanjian Kinerja through every RHK down to every pegawai.
 * Collapsible and virtualised (only open branches are flattened, only visible rows are drawn),
 * with search, problem flags and their counts, and "show only problems".
 */
import { Badge, Button, Card, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconFoldUp, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Page } from '../../../components/Page.tsx';
import { useDefaultUnitId, usePohon } from '../api/planning.ts';
import type { PohonKinerja } from '../api/planning-types.ts';
import { currentYear, UnitSelect, YearSelect } from '../components/Pickers.tsx';
import { adaptPohon } from '../pohon/adapt.ts';
import { PohonRow } from '../pohon/PohonRow.tsx';
import { buildIndex, filterSet, searchPredicate, toggleKey, visibleRows } from '../pohon/tree.ts';
import { VirtualList } from '../pohon/VirtualList.tsx';

function Tree({ data }: { data: PohonKinerja }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const graph = useMemo(() => adaptPohon(data, t), [data, t]);
  const index = useMemo(() => buildIndex(graph), [graph]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(index.roots));
  const [search, setSearch] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [flag, setFlag] = useState<string | null>(null);
  const query = useDeferredValue(search);

  const filter = useMemo(() => {
    const text = searchPredicate(query);
    const wantFlag = onlyProblems || flag !== null;
    if (!text && !wantFlag) return null;
    return filterSet(index, (n) => {
      const flags = n.flags ?? [];
      if (wantFlag && (flag ? !flags.includes(flag) : flags.length === 0)) return false;
      return text ? text(n) : true;
    });
  }, [index, query, onlyProblems, flag]);
  const rows = useMemo(() => visibleRows(index, expanded, filter), [index, expanded, filter]);

  const toggle = (key: string) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const flagCounts = [...index.flagCounts.entries()];

  return (
    <Stack gap="sm">
      <Card withBorder radius="md" padding="sm">
        <Group gap="xs" wrap="wrap" mb={flagCounts.length ? 'xs' : 0}>
          <Text size="sm" fw={600}>
            {t('skp.pohon.masalah')}
          </Text>
          {flagCounts.length === 0 && (
            <Badge color="green" variant="light">
              {t('skp.pohon.tanpaMasalah')}
            </Badge>
          )}
          {flagCounts.map(([f, n]) => (
            <Button
              key={f}
              size="compact-sm"
              color="red"
              variant={flag === f ? 'filled' : 'light'}
              leftSection={<IconAlertTriangle size={14} aria-hidden />}
              onClick={() => setFlag(flag === f ? null : f)}
              aria-pressed={flag === f}
            >
              {t(`skp.pohon.flag.${f}`, { defaultValue: f })}: {formatNumber(n)}
            </Button>
          ))}
        </Group>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <TextInput
            label={t('skp.pohon.search')}
            placeholder={t('skp.pohon.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
          />
          <Switch
            label={t('skp.pohon.onlyProblems')}
            checked={onlyProblems}
            onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
            mb={8}
          />
          <Button
            variant="subtle"
            leftSection={<IconFoldUp size={16} aria-hidden />}
            onClick={() => setExpanded(new Set())}
            mb={2}
          >
            {t('skp.pohon.collapseAll')}
          </Button>
        </Group>
      </Card>
      <Text size="xs" c="dimmed" aria-live="polite">
        {filter
          ? t('skp.pohon.found', { count: filter.matches.size })
          : t('skp.pohon.summary', { nodes: formatNumber(graph.nodes.length), rows: formatNumber(rows.length) })}
      </Text>
      <Card withBorder radius="md" padding={0}>
        {rows.length === 0 ? (
          <Text c="dimmed" p="md" ta="center">
            {t('skp.pohon.empty')}
          </Text>
        ) : (
          <VirtualList
            label={t('skp.pohon.title')}
            count={rows.length}
            rowHeight={narrow ? 56 : 44}
            height={typeof window === 'undefined' ? 600 : Math.max(320, window.innerHeight - (narrow ? 260 : 300))}
            renderRow={(i) => {
              const row = rows[i];
              const node = index.byId.get(row.id);
              if (!node) return null;
              return (
                <PohonRow
                  row={row}
                  node={node}
                  indent={narrow ? 12 : 20}
                  match={!!filter?.matches.has(row.id)}
                  onToggle={() => toggle(toggleKey(row))}
                />
              );
            }}
          />
        )}
      </Card>
    </Stack>
  );
}

export default function PohonKinerjaPage() {
  const { t } = useTranslation();
  const defaultUnit = useDefaultUnitId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [tahun, setTahun] = useState(currentYear());
  const unitId = chosen ?? defaultUnit ?? null;
  const q = usePohon(unitId, tahun);

  return (
    <Page title={t('skp.pohon.title')} subtitle={t('skp.pohon.subtitle')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <UnitSelect value={unitId} onChange={setChosen} />
        <YearSelect value={tahun} onChange={(v) => v && setTahun(v)} />
      </Group>
      {defaultUnit === undefined && !chosen ? (
        <Loading />
      ) : !unitId ? (
        <Text c="dimmed">{t('skp.common.pilihUnit')}</Text>
      ) : q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Tree key={`${unitId}|${tahun}`} data={q.data} />
      )}
    </Page>
  );
}
