import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol';

let handler: ReturnType<typeof createAppProtocolHandler>;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'shipready-protocol-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'renderer', 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  handler = createAppProtocolHandler(join(root, 'renderer'));
});

describe('app:// protocol', () => {
  it('serves the renderer with the CSP header', async () => {
    const response = await handler(new Request('app://shipready/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves assets with their content type', async () => {
    const response = await handler(new Request('app://shipready/assets/main.js'));
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it.each([
    'app://shipready/../secret.txt',
    'app://shipready/%2e%2e/secret.txt',
    'app://shipready/..%2fsecret.txt',
  ])('refuses to leave its folder: %s', async (url) => {
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
  });

  it('refuses other hosts', async () => {
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
  });
});
