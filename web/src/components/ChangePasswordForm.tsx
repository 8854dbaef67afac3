/**
 * The change-password form (current, new, repeat), used by "Akun saya" and by the forced
 * replacement of a one-time password. The new password is checked as it is typed with the same
 * policy function as the server (src/domain/password-policy.ts) minus the common-password list,
 * which only the server loads; the server's answer names the rule it refused otherwise. `labels`
 * lets the forced screen call the current password what the user holds: the one-time password.
 */
import { Button, Group, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordProblem } from '../../../src/domain/password-policy.ts';
import { useChangePassword } from '../api/auth.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { PasswordField } from './PasswordField.tsx';

export function ChangePasswordForm({
  account,
  onChanged,
  title,
  currentLabel,
  submitLabel,
}: {
  /** Whose password: a password may not contain their username or NIP. */
  account: { username: string; nip?: string | null };
  onChanged?: () => void;
  title?: string;
  currentLabel?: string;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const rule = passwordProblem(next, account);
  // While typing, "too short" waits for the submit; the other rules show at once.
  const shownRule = rule && (touched || (next.length > 0 && rule !== 'TOO_SHORT')) ? rule : null;
  const mismatch = confirm.length > 0 && next !== confirm;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!current || rule || next !== confirm) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
          setTouched(false);
          onChanged?.();
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={420}>
        <Title order={2} fz="h4">
          {title ?? t('account.changePassword')}
        </Title>
        {change.isError && <ErrorAlert error={change.error} />}
        <PasswordField
          label={currentLabel ?? t('account.currentPassword')}
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={touched && !current ? t('common.required') : undefined}
          required
        />
        <PasswordField
          label={t('account.newPassword')}
          description={t('account.passwordHint')}
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={shownRule ? t(`account.rule.${shownRule}`) : undefined}
          required
        />
        <PasswordField
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch || (touched && next !== confirm) ? t('account.mismatch') : undefined}
          required
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {submitLabel ?? t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
