/**
 * Masalah hierarki: the hierarchy problems report grouped by problem type with counts; each type
 * explained in plain language with what to do, each finding linking to the unit and the people.
 */
import { Accordion, Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useProblems } from '../api/org.ts';
import type { Problem } from '../api/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDate, formatNip } from '../components/format.ts';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { pickText } from '../i18n/index.ts';

/** Most urgent first: no appraiser at all, then wrong appraiser, then structural gaps. */
const ORDER = [
  'NO_APPRAISER',
  'CYCLE',
  'NO_POSITION',
  'VACANT_APPRAISER',
  'APPRAISER_BELOW_PENGAWAS',
  'UNIT_WITHOUT_HEAD',
];

function Finding({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const unitId = problem.unitTautanId;
  const extra = problem.jumlahPegawai - problem.pegawai.length;
  return (
    <Card withBorder radius="sm" padding="sm">
      <Text size="sm">{pickText(problem)}</Text>
      <Group gap="sm" mt={4}>
        {unitId && (
          <Anchor component={Link} to={`/organisasi/${unitId}`} size="sm">
            {t('masalah.openUnit')}: {problem.unitNama ?? problem.jabatanNama}
          </Anchor>
        )}
        {!unitId && problem.jabatanNama && (
          <Text size="sm" c="dimmed">
            {t('masalah.position', { nama: problem.jabatanNama })}
          </Text>
        )}
      </Group>
      {problem.jumlahPegawai > 0 && (
        <Stack gap={2} mt={6}>
          <Text size="xs" c="dimmed">
            {t('masalah.affects', { count: problem.jumlahPegawai })}
          </Text>
          <Group gap={4} wrap="wrap">
            {problem.pegawai.map((p) => (
              <Anchor key={p.id} component={Link} to={`/pegawai/${p.id}`} size="xs" title={formatNip(p.nip)}>
                {p.nama}
              </Anchor>
            ))}
            {extra > 0 && (
              <Text size="xs" c="dimmed" span>
                {t('masalah.more', { count: extra })}
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </Card>
  );
}

export default function MasalahPage() {
  const { t } = useTranslation();
  const [tanggal, setTanggal] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(tanggal) ? tanggal : null;
  const report = useProblems(valid);
  const groups = useMemo(() => {
    const byCode = new Map<string, Problem[]>();
    for (const p of report.data?.masalah ?? []) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
    return [...byCode.entries()].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));
  }, [report.data]);

  return (
    <Page title={t('masalah.title')} subtitle={t('masalah.intro')}>
      <TextInput
        type="date"
        label={t('penilai.askDate')}
        description={report.data ? t('penilai.onDate', { date: formatDate(report.data.tanggal) }) : undefined}
        value={tanggal}
        onChange={(e) => setTanggal(e.currentTarget.value)}
        maw={260}
      />
      {report.isPending && <Loading />}
      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && groups.length === 0 && (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
          {t('masalah.none')}
        </Alert>
      )}
      {groups.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
            {groups.map(([code, items]) => (
              <Card key={code} withBorder radius="md" padding="sm" component="a" href={`#masalah-${code}`}>
                <Text fz={28} fw={700} lh={1.1}>
                  {items.length}
                </Text>
                <Text size="xs">{t(`masalah.types.${code}.title`, { defaultValue: code })}</Text>
              </Card>
            ))}
          </SimpleGrid>
          <Accordion multiple variant="separated" defaultValue={groups.slice(0, 1).map(([c]) => c)}>
            {groups.map(([code, items]) => (
              <Accordion.Item key={code} value={code} id={`masalah-${code}`}>
                <Accordion.Control>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{t(`masalah.types.${code}.title`, { defaultValue: code })}</Text>
                    <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
                      {t('masalah.total', { count: items.length })}
                    </Badge>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Alert variant="light" color="blue" mb="sm" role="note">
                    <List size="sm" spacing={4}>
                      <List.Item>
                        <b>{t('masalah.what')}:</b> {t(`masalah.types.${code}.what`, { defaultValue: '' })}
                      </List.Item>
                      <List.Item>
                        <b>{t('masalah.todo')}:</b> {t(`masalah.types.${code}.todo`, { defaultValue: '' })}
                      </List.Item>
                    </List>
                  </Alert>
                  <Stack gap="xs">
                    {items.map((p) => (
                      <Finding key={`${p.code}-${p.unitId}-${p.jabatanId}-${p.pegawai[0]?.id}`} problem={p} />
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Page>
  );
}
