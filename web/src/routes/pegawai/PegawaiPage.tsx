/**
 * Pegawai page: profile, placement history (definitif/PLT/PLH), who appraises this person and why
 * (with a date picker), appraiser overrides; admins add placements and overrides and edit the profile
 * (NIP correction included).
 */
import { Anchor, Badge, Breadcrumbs, Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { IconBriefcase, IconEdit, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePegawai } from '../../api/pegawai.ts';
import type { PegawaiDetail, Placement } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNip, namaLengkap } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { AddOverrideModal } from './OverrideForm.tsx';
import { EditProfileModal, EndPlacementModal } from './PegawaiForms.tsx';
import { OverridesCard, PenilaiSection } from './PenilaiSection.tsx';
import { AddPlacementModal } from './PlacementForm.tsx';
import { PlacementTimeline } from './PlacementTimeline.tsx';

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {value || '—'}
      </Text>
    </div>
  );
}

function ProfileCard({ detail }: { detail: PegawaiDetail }) {
  const { t } = useTranslation();
  const p = detail.pegawai;
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4" mb="sm">
        {t('detail.profile')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Fact label={t('detail.nama')} value={namaLengkap(p)} />
        <Fact
          label={t('detail.nip')}
          value={<span style={{ fontFamily: 'monospace' }}>{formatNip(p.nip, p.jenisAsn)}</span>}
        />
        <Fact label={t('detail.jenisAsn')} value={t(`jenisAsn.${p.jenisAsn}`, { defaultValue: p.jenisAsn })} />
        <Fact label={t('detail.golongan')} value={p.golongan} />
        <Fact label={t('detail.tanggalLahir')} value={p.tanggalLahir ? formatDate(p.tanggalLahir) : null} />
        <Fact label={t('detail.jenisKelamin')} value={p.jenisKelamin ? t(`jenisKelamin.${p.jenisKelamin}`) : null} />
        <Fact
          label={t('detail.email')}
          value={p.email ? <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor> : null}
        />
        <Fact
          label={t('detail.telepon')}
          value={p.telepon ? <Anchor href={`tel:${p.telepon}`}>{p.telepon}</Anchor> : null}
        />
      </SimpleGrid>
    </Card>
  );
}

type Dialog = 'profile' | 'placement' | 'override' | null;

function PegawaiView({ detail }: { detail: PegawaiDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [ending, setEnding] = useState<Placement | null>(null);
  const p = detail.pegawai;
  const close = () => setDialog(null);
  return (
    <Page
      title={namaLengkap(p)}
      breadcrumb={
        <Breadcrumbs>
          <Anchor component={Link} to="/pegawai" size="sm">
            {t('list.title')}
          </Anchor>
          <Text size="sm">{p.nama}</Text>
        </Breadcrumbs>
      }
      subtitle={
        <Group gap={6}>
          <Text size="sm" ff="monospace" span>
            {formatNip(p.nip, p.jenisAsn)}
          </Text>
          <Badge variant="outline">{t(`jenisAsn.${p.jenisAsn}`, { defaultValue: p.jenisAsn })}</Badge>
          {p.golongan && (
            <Badge variant="outline" color="gray">
              {p.golongan}
            </Badge>
          )}
          <Badge color={p.status === 'AKTIF' ? 'teal' : 'gray'} variant="light">
            {t(`statusPegawai.${p.status}`, { defaultValue: p.status })}
          </Badge>
        </Group>
      }
      actions={
        detail.canEdit && (
          <>
            <Button
              variant="light"
              leftSection={<IconEdit size={16} aria-hidden />}
              onClick={() => setDialog('profile')}
            >
              {t('pegawaiAdmin.editProfile')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconBriefcase size={16} aria-hidden />}
              onClick={() => setDialog('placement')}
            >
              {t('pegawaiAdmin.addPlacement')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconUserShare size={16} aria-hidden />}
              onClick={() => setDialog('override')}
            >
              {t('pegawaiAdmin.addOverride')}
            </Button>
          </>
        )
      }
    >
      <PenilaiSection detail={detail} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ProfileCard detail={detail} />
        <PlacementTimeline riwayat={detail.riwayat} onEnd={detail.canEdit ? setEnding : undefined} />
      </SimpleGrid>
      <OverridesCard detail={detail} />
      {detail.canEdit && (
        <>
          <EditProfileModal profile={p} opened={dialog === 'profile'} onClose={close} />
          <AddPlacementModal
            pegawaiId={p.id}
            riwayat={detail.riwayat}
            opened={dialog === 'placement'}
            onClose={close}
          />
          <AddOverrideModal pegawaiId={p.id} opened={dialog === 'override'} onClose={close} />
          <EndPlacementModal pegawaiId={p.id} placement={ending} onClose={() => setEnding(null)} />
        </>
      )}
    </Page>
  );
}

export default function PegawaiPage() {
  const { pegawaiId = '' } = useParams();
  const q = usePegawai(pegawaiId);
  if (q.isPending) return <Loading />;
  // A failed refetch (e.g. after a save on a cut connection) keeps the page and its open form.
  if (q.isError && !q.data) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  return <PegawaiView key={pegawaiId} detail={q.data} />;
}
