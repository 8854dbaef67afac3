/** `kinerja dialog pengingat`: sends the dialog kinerja reminders due now (for cron). */
import type { Command } from 'commander';
import { kirimPengingat } from '../../modules/dialog/index.ts';
import { cliLang, withDatabase } from '../context.ts';

export function registerDialog(program: Command): void {
  const dialog = program.command('dialog').description('Dialog kinerja');
  dialog
    .command('pengingat')
    .description(
      'Kirim pengingat dialog kinerja yang jatuh tempo (H-1 dan hari-H, tidak pernah dua kali) / send the dialogue reminders due now (the day before and the day itself, never twice)',
    )
    .action(async () => {
      const hasil = await withDatabase((database) => kirimPengingat(database));
      console.log(
        cliLang() === 'en'
          ? `Dialogues checked: ${hasil.diperiksa}; reminders sent: ${hasil.terkirim}`
          : `Dialog diperiksa: ${hasil.diperiksa}; pengingat terkirim: ${hasil.terkirim}`,
      );
    });
}
