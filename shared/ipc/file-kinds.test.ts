import { describe, expect, it } from 'vitest';
import { fileKindOf, openFilterFor } from './file-kinds';

describe('file kinds', () => {
  it('tells a bundle from a review by extension, in any case', () => {
    expect(fileKindOf('/home/ana/Ada portfolio.shipready')).toBe('bundle');
    expect(fileKindOf('C:\\Users\\ana\\FROM-MENTOR.SHIPREVIEW')).toBe('review');
  });

  it('is null for anything else, including names that only contain the extension', () => {
    expect(fileKindOf('bundle.json')).toBeNull();
    expect(fileKindOf('shipready')).toBeNull();
    expect(fileKindOf('a.shipready.txt')).toBeNull();
    expect(fileKindOf('--inspect')).toBeNull();
  });

  it('still lets the open dialog pick .json files exported before the types existed', () => {
    expect(openFilterFor('bundle').extensions).toEqual(['shipready', 'json']);
  });
});
