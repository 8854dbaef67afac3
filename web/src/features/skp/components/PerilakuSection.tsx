/**
 * Perilaku Kerja: the seven BerAKHLAK values with their three behaviour guides and the optional
 * "ekspektasi khusus pimpinan", which only the pejabat penilai writes, until the SKP is set (the
 * server lists 'perilaku' in bagianDapatDiubah then).
 */
import { Button, Card, Group, List, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { isConflict } from './ConflictNotice.tsx';
import { useDraft } from './useDraft.ts';
import type { SkpEditor } from './useSkpEditor.ts';

export function PerilakuSection({ editor }: { editor: SkpEditor }) {
  const { t } = useTranslation();
  const server = Object.fromEntries(editor.skp.perilaku.map((p) => [p.kode, p.ekspektasiKhusus ?? '']));
  const draft = useDraft<Record<string, string>>(server);
  const [error, setError] = useState<unknown>(null);
  const editable = editor.canEditEkspektasi && !editor.conflict;

  const save = async () => {
    const perilaku = Object.fromEntries(
      Object.entries(draft.value)
        .filter(([k, v]) => (server[k] ?? '') !== v)
        .map(([k, v]) => [k, v.trim() || null]),
    );
    const r = await editor.run({ kind: 'patch', body: { perilaku } }, t('skp.perilaku.saved'));
    if (r.ok) {
      setError(null);
      draft.markSaved();
    } else setError(r.error);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="perilaku-title">
      <Title order={2} fz="h4" id="perilaku-title">
        {t('skp.perilaku.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {editable ? t('skp.perilaku.hintPenilai') : t('skp.perilaku.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {editor.skp.perilaku.map((p, i) => (
          <Card key={p.kode} withBorder radius="md" padding="sm">
            <Text fw={600}>
              {i + 1}. {p.nama}
            </Text>
            <List size="sm" type="ordered" listStyleType="lower-alpha" mt={4} spacing={2}>
              {p.panduan.map((g) => (
                <List.Item key={g}>{g}</List.Item>
              ))}
            </List>
            {editable ? (
              <Textarea
                mt="xs"
                label={t('skp.perilaku.ekspektasiFor', { nama: p.nama })}
                value={draft.value[p.kode] ?? ''}
                onChange={(e) => draft.set({ ...draft.value, [p.kode]: e.currentTarget.value })}
                autosize
                minRows={1}
              />
            ) : (
              <Text size="sm" mt="xs">
                <Text span size="xs" c="dimmed">
                  {t('skp.perilaku.ekspektasi')}:{' '}
                </Text>
                {p.ekspektasiKhusus || (
                  <Text span c="dimmed">
                    {t('skp.perilaku.none')}
                  </Text>
                )}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
      {!!error && !isConflict(error) && <ErrorAlert error={error} />}
      {editable && (
        <Group justify="flex-end">
          <Button onClick={save} disabled={!draft.dirty} loading={editor.pending}>
            {t('skp.perilaku.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
