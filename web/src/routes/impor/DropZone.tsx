/** Drag-and-drop file area with a "choose file" button (keyboard and touch friendly). */
import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format.ts';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

function isAccepted(file: File): boolean {
  return /\.(xlsx|csv)$/i.test(file.name);
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatNumber(Math.ceil(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function DropZone({
  file,
  onFile,
  disabled,
}: {
  file: File | null;
  onFile: (f: File) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  const [rejected, setRejected] = useState(false);
  const take = (f: File | null | undefined) => {
    if (!f) return;
    setRejected(!isAccepted(f));
    if (isAccepted(f)) onFile(f);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setActive(false);
    if (!disabled) take(e.dataTransfer.files?.[0]);
  };
  return (
    <section
      aria-label={t('impor.upload.drop')}
      className="drop-zone"
      data-active={active}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={onDrop}
    >
      <Stack align="center" gap="xs" p="lg" ta="center">
        <IconUpload size={32} stroke={1.5} color="var(--mantine-primary-color-filled)" aria-hidden />
        <Text size="sm">{t('impor.upload.drop')}</Text>
        <FileButton onChange={take} accept={ACCEPT} disabled={disabled}>
          {(props) => (
            <Button {...props} variant="light">
              {t('impor.upload.choose')}
            </Button>
          )}
        </FileButton>
        {file && (
          <Group gap={6} wrap="nowrap">
            <IconFileSpreadsheet size={18} aria-hidden />
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="selected-file">
              {t('impor.upload.selected', { name: file.name, size: size(file.size) })}
            </Text>
          </Group>
        )}
        {rejected && (
          <Text size="sm" c="red" role="alert">
            {t('impor.upload.badType')}
          </Text>
        )}
      </Stack>
    </section>
  );
}
