// Lets the person pick a file with the browser's own dialog; resolves to null when they cancel.
import { maxFileChars } from '../../../shared/ipc/limits';
import { decodeText } from '../../../shared/text/decode-text';
import { describeSize } from '../../../shared/text/describe-size';

export function pickFileInPage(
  filters: { extensions: string[] }[],
): Promise<{ name: string; content: string } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > maxFileChars)
        return reject(new Error(`${file.name} is larger than ${describeSize(maxFileChars)}.`));
      // UTF-16 from spreadsheet programs reads as text too, by its byte order mark.
      file
        .arrayBuffer()
        .then(
          (bytes) => resolve({ name: file.name, content: decodeText(new Uint8Array(bytes)).text }),
          reject,
        );
    });
    input.click();
  });
}
