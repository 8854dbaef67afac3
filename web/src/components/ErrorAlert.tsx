/**
 * Shows an API (or any) error: the server's localised message, field details and an optional retry.
 * The error code (`SKP.OVERLAP`, `AUTH.INVALID_CREDENTIALS` …) is for support, not for the reader: it
 * waits behind a collapsed "Detail teknis".
 */
import { Alert, Button, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { pickText } from '../i18n/index.ts';
import { isShownInFields } from './field-errors.ts';

type Detail = { field?: string; message?: string | { id: string; en: string }; code?: string };

/** Human lines from an error's `details` (validation fields, NIP errors …). */
export function detailLines(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return (details as Detail[])
    .map((d) => {
      const msg = typeof d?.message === 'string' ? d.message : d?.message ? pickText(d.message) : (d?.code ?? '');
      return d?.field ? `${d.field}: ${msg}` : msg;
    })
    .filter(Boolean);
}

export function ErrorAlert({
  error,
  onRetry,
  title,
  hideDetails,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  /** The form shows the field details under its inputs. */
  hideDetails?: boolean;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.message ?? (error instanceof Error ? error.message : String(error));
  const lines = hideDetails ? [] : detailLines(apiError?.details);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle />} title={title ?? t('error.title')} role="alert">
      <Text size="sm">{message}</Text>
      {lines.length > 0 && (
        <List size="sm" mt="xs">
          {lines.map((l) => (
            <List.Item key={l}>{l}</List.Item>
          ))}
        </List>
      )}
      {apiError && !apiError.isNetwork && (
        <Text component="details" size="xs" c="dimmed" mt={4}>
          <summary style={{ cursor: 'pointer' }}>{t('error.technical')}</summary>
          <span data-testid="error-code">{t('error.code', { code: apiError.code })}</span>
        </Text>
      )}
      {onRetry && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

/**
 * The error of a form's save: nothing when its message already stands under an input (a NIP problem,
 * a duplicate), otherwise the alert without the field details the form shows under its inputs.
 */
export function FormErrorAlert({ error, fieldErrors }: { error: unknown; fieldErrors: Record<string, string> }) {
  if (!error || isShownInFields(error, fieldErrors)) return null;
  return <ErrorAlert error={error} hideDetails={Object.keys(fieldErrors).length > 0} />;
}
