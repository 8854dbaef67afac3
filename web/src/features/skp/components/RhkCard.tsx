/**
 * One RHK of the SKP: its text, the intervened RHK of the leader (with "draf atasan" while the
 * leader's SKP is not set yet), cascading, JPT fields, the appraiser's note, the "perlu ditinjau"
 * flag with its acknowledgement, and the IKI with targets.
 */
import { ActionIcon, Alert, Badge, Button, Card, Group, List, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconMessage, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.ts';
import type { JenisForm, Rhk } from '../api/types.ts';
import { targetText } from './ikiText.ts';

export function RhkCard({
  rhk,
  nomor,
  jenisForm,
  editable,
  onEdit,
  onDelete,
  onAcknowledge,
  acknowledging,
  ikiExtra,
}: {
  rhk: Rhk;
  nomor: string;
  jenisForm: JenisForm;
  editable: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onAcknowledge: () => void;
  acknowledging: boolean;
  /** Shown under each IKI (the evidence of the current period, features/bukti). */
  ikiExtra?: (iki: { id: string; indikator: string }) => ReactNode;
}) {
  const { t } = useTranslation();
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
  const parentDraft = rhk.parent && rhk.parent.skpStatus !== 'DITETAPKAN';
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      component="article"
      aria-label={`RHK ${nomor}: ${rhk.teks}`}
      style={
        rhk.perluTinjau
          ? { borderColor: 'var(--mantine-color-orange-5)' }
          : rhk.catatan
            ? { borderColor: 'var(--mantine-color-yellow-6)' }
            : undefined
      }
    >
      <Stack gap={8}>
        {jenisForm === 'JA_JF' && rhk.parent && (
          <Paper bg="gray.0" p="xs" radius="sm">
            <Text size="xs" c="dimmed">
              {t('skp.hasil.rhkPimpinan')}
              {rhk.parent.pegawaiNama ? ` · ${rhk.parent.pegawaiNama}` : ''}
            </Text>
            <Group gap={6} wrap="wrap">
              <Text size="sm">{rhk.parent.teks}</Text>
              {parentDraft && (
                <Badge size="xs" color="grape" variant="light">
                  {t('skp.hasil.drafAtasan')}
                </Badge>
              )}
            </Group>
          </Paper>
        )}
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {nomor}. {rhk.teks}
          </Text>
          {editable && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('skp.hasil.edit')}>
                <ActionIcon variant="subtle" onClick={onEdit} aria-label={t('skp.hasil.editNamed', { n: nomor })}>
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('skp.hasil.delete')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={onDelete}
                  aria-label={t('skp.hasil.deleteNamed', { n: nomor })}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Group gap={6} wrap="wrap">
          {rhk.sumber !== 'INTERVENSI' && (
            <Badge variant="light" color="gray" size="sm">
              {t(`skp.sumber.${rhk.sumber}`)}
            </Badge>
          )}
          {rhk.cascading && (
            <Badge variant="light" size="sm">
              {t(`skp.cascading.${rhk.cascading}`)}
            </Badge>
          )}
          {rhk.perspektif && (
            <Badge variant="light" color="teal" size="sm">
              {t(`skp.perspektif.${rhk.perspektif}`)}
            </Badge>
          )}
          {rhk.perluTinjau && (
            <Badge color="orange" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              {t('skp.hasil.perluTinjau')}
            </Badge>
          )}
        </Group>
        {rhk.pkIndikator && (
          <Text size="sm">
            <Text span c="dimmed" size="xs">
              {t('skp.hasil.pkIndikator')}:{' '}
            </Text>
            {rhk.pkIndikator.indikator}
          </Text>
        )}
        {rhk.penugasanDari && (
          <Text size="sm">
            <Text span c="dimmed" size="xs">
              {t('skp.hasil.penugasanDari')}:{' '}
            </Text>
            {rhk.penugasanDari}
          </Text>
        )}
        {rhk.perluTinjau && (
          <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm">{t('skp.hasil.perluTinjauHelp')}</Text>
            {editable ? (
              <Button
                size="xs"
                mt={6}
                variant="light"
                color="orange"
                leftSection={<IconCheck size={14} aria-hidden />}
                onClick={onAcknowledge}
                loading={acknowledging}
              >
                {t('skp.hasil.acknowledge')}
              </Button>
            ) : (
              <Text size="xs" c="dimmed" mt={4}>
                {t('skp.hasil.acknowledgeLocked')}
              </Text>
            )}
          </Alert>
        )}
        {rhk.catatan && (
          <Alert
            color="yellow"
            variant="light"
            p="xs"
            icon={<IconMessage size={18} />}
            title={t('skp.hasil.catatanItem')}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {rhk.catatan}
            </Text>
          </Alert>
        )}
        <div>
          <Text size="xs" c="dimmed" mb={2}>
            {t('skp.hasil.iki')}
          </Text>
          {rhk.iki.length === 0 ? (
            <Text size="sm" c="dimmed">
              —
            </Text>
          ) : (
            <List size="sm" spacing={4} listStyleType="none" pl={0}>
              {rhk.iki.map((i, idx) => (
                <List.Item key={i.id ?? idx}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }} mt={3}>
                      {t(`skp.aspek.${i.aspek}`)}
                    </Badge>
                    <Text size="sm" style={{ minWidth: 0 }}>
                      {i.indikator}
                      <Text span c="dimmed">
                        {' '}
                        — {t('skp.hasil.target')}:{' '}
                      </Text>
                      <Text span fw={500}>
                        {targetText(i, locale)}
                      </Text>
                    </Text>
                  </Group>
                  {ikiExtra && i.id ? ikiExtra({ id: i.id, indikator: i.indikator }) : null}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Card>
  );
}
