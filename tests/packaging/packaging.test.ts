// The packaging check that can run offline: electron-builder's config against its own JSON Schema, the fuses
// docs/quality-bars.md asks for, what each OS needs to install and launch the app, and the workflow that builds them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fileKinds } from '../../shared/ipc/file-kinds';

const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
) as object;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  main: string;
  homepage?: string;
  author?: { name?: string; email?: string };
  desktopName?: string;
  scripts: Record<string, string>;
};

interface Association {
  ext: string;
  name: string;
  description?: string;
  mimeType?: string;
}
type Platform = { target: unknown; fileAssociations?: Association[] } & Record<string, unknown>;
const platform = (name: 'linux' | 'win' | 'mac') => config[name] as Platform;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema (unknown keys and typos fail)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
    expect(validate({ ...config, asarr: true })).toBe(false);
  });

  it('sets the fuses: no RunAsNode, no NODE_OPTIONS, no inspect, ASAR integrity on, only load from ASAR', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs only the Electron bundles and the renderer, and package.json’s main is among them', () => {
    expect(config.files).toEqual(['dist/electron/**/*', 'dist/renderer/**/*']);
    expect(pkg.main.startsWith('dist/electron/')).toBe(true);
  });

  it('signs macOS builds ad hoc, which arm64 needs after the fuses change the binary', () => {
    const mac = platform('mac');
    expect(mac.identity).toBe('-');
    // Hardened runtime rejects Electron's own frameworks under an ad-hoc signature unless library
    // validation is switched off by an entitlement.
    if (mac.hardenedRuntime !== false) expect(mac.entitlements).toBeDefined();
  });

  it('builds the macOS dmg for both Apple silicon and Intel', () => {
    const targets = platform('mac').target as { target: string; arch: string[] }[];
    const arches = targets.filter((t) => t.target === 'dmg').flatMap((t) => t.arch);
    expect(new Set(arches)).toEqual(new Set(['arm64', 'x64']));
  });

  it('makes the deb the first Linux installer (its AppArmor profile lets the sandbox start), AppImage after', () => {
    expect(platform('linux').target).toEqual(['deb', 'AppImage']);
    expect(platform('linux').maintainer).toMatch(/<.+@.+>/);
  });

  it('targets Windows NSIS', () => {
    expect(platform('win').target).toEqual(['nsis']);
  });

  it('has an icon large enough for every target (a PNG of at least 512 px)', () => {
    const png = readFileSync(join(root, String(config.icon)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // width, from the IHDR chunk
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('registers the bundle and review file types on every OS, with the extensions the app writes', () => {
    const extensions = [fileKinds.bundle.extension, fileKinds.review.extension];
    // A top-level list would be added to each OS's own, registering every type twice on Windows.
    expect(config.fileAssociations).toBeUndefined();
    for (const os of ['linux', 'win', 'mac'] as const) {
      expect(
        platform(os).fileAssociations?.map((a) => a.ext),
        os,
      ).toEqual(extensions);
    }
    for (const os of ['linux', 'mac'] as const) {
      const associations = platform(os).fileAssociations ?? [];
      expect(associations.map((a) => a.name)).toEqual([fileKinds.bundle.label, fileKinds.review.label]);
      // Linux (deb) registers types by MIME type.
      for (const association of associations)
        expect(association.mimeType).toMatch(/^application\/x-shipready-/);
    }
  });

  it('gives Windows dotted ProgIDs without spaces (NSIS uses the name as the ProgID)', () => {
    for (const association of platform('win').fileAssociations ?? []) {
      expect(association.name).toMatch(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/);
      expect(association.name.length).toBeLessThanOrEqual(39);
      expect(association.description).toBeTruthy();
    }
  });
});

describe('package.json metadata for the installers', () => {
  it('has a homepage (the deb needs one) and an author with an email', () => {
    expect(pkg.homepage).toMatch(/^https:\/\/[^/]+/);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  it('names the desktop file Electron uses as the Linux window’s app id, and the .desktop file follows it', () => {
    expect(pkg.desktopName).toBe(`${pkg.name}.desktop`);
    expect(platform('linux').syncDesktopName).toBe(true);
  });

  it('never publishes from `npm run dist`', () => {
    expect(pkg.scripts.dist).toMatch(/electron-builder .*--publish never/);
  });
});

describe('the installers workflow', () => {
  type Step = { name?: string; run?: string; if?: string; env?: Record<string, unknown> };
  const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'installers.yml'), 'utf8')) as {
    jobs: { build: { strategy: { matrix: { os: string[] } }; steps: Step[] } };
  };
  const steps = workflow.jobs.build.steps;

  it('is valid YAML that names each OS target', () => {
    expect(workflow.jobs.build.strategy.matrix.os).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
    ]);
  });

  it('runs the tests, the Electron specs and the installer build', () => {
    const runs = steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm test');
    expect(runs).toContain('--project e2e-electron');
    expect(runs).toContain('npm run dist');
  });

  it('lets Electron’s sandbox start on Linux before any test launches Electron', () => {
    const sandbox = steps.findIndex(
      (step) =>
        /kernel\.apparmor_restrict_unprivileged_userns=0/.test(step.run ?? '') ||
        /chown root .*chrome-sandbox[\s\S]*chmod 4755 .*chrome-sandbox/.test(step.run ?? ''),
    );
    const firstLinuxTest = steps.findIndex(
      (step) => /npm test|vitest/.test(step.run ?? '') && step.if !== "runner.os != 'Linux'",
    );
    expect(sandbox).toBeGreaterThanOrEqual(0);
    expect(steps[sandbox]?.if).toBe("runner.os == 'Linux'");
    expect(firstLinuxTest).toBeGreaterThan(sandbox);
  });

  it('publishes Electron’s window-shown and first-screen-ready times for each OS after the build', () => {
    const bench = steps.filter((step) => /node bench\/run\.mjs --electron/.test(step.run ?? ''));
    expect(bench.map((step) => step.if).sort()).toEqual(["runner.os != 'Linux'", "runner.os == 'Linux'"]);
    expect(bench.find((step) => step.if === "runner.os == 'Linux'")?.run).toMatch(/^xvfb-run -a /);
    const built = steps.findIndex((step) => /npm run build/.test(step.run ?? ''));
    const first = steps.findIndex((step) => bench.includes(step));
    expect(first).toBeGreaterThan(built);
    const upload = steps.find(
      (step) => (step as { with?: { path?: string } }).with?.path === 'bench/results/electron.json',
    ) as { with?: { name?: string } } | undefined;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
    expect(upload?.with?.name).toBe('bench-electron-${{ matrix.os }}');
  });

  it('does not turn macOS signing off, so the ad-hoc signature is applied', () => {
    for (const step of steps) expect(step.env?.CSC_IDENTITY_AUTO_DISCOVERY).toBeUndefined();
  });
});
