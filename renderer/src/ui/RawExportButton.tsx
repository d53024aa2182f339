// "Export my data as it is": every row as stored, read without the schema, for when the app cannot show it.
import { useState } from 'react';
import { dumpWithoutSchema } from '../db/raw-export';
import { desktopApi } from '../platform/desktop-api';
import { localDay } from './local-day';

export function RawExportButton() {
  const [status, setStatus] = useState<string | null>(null);
  async function exportRaw() {
    try {
      const dump = await dumpWithoutSchema();
      const saved = await desktopApi().saveFile({
        suggestedName: `shipready-raw-export-${localDay()}.json`,
        content: JSON.stringify(dump, null, 1),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      setStatus(
        saved.ok ? (saved.value.saved ? `Saved to ${saved.value.path}.` : 'Not saved.') : saved.error.message,
      );
    } catch (failure) {
      setStatus(`The raw export failed too: ${(failure as Error).message}`);
    }
  }
  return (
    <>
      <button type="button" className="primary" onClick={() => void exportRaw()}>
        Export my data as it is
      </button>
      {status && <p role="status">{status}</p>}
    </>
  );
}
