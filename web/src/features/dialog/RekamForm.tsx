/**
 * The appraiser's record of a dialogue: agenda items (each linked to its RHK, BerAKHLAK value or
 * competency), notes per topic, development items, judgements of earlier items and the follow-up
 * date. "Save and close" asks the server to check completeness (DIALOG.INCOMPLETE lists what is
 * missing; nothing typed is lost).
 */
import { ActionIcon, Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type AgendaItem, BERAKHLAK, type DialogDetail, type RekamInput, TOPIK, useRekam } from './api.ts';
import { ItemStatusBadge } from './parts.tsx';

type ItemForm = RekamInput['pengembangan'][number];
type Judgement = { status: 'TERCAPAI' | 'TIDAK_TERCAPAI' | null; penjelasan: string };

function Tautan({
  value,
  onChange,
  d,
  topik,
}: {
  value: { rhkId: string | null; perilakuKode: string | null; kompetensi: string | null };
  onChange: (v: { rhkId: string | null; perilakuKode: string | null; kompetensi: string | null }) => void;
  d: DialogDetail;
  topik: string;
}) {
  const { t } = useTranslation();
  if (topik === 'HASIL_KERJA')
    return (
      <Select
        label={t('dialog.rhk')}
        value={value.rhkId}
        data={d.rhk.map((r) => ({
          value: r.id,
          label: r.tertinggal ? `${r.teks} (${t('dialog.tertinggal')})` : r.teks,
        }))}
        onChange={(v) => onChange({ ...value, rhkId: v })}
      />
    );
  if (topik === 'PERILAKU')
    return (
      <Select
        label={t('dialog.nilai')}
        value={value.perilakuKode}
        data={BERAKHLAK.map((k) => ({ value: k, label: t(`dialog.berakhlak.${k}`) }))}
        onChange={(v) => onChange({ ...value, perilakuKode: v })}
      />
    );
  if (topik === 'KOMPETENSI')
    return (
      <TextInput
        label={t('dialog.kompetensi')}
        maxLength={200}
        value={value.kompetensi ?? ''}
        onChange={(e) => onChange({ ...value, kompetensi: e.currentTarget.value })}
      />
    );
  return null;
}

