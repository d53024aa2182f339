// "Print or save as PDF": the desktop edition prints the page to a PDF file the person places (Electron's
// print preview offers no "Save as PDF"); the browser edition opens the browser's print dialog, which does.
import type { DesktopApi } from '../../../../shared/ipc/contract';

export interface PrintDeps {
  /** The preload's API in Electron; absent in the browser edition. */
  desktop: Pick<DesktopApi, 'savePageAsPdf'> | undefined;
  print: () => void;
  notify: (kind: 'info' | 'error', message: string) => void;
  /** The local date, for the suggested file name. */
  today: string;
}

export async function printOrSavePdf({ desktop, print, notify, today }: PrintDeps): Promise<void> {
  if (!desktop) {
    print();
    return;
  }
  const saved = await desktop.savePageAsPdf({ suggestedName: `ShipReady ${today}.pdf` });
  if (!saved.ok) notify('error', `The PDF was not saved: ${saved.error.message}`);
  else if (saved.value.saved) notify('info', `PDF saved to ${saved.value.path}.`);
}
