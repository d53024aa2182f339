// Checks a student's bundle off the page's thread: a 10,000-project bundle validates here while the
// review space stays responsive.
import { parseBundle } from '../../../../shared/bundle/parse-bundle';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: Awaited<ReturnType<typeof parseBundle>>): void;
};

scope.onmessage = async (event) => {
  scope.postMessage(await parseBundle(event.data));
};
