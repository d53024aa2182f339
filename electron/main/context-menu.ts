// The right-click menu: spelling suggestions for a misspelled word, then Cut, Copy, Paste and Select all as
// the spot allows. Built from the context-menu event's parameters by a pure function a Node test can check.
import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';

type Params = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions'
> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};
type Contents = Pick<WebContents, 'replaceMisspelling'> & {
  session: Pick<WebContents['session'], 'addWordToSpellCheckerDictionary'>;
};

export function contextMenuTemplate(params: Params, contents: Contents): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const { editFlags } = params;
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 5);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    items.push(
      {
        label: 'Add to dictionary',
        click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
      },
      { type: 'separator' },
    );
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    );
  } else {
    if (params.selectionText.trim() !== '') items.push({ role: 'copy', enabled: editFlags.canCopy });
    items.push({ role: 'selectAll', enabled: editFlags.canSelectAll });
  }
  return items;
}

/** Shows the menu on every right-click (or the menu key) in `contents`. */
export function installContextMenu(
  contents: Contents & Pick<WebContents, 'on'>,
  popup: (template: MenuItemConstructorOptions[]) => void,
) {
  contents.on('context-menu', (_event, params) => popup(contextMenuTemplate(params, contents)));
}
