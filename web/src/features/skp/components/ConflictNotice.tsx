/**
 * Shown when a save answered 409 CONFLICT.VERSION: nothing was overwritten; the person reloads to
 * see the other change and then repeats their own.
 */
import { Alert, Button, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ConflictNotice({ onReload, reloading }: { onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconUsers />} title={t('skp.conflict.title')} role="alert">
      <Text size="sm">{t('skp.conflict.body')}</Text>
      <Button
        size="xs"
        mt="sm"
        color="orange"
        leftSection={<IconRefresh size={16} aria-hidden />}
        onClick={onReload}
        loading={reloading}
      >
        {t('skp.conflict.reload')}
      </Button>
    </Alert>
  );
}

/** Whether an error is the optimistic-lock conflict. */
export function isConflict(error: unknown): boolean {
  return !!error && (error as { isConflict?: boolean }).isConflict === true;
}
