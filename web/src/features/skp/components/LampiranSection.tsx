/**
 * Lampiran SKP: three lists (dukungan sumber daya, skema pertanggungjawaban, konsekuensi), the
 * leader's side of the SKP. Editable when the server lists 'lampiran' for the caller: the owner
 * while drafting, the appraiser until the SKP is set.
 */
import { ActionIcon, Button, Card, Group, List, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LAMPIRAN_KEYS, type Lampiran } from '../api/types.ts';
import { isConflict } from './ConflictNotice.tsx';
import { useDraft } from './useDraft.ts';
import type { SkpEditor } from './useSkpEditor.ts';

export function LampiranSection({ editor }: { editor: SkpEditor }) {
  const { t } = useTranslation();
  const server: Lampiran = {
    dukunganSumberDaya: editor.skp.lampiran?.dukunganSumberDaya ?? [],
    skemaPertanggungjawaban: editor.skp.lampiran?.skemaPertanggungjawaban ?? [],
    konsekuensi: editor.skp.lampiran?.konsekuensi ?? [],
  };
  const draft = useDraft<Lampiran>(server);
  const [error, setError] = useState<unknown>(null);
  const editable = editor.canEditLampiran && !editor.conflict;

  const setList = (key: keyof Lampiran, list: string[]) => draft.set({ ...draft.value, [key]: list });
  const save = async () => {
    const lampiran = Object.fromEntries(
      LAMPIRAN_KEYS.map((k) => [k, draft.value[k].map((s) => s.trim()).filter(Boolean)]),
    ) as unknown as Lampiran;
    const r = await editor.run({ kind: 'patch', body: { lampiran } }, t('skp.lampiran.saved'));
    if (r.ok) {
      setError(null);
      draft.markSaved();
    } else setError(r.error);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="lampiran-title">
      <Title order={2} fz="h4" id="lampiran-title">
        {t('skp.lampiran.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {editable && editor.skp.peranSaya.includes('PENILAI') ? t('skp.lampiran.hintPenilai') : t('skp.lampiran.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {LAMPIRAN_KEYS.map((key) => {
          // Unsaved edits show only while editing; read-only shows what is stored.
          const list = editable ? draft.value[key] : server[key];
          const label = t(`skp.lampiran.${key}`);
          return (
            <Card key={key} withBorder radius="md" padding="sm">
              <Text fw={600} size="sm" mb={6}>
                {label}
              </Text>
              {editable ? (
                <Stack gap={6}>
                  {list.map((item, i) => (
                    <Group
                      // biome-ignore lint/suspicious/noArrayIndexKey: plain strings; position is the identity
                      key={i}
                      gap={4}
                      wrap="nowrap"
                      align="flex-start"
                    >
                      <Textarea
                        autosize
                        minRows={1}
                        aria-label={t('skp.lampiran.item', { label, n: i + 1 })}
                        value={item}
                        onChange={(e) =>
                          setList(
                            key,
                            list.map((x, j) => (j === i ? e.currentTarget.value : x)),
                          )
                        }
                        style={{ flex: 1 }}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          setList(
                            key,
                            list.filter((_, j) => j !== i),
                          )
                        }
                        aria-label={t('skp.lampiran.remove', { label, n: i + 1 })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ))}
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => setList(key, [...list, ''])}
                    aria-label={t('skp.lampiran.addTo', { label })}
                  >
                    {t('skp.lampiran.add')}
                  </Button>
                </Stack>
              ) : list.length === 0 ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : (
                <List size="sm" spacing={2}>
                  {list.map((item) => (
                    <List.Item key={item}>{item}</List.Item>
                  ))}
                </List>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
      {!!error && !isConflict(error) && <ErrorAlert error={error} />}
      {editable && (
        <Group justify="flex-end">
          <Button onClick={save} disabled={!draft.dirty} loading={editor.pending}>
            {t('skp.lampiran.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
