import { describe, expect, it } from 'vitest';
import { memberId, suggestMemberId } from './ids';

describe('member ids', () => {
  it('suggests a folder-safe id from a name with a random suffix', () => {
    expect(suggestMemberId('Ana María Pérez', 'A1B2C3D4')).toBe('ana-maria-perez-a1b2c3');
    expect(suggestMemberId('  ', 'ff00ff')).toBe('member-ff00ff');
    expect(memberId.safeParse(suggestMemberId('Ω', '123456')).success).toBe(true);
  });

  it('refuses ids that are not safe folder names, saying what to use', () => {
    for (const bad of ['../x', 'Ana', 'a', '-ana', 'a/b', 'a'.repeat(41), 'ana maria']) {
      const parsed = memberId.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/lowercase letters, digits or dashes/);
    }
  });
});
