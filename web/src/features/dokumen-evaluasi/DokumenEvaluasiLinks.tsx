/**
 * The two PDFs of one evaluation, offered only when the server says the caller may print them
 * (`aksi` of GET /dokumen-evaluasi/evaluasi/:id); for the evaluation pages to embed.
 */
import { Anchor, Badge, Group } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDokumenInfo } from './api.ts';

export function DokumenEvaluasiLinks({ evaluasiId }: { evaluasiId: string }) {
  const { t } = useTranslation();
  const info = useDokumenInfo(evaluasiId);
  const d = info.data;
  if (!d || (!d.evaluasiKinerjaUrl && !d.dokumenEvaluasiUrl)) return null;
  return (
    <Group gap="md">
      {d.evaluasiKinerjaUrl && (
        <Anchor href={d.evaluasiKinerjaUrl} target="_blank" rel="noopener">
          <Group gap={4}>
            <IconFileTypePdf size={16} aria-hidden />
            {t('dokumenEvaluasi.evaluasiKinerja')}
          </Group>
        </Anchor>
      )}
      {d.dokumenEvaluasiUrl && (
        <Anchor href={d.dokumenEvaluasiUrl} target="_blank" rel="noopener">
          <Group gap={4}>
            <IconFileTypePdf size={16} aria-hidden />
            {t('dokumenEvaluasi.dokumenEvaluasi')}
          </Group>
        </Anchor>
      )}
      {d.draf && (
        <Badge color="red" variant="light">
          {t('dokumenEvaluasi.draf')}
        </Badge>
      )}
    </Group>
  );
}