export function RekamForm({ d }: { d: DialogDetail }) {
  const { t } = useTranslation();
  const save = useRekam(d.id);
  const [agenda, setAgenda] = useState<Array<Omit<AgendaItem, 'id'>>>(d.agenda.map(({ id: _id, ...a }) => a));
  const [catatan, setCatatan] = useState({
    hasil: d.catatan.hasil ?? '',
    kompetensi: d.catatan.kompetensi ?? '',
    perilaku: d.catatan.perilaku ?? '',
    aspirasiPendek: d.catatan.aspirasiPendek ?? '',
    aspirasiMenengah: d.catatan.aspirasiMenengah ?? '',
  });
  const own = d.pengembangan.filter((p) => !p.dibawaDariId);
  const carried = d.pengembangan.filter((p) => p.dibawaDariId);
  const [items, setItems] = useState<ItemForm[]>(
    own.map((p) => ({
      id: p.id,
      kompetensi: p.kompetensi,
      metodeKode: p.metodeKode,
      rhkId: p.rhkId,
      perilakuKode: p.perilakuKode,
      targetTanggal: p.targetTanggal,
    })),
  );
  const [judge, setJudge] = useState<Record<string, Judgement>>(
    Object.fromEntries(
      d.untukDinilai.map((u) => [
        u.id,
        {
          status: u.dinilaiDialogId === d.id ? (u.status as Judgement['status']) : null,
          penjelasan: u.penjelasan ?? '',
        },
      ]),
    ),
  );
  const [tindakLanjut, setTindakLanjut] = useState(d.tindakLanjutTanggal ?? '');
  const submit = (selesai: boolean) =>
    save.mutate(
      {
        version: d.version,
        catatan: Object.fromEntries(Object.entries(catatan).map(([k, v]) => [k, v.trim() || null])),
        agenda: agenda.map((a) => ({
          ...a,
          catatan: a.catatan?.trim() || null,
          kompetensi: a.kompetensi?.trim() || null,
        })),
        pengembangan: items.map((p) => ({ ...p, targetTanggal: p.targetTanggal || null })),
        penilaian: Object.entries(judge).flatMap(([id, j]) =>
          j.status ? [{ id, status: j.status, penjelasan: j.penjelasan.trim() }] : [],
        ),
        tindakLanjutTanggal: tindakLanjut || null,
        selesai: selesai || d.status === 'SELESAI',
      },
      { onSuccess: () => notifications.show({ color: 'green', message: t('dialog.tersimpan') }) },
    );
  const setAgendaAt = (i: number, v: Partial<Omit<AgendaItem, 'id'>>) =>
    setAgenda(agenda.map((a, k) => (k === i ? { ...a, ...v } : a)));
  const setItemAt = (i: number, v: Partial<ItemForm>) => setItems(items.map((p, k) => (k === i ? { ...p, ...v } : p)));
  return (
    <Stack>
      <Card withBorder padding="sm">
        <Title order={2} fz="h4">
          {t('dialog.agenda')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('dialog.agendaHint')}
        </Text>
        <Stack gap="sm">
          {agenda.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: agenda rows have no id until saved
            <Card key={i} withBorder padding="xs">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-end">
                  <Select
                    label={t('dialog.topik')}
                    allowDeselect={false}
                    value={a.topik}
                    data={TOPIK.map((k) => ({ value: k, label: t(`dialog.topikOpsi.${k}`) }))}
                    onChange={(v) => setAgendaAt(i, { topik: (v ?? 'KARIR') as AgendaItem['topik'] })}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('dialog.hapus')} ${i + 1}`}
                    onClick={() => setAgenda(agenda.filter((_, k) => k !== i))}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
                <Tautan value={a} d={d} topik={a.topik} onChange={(v) => setAgendaAt(i, v)} />
                <Textarea
                  label={t('dialog.catatanButir')}
                  autosize
                  minRows={2}
                  maxLength={4000}
                  value={a.catatan ?? ''}
                  onChange={(e) => setAgendaAt(i, { catatan: e.currentTarget.value })}
                />
              </Stack>
            </Card>
          ))}
          <Button
            variant="default"
            onClick={() =>
              setAgenda([
                ...agenda,
                { topik: 'HASIL_KERJA', rhkId: null, perilakuKode: null, kompetensi: null, catatan: null },
              ])
            }
          >
            {t('dialog.tambahAgenda')}
          </Button>
        </Stack>
      </Card>

      <Card withBorder padding="sm">
        <Title order={2} fz="h4" mb="xs">
          {t('dialog.catatanTopik')}
        </Title>
        <Stack gap="xs">
          {(
            [
              ['hasil', 'catatanHasil'],
              ['kompetensi', 'catatanKompetensi'],
              ['perilaku', 'catatanPerilaku'],
              ['aspirasiPendek', 'aspirasiPendek'],
              ['aspirasiMenengah', 'aspirasiMenengah'],
            ] as const
          ).map(([k, label]) => (
            <Textarea
              key={k}
              label={t(`dialog.${label}`)}
              autosize
              minRows={2}
              maxLength={4000}
              value={catatan[k]}
              onChange={(e) => setCatatan({ ...catatan, [k]: e.currentTarget.value })}
            />
          ))}
        </Stack>
      </Card>

      {d.untukDinilai.length > 0 && (
        <Card withBorder padding="sm">
          <Title order={2} fz="h4">
            {t('dialog.penilaian')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('dialog.penilaianHint')}
          </Text>
          <Stack gap="sm">
            {d.untukDinilai.map((u) => (
              <Card key={u.id} withBorder padding="xs">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="wrap">
                    <Text fw={600}>{u.kompetensi}</Text>
                    <Text size="sm" c="dimmed">
                      {u.metodeNama}
                    </Text>
                  </Group>
                  <Select
                    label={t('dialog.hasilPenilaian')}
                    value={judge[u.id]?.status ?? null}
                    data={(['TERCAPAI', 'TIDAK_TERCAPAI'] as const).map((s) => ({
                      value: s,
                      label: t(`dialog.statusItem.${s}`),
                    }))}
                    onChange={(v) =>
                      setJudge({ ...judge, [u.id]: { ...judge[u.id], status: v as Judgement['status'] } })
                    }
                  />
                  <Textarea
                    label={t('dialog.penjelasan')}
                    autosize
                    maxLength={2000}
                    value={judge[u.id]?.penjelasan ?? ''}
                    onChange={(e) =>
                      setJudge({ ...judge, [u.id]: { ...judge[u.id], penjelasan: e.currentTarget.value } })
                    }
                  />
                </Stack>
              </Card>
            ))}
          </Stack>
        </Card>
      )}

      <Card withBorder padding="sm">
        <Title order={2} fz="h4">
          {t('dialog.pengembangan')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('dialog.pengembanganHint')}
        </Text>
        <Stack gap="sm">
          {carried.map((p) => (
            <Group key={p.id} justify="space-between" wrap="wrap">
              <Text size="sm">
                {p.kompetensi} · {p.metodeNama} — {t('dialog.dibawa')}
              </Text>
              <ItemStatusBadge status={p.status} />
            </Group>
          ))}
          {items.map((p, i) => (
            <Card key={p.id ?? `baru-${i}`} withBorder padding="xs">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-end">
                  <TextInput
                    label={t('dialog.kompetensi')}
                    maxLength={200}
                    required
                    value={p.kompetensi}
                    onChange={(e) => setItemAt(i, { kompetensi: e.currentTarget.value })}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('dialog.hapus')} ${p.kompetensi || i + 1}`}
                    onClick={() => setItems(items.filter((_, k) => k !== i))}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
                <Select
                  label={t('dialog.metode')}
                  allowDeselect={false}
                  value={p.metodeKode}
                  data={d.metode.map((m) => ({ value: m.kode, label: m.nama }))}
                  onChange={(v) => setItemAt(i, { metodeKode: v ?? p.metodeKode })}
                />
                <Select
                  label={t('dialog.terkait')}
                  clearable
                  value={p.rhkId ? `rhk:${p.rhkId}` : p.perilakuKode ? `nilai:${p.perilakuKode}` : null}
                  data={[
                    ...d.rhk.map((r) => ({ value: `rhk:${r.id}`, label: `${t('dialog.rhk')}: ${r.teks}` })),
                    ...BERAKHLAK.map((k) => ({ value: `nilai:${k}`, label: t(`dialog.berakhlak.${k}`) })),
                  ]}
                  onChange={(v) =>
                    setItemAt(i, {
                      rhkId: v?.startsWith('rhk:') ? v.slice(4) : null,
                      perilakuKode: v?.startsWith('nilai:') ? v.slice(6) : null,
                    })
                  }
                />
                <TextInput
                  type="date"
                  label={t('dialog.targetTanggal')}
                  value={p.targetTanggal ?? ''}
                  onChange={(e) => setItemAt(i, { targetTanggal: e.currentTarget.value || null })}
                />
              </Stack>
            </Card>
          ))}
          <Button
            variant="default"
            onClick={() =>
              setItems([
                ...items,
                {
                  kompetensi: '',
                  metodeKode: d.metode[0]?.kode ?? '',
                  rhkId: null,
                  perilakuKode: null,
                  targetTanggal: null,
                },
              ])
            }
          >
            {t('dialog.tambahPengembangan')}
          </Button>
        </Stack>
      </Card>

      <TextInput
        type="date"
        label={t('dialog.tindakLanjut')}
        value={tindakLanjut}
        onChange={(e) => setTindakLanjut(e.currentTarget.value)}
        maw={260}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      <Group>
        <Button variant="default" onClick={() => submit(false)} loading={save.isPending}>
          {t('dialog.simpan')}
        </Button>
        {d.status !== 'SELESAI' && (
          <Button onClick={() => submit(true)} loading={save.isPending}>
            {t('dialog.selesaikan')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
