// Lets the person pick a folder with the browser's own dialog (`webkitdirectory`) and reads its text files;
// resolves to null when they cancel. Model artifacts and MLflow's trash are not read.
import type { OpenedFolder } from '../../../shared/ipc/contract';
import { maxFileChars } from '../../../shared/ipc/limits';
import { describeSize } from '../../../shared/text/describe-size';

const skipped = /(^|\/)(artifacts|\.trash)\//;

export function pickFolderInPage(): Promise<OpenedFolder | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.webkitdirectory = true;
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])].filter((file) => !skipped.test(file.webkitRelativePath));
      const first = files[0];
      if (!first) return resolve(null);
      const name = first.webkitRelativePath.split('/')[0] || first.name;
      const total = files.reduce((sum, file) => sum + file.size, 0);
      if (total > maxFileChars)
        return reject(
          new Error(`The folder ${name} holds more than ${describeSize(maxFileChars)} of files.`),
        );
      Promise.all(
        files.map(async (file) => ({ relativePath: file.webkitRelativePath, text: await file.text() })),
      ).then((read) => resolve({ name, files: read }), reject);
    });
    input.click();
  });
}
