/**
 * Beranda: what to do next, from ONE read (GET …/beranda). A pegawai sees their SKP's state and the
 * one step to take; an appraiser what waits for them; admins and the auditor figures of their scope
 * (completion, hierarchy problems, their jobs) instead of tiles that repeat the menu.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowRight, IconMessageReport } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { PenilaiExplanation } from '../../components/PenilaiExplanation.tsx';
import { BerandaShortcuts } from '../kinerja-saya/BerandaShortcuts.tsx';
import { Masukan360HomeItem } from '../masukan360/Masukan360HomeItem.tsx';
import { type Beranda, useBeranda } from './api.ts';

// Opened by one button on Home: its form (modal, radios, pickers) loads when asked for, not with Home.
const CreateSkpModal = lazy(() =>
  import('../skp/components/CreateSkpModal.tsx').then((m) => ({ default: m.CreateSkpModal })),
);

function greetingKey(): string {
  const h = new Date().getHours();
  if (h < 11) return 'home.greetingMorning';
  if (h < 15) return 'home.greetingDay';
  if (h < 18) return 'home.greetingAfternoon';
  return 'home.greetingEvening';
}

const STEP_COLOR = { BUAT: 'blue', AJUKAN: 'blue', PERBAIKI: 'orange', MENUNGGU_PENILAI: 'gray', SELESAI: 'green' };

function NextStep({ data, tahun }: { data: NonNullable<Beranda['pegawai']>; tahun: number }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  const penilai = data.skp?.penilaiNama ?? data.penilaiNama ?? '—';
  const action =
    data.langkah === 'BUAT' ? (
      <Button onClick={open} rightSection={<IconArrowRight size={16} aria-hidden />}>
        {t('beranda.aksi.BUAT')}
      </Button>
    ) : (
      <Button
        component={Link}
        to={`/skp/${data.skp?.id}`}
        variant={data.langkah === 'SELESAI' || data.langkah === 'MENUNGGU_PENILAI' ? 'light' : 'filled'}
        rightSection={<IconArrowRight size={16} aria-hidden />}
      >
        {t(`beranda.aksi.${data.langkah}`)}
      </Button>
    );
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="langkah-title">
      <Text size="sm" c="dimmed">
        {t('beranda.mySkp', { tahun })}
      </Text>
      <Title order={2} fz="h3" id="langkah-title" c={STEP_COLOR[data.langkah]} mt={2}>
        {t(`beranda.langkah.${data.langkah}`, { nama: penilai })}
      </Title>
      <Stack gap={4} mt="xs">
        <Text size="sm">{t('beranda.penilaiAnda', { nama: penilai })}</Text>
        {data.terlambat ? (
          <Text size="sm" c="red" fw={600}>
            {t('beranda.terlambat', { tanggal: formatDate(data.batasPenetapanSkp) })}
          </Text>
        ) : (
          data.langkah !== 'SELESAI' && (
            <Text size="sm">{t('beranda.batas', { tanggal: formatDate(data.batasPenetapanSkp) })}</Text>
          )
        )}
      </Stack>
      {data.langkah === 'PERBAIKI' && data.skp?.catatanPenilai && (
        <Alert color="orange" variant="light" icon={<IconMessageReport />} title={t('beranda.catatan')} mt="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {data.skp.catatanPenilai}
          </Text>
        </Alert>
      )}
      <Group mt="md" gap="sm">
        {action}
      </Group>
      {opened && (
        <Suspense fallback={null}>
          <CreateSkpModal opened={opened} onClose={close} tahun={tahun} />
        </Suspense>
      )}
    </Card>
  );
}

function Waiting({ data }: { data: NonNullable<Beranda['penilai']> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="menunggu-title">
      <Title order={2} fz="h4" id="menunggu-title">
        {t('beranda.menungguTitle')}
      </Title>
      <Text size="sm" mt={4}>
        {data.menunggu > 0
          ? t('beranda.menunggu', { count: data.menunggu })
          : t('beranda.tidakMenunggu', { count: data.jumlahBawahan })}
      </Text>
      {data.daftar.length > 0 && (
        <Stack gap={4} mt="xs" component="ul" style={{ listStyle: 'none', paddingInlineStart: 0 }}>
          {data.daftar.map((d) => (
            <li key={d.skpId}>
              <Anchor component={Link} to={`/skp/${d.skpId}`} size="sm">
                {t('beranda.periksa', { nama: d.nama })}
              </Anchor>
              {d.diajukanAt && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {formatDateTime(d.diajukanAt)}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
      <Button
        component={Link}
        to="/skp/bawahan"
        variant={data.menunggu > 0 ? 'filled' : 'light'}
        mt="md"
        rightSection={<IconArrowRight size={16} aria-hidden />}
      >
        {t('beranda.bukaBawahan')}
      </Button>
    </Card>
  );
}

function AdminFigures({ data, tahun }: { data: NonNullable<Beranda['admin']>; tahun: number }) {
  const { t } = useTranslation();
  const p = data.pengisian;
  const pct = (n: number) => (p.total ? (n / p.total) * 100 : 0);
  const parts = [
    ['ditetapkan', 'green.7'],
    ['diajukan', 'blue.6'],
    ['dikembalikan', 'orange.6'],
    ['draft', 'gray.5'],
    ['belumMulai', 'gray.3'],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="pengisian-title">
        <Title order={2} fz="h4" id="pengisian-title">
          {t(data.cakupan === 'INSTANSI' ? 'beranda.adminTitleInstansi' : 'beranda.adminTitleUnit', { tahun })}
        </Title>
        <Text size="sm" mt={4}>
          {t('beranda.ditetapkanDari', { ditetapkan: formatNumber(p.ditetapkan), total: formatNumber(p.total) })}
        </Text>
        <Progress.Root size="lg" mt="sm" aria-hidden>
          {parts.map(([k, color]) => (
            <Progress.Section key={k} value={pct(p[k])} color={color} />
          ))}
        </Progress.Root>
        <Group gap="md" mt="sm">
          {parts.map(([k]) => (
            <Text key={k} size="sm">
              {t(`beranda.status.${k}`)}: <strong>{formatNumber(p[k])}</strong>
            </Text>
          ))}
        </Group>
        <Anchor component={Link} to="/monitoring-pengisian" size="sm" mt="sm" display="inline-block">
          {t('beranda.lihatMonitoring')}
        </Anchor>
      </Card>
      <Stack gap="md">
        {data.masalahHierarki !== null && (
          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="masalah-title">
            <Group gap={6}>
              <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-orange-8)" />
              <Title order={2} fz="h5" id="masalah-title">
                {t('beranda.masalahTitle')}
              </Title>
            </Group>
            <Text size="sm" mt={4}>
              {t(data.cakupan === 'UNIT' ? 'beranda.masalahUnit' : 'beranda.masalah', { count: data.masalahHierarki })}
            </Text>
            <Anchor component={Link} to="/masalah-hierarki" size="sm">
              {t('beranda.lihatMasalah')}
            </Anchor>
          </Card>
        )}
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="pekerjaan-title">
          <Title order={2} fz="h5" id="pekerjaan-title">
            {t('beranda.pekerjaanTitle')}
          </Title>
          {data.pekerjaan.gagal7Hari > 0 && (
            <Text size="sm" c="red" fw={600} mt={4}>
              {t('beranda.pekerjaanGagal', { count: data.pekerjaan.gagal7Hari })}
            </Text>
          )}
          {data.pekerjaan.terakhir.length === 0 ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t('beranda.pekerjaanKosong')}
            </Text>
          ) : (
            <Stack gap={2} mt={4}>
              {data.pekerjaan.terakhir.map((j) => (
                <Group key={j.id} gap={6} wrap="nowrap">
                  <Badge size="sm" variant="light" color={j.status === 'FAILED' ? 'red' : 'gray'}>
                    {t(`beranda.jobStatus.${j.status}`, { defaultValue: j.status })}
                  </Badge>
                  <Text size="sm">
                    {j.jenis} · {formatDateTime(j.createdAt)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      </Stack>
    </SimpleGrid>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const { me, instansiId } = useSession();
  const q = useBeranda();
  return (
    <Page
      title={t(greetingKey(), { nama: me.nama })}
      subtitle={
        <Group gap={6} mt={4} aria-label={t('home.roles')}>
          {me.peran.map((p) => (
            <Badge key={p} variant="light">
              {t(`peran.${p}`, { defaultValue: p })}
            </Badge>
          ))}
        </Group>
      }
    >
      {!instansiId ? (
        <Text c="dimmed" size="sm">
          {t('home.noPegawai')}
        </Text>
      ) : q.isPending ? (
        // Holds the space the cards take, so nothing below jumps when they arrive.
        <Loading minHeight={320} />
      ) : q.isError && !q.data ? (
        // A failed background refetch keeps what is on screen (the error alone would replace it).
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Stack gap="md">
          {q.data.penilai && q.data.penilai.menunggu > 0 && <Waiting data={q.data.penilai} />}
          {q.data.pegawai && me.pegawai && <NextStep data={q.data.pegawai} tahun={q.data.tahun} />}
          {q.data.pegawai?.skp && me.pegawai && <BerandaShortcuts />}
          {me.pegawai && <Masukan360HomeItem />}
          {q.data.penilai && q.data.penilai.menunggu === 0 && <Waiting data={q.data.penilai} />}
          {q.data.pegawai?.penjelasan && (
            <Card withBorder radius="md" padding="md">
              <PenilaiExplanation
                explanation={q.data.pegawai.penjelasan}
                linkable={false}
                title={t('home.myAppraiser')}
              />
              <Text size="sm" mt="sm" c="dimmed">
                {t('home.wrongAppraiser')}
              </Text>
            </Card>
          )}
          {q.data.admin && <AdminFigures data={q.data.admin} tahun={q.data.tahun} />}
          {!q.data.pegawai && !q.data.admin && (
            <Text c="dimmed" size="sm">
              {t('home.noPegawai')}
            </Text>
          )}
        </Stack>
      )}
    </Page>
  );
}
