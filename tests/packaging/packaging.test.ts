// The packaging check that can run offline: electron-builder's config against its own JSON Schema,
// the fuses quality-bars.md asks for, and a workflow that builds every OS.
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

  it('targets Linux AppImage and deb, Windows NSIS and macOS dmg, and packages only the build', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
    expect(config.files).toContain('dist/**/*');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main).toBe('dist/electron/main.cjs');
  });

  it('has an icon large enough for every target (a PNG of at least 512 px)', () => {
    const png = readFileSync(join(root, String(config.icon)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // width, from the IHDR chunk
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('registers the bundle and review file types the app opens, with the extensions the app writes', () => {
    const associations = config.fileAssociations as { ext: string; name: string; mimeType: string }[];
    expect(associations.map((a) => a.ext)).toEqual([fileKinds.bundle.extension, fileKinds.review.extension]);
    expect(associations.map((a) => a.name)).toEqual([fileKinds.bundle.label, fileKinds.review.label]);
    // Linux (deb) registers types by MIME type.
    for (const association of associations)
      expect(association.mimeType).toMatch(/^application\/x-shipready-/);
  });
});

describe('the installers workflow', () => {
  const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'installers.yml'), 'utf8')) as {
    jobs: { build: { strategy: { matrix: { os: string[] } }; steps: { run?: string }[] } };
  };

  it('is valid YAML that names each OS target', () => {
    expect(workflow.jobs.build.strategy.matrix.os).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
    ]);
  });

  it('runs the tests, the Electron specs and the installer build', () => {
    const runs = workflow.jobs.build.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm test');
    expect(runs).toContain('--project e2e-electron');
    expect(runs).toContain('npm run dist');
  });
});
