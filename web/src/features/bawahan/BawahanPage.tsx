/**
 * "Bawahan" (/bawahan), the appraiser's phone-first screen for the execution stage: per person they
 * appraise, this period's realisasi progress (IKI with a realisasi / IKI), evidence not yet opened
 * and feedback waiting for an answer — and the feedback panels in place, one tap away. The list is
 * one API read (GET …/bawahan/pelaksanaan).
 */
import { Anchor, Badge, Button, Card, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useInstansiId } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useSkp } from '../skp/api/skp.ts';
import { type BawahanPelaksanaan, useBawahanPelaksanaan } from '../umpan-balik/api.ts';
import { UmpanBalikSection } from '../umpan-balik/UmpanBalikSection.tsx';

function InPlace({ skpId }: { skpId: string }) {
  const iid = useInstansiId();
  const q = useSkp(skpId);
  if (q.isPending) return <Loading minHeight={80} />;
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  return <UmpanBalikSection instansiId={iid} skp={q.data} />;
}

function Baris({ it }: { it: BawahanPelaksanaan['items'][number] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const pct = it.ikiTotal ? Math.round((it.ikiTerisi / it.ikiTotal) * 100) : 0;
  return (
    <Card withBorder radius="md" p="sm" component="article" aria-label={it.pegawai.nama}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {it.skp ? (
                <Anchor component={Link} to={`/skp/${it.skp.id}`}>
                  {it.pegawai.nama}
                </Anchor>
              ) : (
                it.pegawai.nama
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {it.pegawai.jabatanNama}
            </Text>
          </div>
          <Group gap={4} justify="flex-end">
            {it.umpanBalikMenunggu > 0 && (
              <Badge color="orange">{t('bawahan.menunggu', { n: it.umpanBalikMenunggu })}</Badge>
            )}
            {it.buktiBelumDilihat > 0 && (
              <Badge color="grape" variant="light">
                {t('bawahan.buktiBaru', { n: it.buktiBelumDilihat })}
              </Badge>
            )}
          </Group>
        </Group>
        {it.skp ? (
          <>
            <Text size="sm">{t('bawahan.progres', { terisi: it.ikiTerisi, total: it.ikiTotal })}</Text>
            <Progress value={pct} aria-label={t('bawahan.progres', { terisi: it.ikiTerisi, total: it.ikiTotal })} />
            <Group justify="flex-end">
              <Button
                size="xs"
                variant={open ? 'default' : 'light'}
                leftSection={<IconMessageCircle size={16} aria-hidden />}
                onClick={() => setOpen(!open)}
                aria-expanded={open}
              >
                {open ? t('bawahan.tutup') : t('bawahan.beriUmpanBalik')}
              </Button>
            </Group>
            {open && <InPlace skpId={it.skp.id} />}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('bawahan.belumDitetapkan')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export default function BawahanPage() {
  const { t } = useTranslation();
  const [periode, setPeriode] = useState<string | null>(null);
  const q = useBawahanPelaksanaan(periode);
  return (
    <Page title={t('bawahan.title')} subtitle={t('bawahan.subtitle')}>
      <Select
        label={t('bawahan.periode')}
        w={200}
        data={[
          'TW1',
          'TW2',
          'TW3',
          'TW4',
          ...Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`),
        ]}
        value={periode ?? q.data?.periodeKode ?? null}
        onChange={setPeriode}
        allowDeselect={false}
      />
      {q.isPending ? (
        <Loading minHeight={200} />
      ) : q.error ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Text c="dimmed">{t('bawahan.kosong')}</Text>
      ) : (
        <Stack gap="sm">
          {q.data.items.map((it) => (
            <Baris key={it.pegawai.id} it={it} />
          ))}
        </Stack>
      )}
    </Page>
  );
}
