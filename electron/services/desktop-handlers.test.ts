import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dataPaths } from './data-dir';
import { createDesktopHandlers, type DesktopHandlerDeps } from './desktop-handlers';
import { dispatch } from './dispatch';
import type { LlmService } from './llm/llm-service';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"

async function handlers(overrides: Partial<DesktopHandlerDeps>) {
  const dir = await mkdtemp(join(tmpdir(), 'shipready-handlers-'));
  const deps: DesktopHandlerDeps = {
    paths: dataPaths(dir),
    appInfo: { name: 'ShipReady', version: '1.0.0', edition: 'desktop' },
    llm: {} as LlmService,
    ...overrides,
  };
  return { handlers: createDesktopHandlers(deps) };
}

describe('files:save-pdf', () => {
  it('asks where over the asking page’s window, prints that page, and writes the PDF there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipready-pdf-'));
    const target = join(dir, 'report.pdf');
    const chooseSavePath = vi.fn(async () => target);
    const printPageToPdf = vi.fn(async () => pdf);
    const { handlers: wired } = await handlers({
      chooseSavePath,
      printPageToPdf,
      writeFileAt: async (path, content) => {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(path, content);
      },
    });
    const result = await dispatch(
      wired,
      'files:save-pdf',
      { suggestedName: 'ShipReady 2026-12-01.pdf' },
      () => {},
      {
        emit: () => {},
        senderId: 9,
      },
    );
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(chooseSavePath).toHaveBeenCalledWith(
      'ShipReady 2026-12-01.pdf',
      [{ name: 'PDF document', extensions: ['pdf'] }],
      9,
    );
    expect(printPageToPdf).toHaveBeenCalledWith(9);
    expect(new Uint8Array(await readFile(target))).toEqual(pdf);
  });

  it('prints nothing when the person cancels the dialog', async () => {
    const printPageToPdf = vi.fn(async () => pdf);
    const { handlers: wired } = await handlers({
      chooseSavePath: async () => null,
      printPageToPdf,
      writeFileAt: vi.fn(),
    });
    const result = await dispatch(wired, 'files:save-pdf', { suggestedName: 'a.pdf' });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(printPageToPdf).not.toHaveBeenCalled();
  });

  it('answers unsupported in the browser edition, which prints through the browser', async () => {
    const { handlers: wired } = await handlers({});
    expect(await dispatch(wired, 'files:save-pdf', { suggestedName: 'a.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('refuses a name that is not a .pdf or that holds a path, naming the field', async () => {
    const writeFileAt = vi.fn();
    const { handlers: wired } = await handlers({
      chooseSavePath: async () => '/x',
      printPageToPdf: async () => pdf,
      writeFileAt,
    });
    for (const suggestedName of ['report.html', '../../report.pdf']) {
      const result = await dispatch(wired, 'files:save-pdf', { suggestedName });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(!result.ok && result.error.message).toContain('suggestedName');
    }
    expect(writeFileAt).not.toHaveBeenCalled();
  });
});
