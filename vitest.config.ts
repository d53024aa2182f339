// Test projects: Node unit tests, renderer tests in jsdom, and the end-to-end specs run twice:
// in Debian's Chromium against the browser edition, and in real Electron where its binary exists.
import { defineConfig } from 'vitest/config';

const e2e = (target: 'chromium' | 'electron') => ({
  test: {
    name: `e2e-${target}`,
    include: ['tests/e2e/**/*.e2e.ts', 'tests/faults/**/*.e2e.ts'],
    environment: 'node',
    env: { E2E_TARGET: target },
    globalSetup: [target === 'electron' ? 'tests/e2e/global-setup-electron.ts' : 'tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'tests/{content,migrations,lint,fixtures,packaging,security}/**/*.test.ts',
            'tests/faults/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/fixtures/renderer-setup.ts'],
        },
      },
      e2e('chromium'),
      e2e('electron'),
    ],
  },
});
