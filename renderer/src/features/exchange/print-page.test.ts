import { describe, expect, it, vi } from 'vitest';
import { printOrSavePdf } from './print-page';

const deps = () => ({ print: vi.fn(), notify: vi.fn(), today: '2026-12-01' });

describe('Print or save as PDF', () => {
  it('opens the browser’s print dialog in the browser edition', async () => {
    const d = deps();
    await printOrSavePdf({ ...d, desktop: undefined });
    expect(d.print).toHaveBeenCalledTimes(1);
    expect(d.notify).not.toHaveBeenCalled();
  });

  it('saves a PDF through the desktop side in Electron and says where', async () => {
    const d = deps();
    const savePageAsPdf = vi.fn(async () => ({
      ok: true as const,
      value: { saved: true, path: '/home/ana/Documents/ShipReady 2026-12-01.pdf' },
    }));
    await printOrSavePdf({ ...d, desktop: { savePageAsPdf } });
    expect(savePageAsPdf).toHaveBeenCalledWith({ suggestedName: 'ShipReady 2026-12-01.pdf' });
    expect(d.print).not.toHaveBeenCalled();
    expect(d.notify).toHaveBeenCalledWith(
      'info',
      'PDF saved to /home/ana/Documents/ShipReady 2026-12-01.pdf.',
    );
  });

  it('says nothing when the person cancels the save dialog', async () => {
    const d = deps();
    await printOrSavePdf({
      ...d,
      desktop: { savePageAsPdf: async () => ({ ok: true as const, value: { saved: false } }) },
    });
    expect(d.notify).not.toHaveBeenCalled();
  });

  it('shows why a PDF could not be saved', async () => {
    const d = deps();
    const failed = { ok: false as const, error: { code: 'disk-full', message: 'the disk is full.' } };
    await printOrSavePdf({ ...d, desktop: { savePageAsPdf: async () => failed } });
    expect(d.notify).toHaveBeenCalledWith('error', 'The PDF was not saved: the disk is full.');
  });
});
