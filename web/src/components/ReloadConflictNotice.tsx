/**
 * Shown in a form when a save answered 409 CONFLICT.VERSION: nothing was saved or overwritten, the
 * person's entries stay in the form until they reload the latest data and apply their change again
 * (the same flow as the SKP editor's conflict notice). Used by the unit and pegawai dialogs.
 */
import { Alert, Button, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ReloadConflictNotice({
  title,
  onReload,
  reloading,
}: {
  title: string;
  onReload: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconUsers />} title={title} role="alert">
      <Text size="sm">{t('conflictNotice.body')}</Text>
      <Button
        size="xs"
        mt="sm"
        color="orange"
        leftSection={<IconRefresh size={16} aria-hidden />}
        onClick={onReload}
        loading={reloading}
      >
        {t('common.reload')}
      </Button>
    </Alert>
  );
}
