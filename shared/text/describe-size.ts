// One way to say how big a file or a limit is, for every size message and size shown in the app.
import { countOf, formatCount } from './plural';

const kilobyte = 1024;
const megabyte = kilobyte * 1024;

/** Exact, for limits and refusals: `64 MB` for whole megabytes, otherwise `67,200,002 bytes`. */
export function describeSize(size: number): string {
  return size >= megabyte && size % megabyte === 0
    ? `${formatCount(size / megabyte)} MB`
    : countOf(size, 'byte');
}

/** Rounded, for a list of files: `1.5 MB`, `2.0 KB`, `512 bytes`. */
export function describeRoughSize(size: number): string {
  if (size >= megabyte) return `${(size / megabyte).toFixed(1)} MB`;
  if (size >= kilobyte) return `${(size / kilobyte).toFixed(1)} KB`;
  return countOf(size, 'byte');
}
