// Shown when the database cannot open: what happened, and a way to take every row out as it is.
import { RawExportButton } from '../ui/RawExportButton';

export function OpenFailed({ reason }: { reason: string }) {
  return (
    <main className="splash" role="alert">
      <h1>ShipReady could not open your data</h1>
      <p>{reason}</p>
      <p>
        Your data has not been changed. You can export it exactly as it is on disk, then reinstall or update
        ShipReady.
      </p>
      <RawExportButton />
    </main>
  );
}
