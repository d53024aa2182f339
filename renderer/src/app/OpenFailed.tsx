// Shown when the database cannot open: what happened, and a way to take every row out as it is.
import { useState } from 'react';
import { dumpWithoutSchema } from '../db/raw-export';
import { desktopApi } from '../platform/desktop-api';

export function OpenFailed({ reason }: { reason: string }) {
  const [status, setStatus] = useState<string | null>(null);
  async function exportRaw() {
    try {
      const dump = await dumpWithoutSchema();
      const saved = await desktopApi().saveFile({
        suggestedName: `shipready-raw-export-${new Date().toISOString().slice(0, 10)}.json`,
        content: JSON.stringify(dump, null, 1),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      setStatus(
        saved.ok ? (saved.value.saved ? `Saved to ${saved.value.path}.` : 'Not saved.') : saved.error.message,
      );
    } catch (error) {
      setStatus(`The raw export failed too: ${(error as Error).message}`);
    }
  }
  return (
    <main className="splash" role="alert">
      <h1>ShipReady could not open your data</h1>
      <p>{reason}</p>
      <p>
        Your data has not been changed. You can export it exactly as it is on disk, then reinstall or update
        ShipReady.
      </p>
      <button type="button" className="primary" onClick={() => void exportRaw()}>
        Export my data as it is
      </button>
      {status && <p role="status">{status}</p>}
    </main>
  );
}
