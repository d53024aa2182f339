import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { createHttpDesktopApi } from './http-desktop-api';

let downloads: { name: string; text: Promise<string> }[];
let hostAnswer: unknown;

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  // jsdom has neither object URLs nor downloads: record what the page hands the browser.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ name: this.download, text: blob.text() });
  });
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(hostAnswer), { status: 200 }));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const request = { suggestedName: 'shipready-all-my-data-2026-12-01.json', content: '{"projects":[]}' };
const api = () => createHttpDesktopApi('http://127.0.0.1:21000/token-token-token-token/');

describe('saving in the browser edition when the data folder cannot take the file', () => {
  it('hands the file to the browser downloads when the folder is read-only, and says so', async () => {
    hostAnswer = fail('read-only', 'The file was not saved: the disk holding the data folder is read-only.');
    const saved = await api().saveFile(request);
    expect(saved).toEqual(
      ok({
        saved: true,
        path: `your browser’s downloads as ${request.suggestedName} (the data folder is on a read-only disk)`,
      }),
    );
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toBe(request.suggestedName);
    expect(await downloads[0]?.text).toBe(request.content);
  });

  it('keeps the host answer, and downloads nothing, when the host saved it or refused it for another reason', async () => {
    hostAnswer = ok({ saved: true, path: '/data/exports/x.json' });
    expect(await api().saveFile(request)).toEqual(hostAnswer);
    hostAnswer = fail('invalid-payload', 'The request was refused: suggestedName is too long.');
    expect(await api().saveFile(request)).toEqual(hostAnswer);
    expect(downloads).toEqual([]);
  });
});
