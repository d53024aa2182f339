// Proves the database boundary: only renderer/src/db/ may import Dexie; features read through hooks.
import { describe, expect, it } from 'vitest';
import { lintProbe } from '../fixtures/lint-probe';

describe('database boundary lint rule', () => {
  it.each([
    ['renderer/src/features/portfolio', "import Dexie from 'dexie';\nexport const probe = Dexie;\n"],
    [
      'renderer/src/features/readiness',
      "import { useLiveQuery } from 'dexie-react-hooks';\nexport const probe = useLiveQuery;\n",
    ],
    ['renderer/src/ui', "import Dexie from 'dexie';\nexport const probe = Dexie;\n"],
    ['renderer/src/app', "import { liveQuery } from 'dexie';\nexport const probe = liveQuery;\n"],
  ])('refuses a Dexie import in %s', (dir, source) => {
    const { failed, output } = lintProbe(dir, source);
    expect(failed).toBe(true);
    expect(output).toContain('Only renderer/src/db/ talks to the database');
  });

  it('allows Dexie under renderer/src/db/', () => {
    const { failed, output } = lintProbe(
      'renderer/src/db',
      "import Dexie from 'dexie';\nexport const probe = Dexie;\n",
    );
    expect(output).not.toContain('Only renderer/src/db/');
    expect(failed).toBe(false);
  });

  it('still bans @electron/remote in the renderer', () => {
    expect(
      lintProbe(
        'renderer/src/features',
        "import remote from '@electron/remote';\nexport const probe = remote;\n",
      ).failed,
    ).toBe(true);
  });

  it('refuses a feature importing back up into the app shell', () => {
    const { failed, output } = lintProbe(
      'renderer/src/features/roadmap',
      "import { App } from '../../app/App';\nexport const probe = App;\n",
    );
    expect(failed).toBe(true);
    expect(output).toContain('renderer/src/app/ is the shell');
  });
});
