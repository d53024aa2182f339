import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, installContextMenu } from './context-menu';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (overrides: Partial<Parameters<typeof contextMenuTemplate>[0]> = {}) => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: allowed,
  ...overrides,
});
const contents = () => ({
  replaceMisspelling: vi.fn(),
  session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
});
const labels = (items: ReturnType<typeof contextMenuTemplate>) =>
  items.map((item) => item.label ?? item.role ?? item.type);

describe('context menu', () => {
  it('offers Cut, Copy, Paste and Select all in a text field, enabled as Chromium says', () => {
    const items = contextMenuTemplate(
      params({ isEditable: true, editFlags: { ...allowed, canCut: false, canCopy: false } }),
      contents(),
    );
    expect(labels(items)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(items.map((item) => item.enabled)).toEqual([false, false, true, undefined, true]);
  });

  it('offers Copy for selected page text, and only Select all elsewhere', () => {
    expect(labels(contextMenuTemplate(params({ selectionText: 'recall@k' }), contents()))).toEqual([
      'copy',
      'selectAll',
    ]);
    expect(labels(contextMenuTemplate(params(), contents()))).toEqual(['selectAll']);
  });

  it('puts spelling suggestions first; choosing one replaces the word', () => {
    const page = contents();
    const items = contextMenuTemplate(
      params({
        isEditable: true,
        misspelledWord: 'retreival',
        dictionarySuggestions: ['retrieval', 'retrievals'],
      }),
      page,
    );
    expect(labels(items)).toEqual([
      'retrieval',
      'retrievals',
      'Add to dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    items[0]?.click?.({} as never, undefined, {} as never);
    expect(page.replaceMisspelling).toHaveBeenCalledWith('retrieval');
    items[2]?.click?.({} as never, undefined, {} as never);
    expect(page.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('retreival');
  });

  it('says so when there is no suggestion, as a disabled line', () => {
    const items = contextMenuTemplate(params({ isEditable: true, misspelledWord: 'qwzx' }), contents());
    expect(items[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  });

  it('pops the menu up on every context-menu event', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const page = {
      ...contents(),
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
    };
    const popup = vi.fn();
    installContextMenu(page as never, popup);
    listeners.get('context-menu')?.({}, params({ isEditable: true }));
    expect(popup).toHaveBeenCalledTimes(1);
    expect(labels(popup.mock.calls[0]?.[0])).toContain('paste');
  });
});
