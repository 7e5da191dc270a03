import { deleteAllData } from '../../src/settings/delete-all';
import { readInvalidSettings } from '../../src/settings/store';
import { historyToCsv } from '../../src/usage/csv';
import { loadHistory } from '../../src/usage/history-store';
import { dayKeyOf } from '../../src/usage/local-day';

/** Offers a file to save; made in the page, nothing leaves the device. */
function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Wires export, recovery and deletion; `say` reports the outcome to the user. */
export async function wireDataButtons(say: (text: string) => void): Promise<void> {
  document.getElementById('export-csv')!.addEventListener('click', async () => {
    download(`second-look-usage-${dayKeyOf(Date.now())}.csv`, 'text/csv', historyToCsv(await loadHistory()));
    say('Usage history exported.');
  });

  const recover = document.getElementById('download-invalid')!;
  const invalid = await readInvalidSettings();
  recover.hidden = !invalid;
  recover.addEventListener('click', async () => {
    const kept = await readInvalidSettings();
    if (kept) download('second-look-unreadable-settings.json', 'application/json', JSON.stringify(kept.raw, null, 2));
  });

  const dialog = document.getElementById('confirm-delete') as HTMLDialogElement;
  document.getElementById('delete-all')!.addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'delete') return say('Nothing was deleted.');
    await deleteAllData();
    recover.hidden = true;
    say('All stored data was deleted.');
  });
}
