// The export formats, named and described for the export dialog; light enough for the first screen.

import { fileKinds } from '../../../../shared/ipc/file-kinds';

export type ExportFormat = 'bundle' | 'html' | 'markdown' | 'json-resume';

export const formatInfo: Record<ExportFormat, { label: string; extension: string; description: string }> = {
  bundle: {
    label: 'Portfolio bundle',
    extension: fileKinds.bundle.extension,
    description: 'For a mentor’s review space, or to move to another machine.',
  },
  html: {
    label: 'HTML report',
    extension: 'html',
    description: 'One file anyone can open in a browser; no scripts; charts as images.',
  },
  markdown: {
    label: 'README (Markdown)',
    extension: 'md',
    description: 'For the top of a repository: projects, numbers and milestones.',
  },
  'json-resume': {
    label: 'JSON Resume projects',
    extension: 'json',
    description: 'Your projects as JSON Resume entries, with metrics.',
  },
};
