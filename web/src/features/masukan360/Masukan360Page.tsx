/**
 * "Masukan 360°" (/masukan-360): the requests waiting for my answer and the short form — 1 to 5 for
 * each BerAKHLAK value and an optional comment. Answered once, anonymously: the page says so before
 * sending, and the request leaves the list afterwards.
 */
import { Alert, Button, Card, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstansiId } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { type Nilai, type TugasSaya, useMasukan360Mutations, useTugasSaya } from './api.ts';

function JawabForm({ tugas, nilai }: { tugas: TugasSaya['tugas'][number]; nilai: Nilai[] }) {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const [skor, setSkor] = useState<Record<string, number>>({});
  const [komentar, setKomentar] = useState('');
  const { jawab } = useMasukan360Mutations(iid);
  const lengkap = nilai.every((n) => skor[n.kode]);
  return (
    <Card
      withBorder
      radius="md"
      p="sm"
      component="article"
      aria-label={t('masukan360.untuk', { nama: tugas.pegawaiNama })}
    >
      <Stack gap="sm">
        <div>
          <Text fw={600}>{tugas.pegawaiNama}</Text>
          <Text size="xs" c="dimmed">
            {[
              tugas.jabatanNama,
              tugas.periodeKode,
              tugas.batas ? t('masukan360.batasSampai', { tanggal: formatDate(tugas.batas) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        {nilai.map((n) => (
          <Radio.Group
            key={n.kode}
            label={n.nama[lang]}
            value={skor[n.kode] ? String(skor[n.kode]) : null}
            onChange={(v) => setSkor({ ...skor, [n.kode]: Number(v) })}
          >
            <Group gap="md" mt={4}>
              {[1, 2, 3, 4, 5].map((s) => (
                <Radio
                  key={s}
                  value={String(s)}
                  label={String(s)}
                  aria-label={t('masukan360.skorNamed', { nilai: n.nama[lang], skor: s })}
                />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Text size="xs" c="dimmed">
          {t('masukan360.skala')}
        </Text>
        <Textarea
          label={t('masukan360.komentarOpsional')}
          value={komentar}
          onChange={(e) => setKomentar(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {!!jawab.error && <ErrorAlert error={jawab.error} />}
        <Group justify="flex-end">
          <Button
            disabled={!lengkap}
            loading={jawab.isPending}
            onClick={() => jawab.mutate({ id: tugas.id, skor, komentar: komentar.trim() || null })}
          >
            {t('masukan360.kirimJawaban')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export default function Masukan360Page() {
  const { t } = useTranslation();
  const q = useTugasSaya();
  return (
    <Page title={t('masukan360.pageTitle')}>
      <Alert variant="light" icon={<IconShieldLock />} title={t('masukan360.anonimTitle')}>
        <Text size="sm">{t('masukan360.anonim')}</Text>
      </Alert>
      {q.isPending ? (
        <Loading minHeight={200} />
      ) : q.error ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data.aktif ? (
        <Text c="dimmed">{t('masukan360.nonaktif')}</Text>
      ) : q.data.tugas.length === 0 ? (
        <Text c="dimmed">{t('masukan360.tidakAdaTugas')}</Text>
      ) : (
        <Stack gap="md">
          {q.data.tugas.map((tg) => (
            <JawabForm key={tg.id} tugas={tg} nilai={q.data.nilai} />
          ))}
        </Stack>
      )}
    </Page>
  );
}
