/**
 * "Umpan balik berkelanjutan" on the SKP detail page: one panel per RHK and per BerAKHLAK value,
 * each folded with its count of threads (and of threads waiting for the appraiser). A link from a
 * notification (`?utas=<id>`) opens the panel of that thread.
 */
import { Accordion, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useClearNotifications } from '../skp/api/planning.ts';
import { useUmpanBalik } from './api.ts';
import { filterUtas, UmpanBalikPanel } from './UmpanBalikPanel.tsx';

interface SkpLike {
  id: string;
  status: string;
  rhk: Array<{ id: string; jenis: string; teks: string }>;
  perilaku: Array<{ kode: string; nama: string }>;
}

export function UmpanBalikSection({ instansiId, skp }: { instansiId: string; skp: SkpLike }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = useUmpanBalik(instansiId, skp.id);
  // Opened from a notification: that thread's notification is read.
  useClearNotifications(`/skp/${skp.id}?utas=${params.get('utas') ?? ''}`);
  const utas = q.data?.utas ?? [];
  const focus = utas.find((u) => u.id === params.get('utas'));
  const letter = (jenis: string) => (jenis === 'UTAMA' ? 'A' : 'B');
  const counters: Record<string, number> = {};
  const items = [
    ...skp.rhk.map((r) => {
      counters[r.jenis] = (counters[r.jenis] ?? 0) + 1;
      const nomor = `${letter(r.jenis)}${counters[r.jenis]}`;
      return {
        value: `rhk-${r.id}`,
        title: `RHK ${nomor}. ${r.teks}`,
        label: `RHK ${nomor}`,
        props: { sasaran: 'RHK' as const, rhkId: r.id },
      };
    }),
    ...skp.perilaku.map((p) => ({
      value: `perilaku-${p.kode}`,
      title: p.nama,
      label: p.nama,
      props: { sasaran: 'PERILAKU' as const, perilakuKode: p.kode },
    })),
  ];
  const open = focus ? (focus.sasaran === 'RHK' ? `rhk-${focus.rhkId}` : `perilaku-${focus.perilakuKode}`) : null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="umpan-balik-title">
      <Title order={2} fz="h4" id="umpan-balik-title">
        {t('umpanBalik.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {q.data?.aksi.includes('TULIS_UMPAN_BALIK') ? t('umpanBalik.hintPenilai') : t('umpanBalik.hint')}
      </Text>
      <Accordion multiple variant="separated" key={open ?? 'none'} defaultValue={open ? [open] : []}>
        {items.map((it) => {
          const list = filterUtas(utas, it.props);
          const waiting = list.filter((u) => u.menungguPenilai).length;
          return (
            <Accordion.Item key={it.value} value={it.value}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {it.title}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    {waiting > 0 && (
                      <Badge size="sm" color="orange">
                        {t('umpanBalik.menungguN', { n: waiting })}
                      </Badge>
                    )}
                    <Badge size="sm" variant="light" aria-label={t('umpanBalik.jumlahUtas', { n: list.length })}>
                      {list.length}
                    </Badge>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <UmpanBalikPanel instansiId={instansiId} skpId={skp.id} label={it.label} {...it.props} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
