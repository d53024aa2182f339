// Offline search over lessons, tasks, skills and the person's own notes, skip notes and resources.
// The content index is built on first use, not at start-up; the person's rows are indexed fresh each time.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Curriculum } from '../../../../shared/content/schema';
import type { Note, PersonalResource, ProgressEntry } from '../../../../shared/domain/progress';
import { loadAllLessonBodies } from '../../content/curriculum-source';

export type SearchKind = 'lesson' | 'task' | 'skill' | 'note' | 'skip' | 'resource';

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  /** Where a result leads: a lesson, task or skill id. */
  target: string;
  title: string;
  text: string;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  target: string;
  title: string;
}

/** The person's rows the search covers, and how an item id reads on screen. */
export interface PersonalSearch {
  notes: readonly Note[];
  progress: Iterable<ProgressEntry>;
  resources: readonly PersonalResource[];
  titleOf: (itemId: string) => string;
}

/**
 * Typo tolerant: one wrong letter in a word of 4 to 6 letters, two in a longer one (a swapped pair counts
 * two); short words match exactly. Prefix search lets "rerank" find "reranking" while typing.
 */
export const searchOptions: SearchOptions = {
  boost: { title: 3 },
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (term.length < 4 ? false : term.length <= 6 ? 1 : 2),
  combineWith: 'AND',
};

const indexOptions = { fields: ['title', 'text'], storeFields: ['kind', 'target', 'title'], searchOptions };

export function searchIndexOf(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(indexOptions);
  index.addAll(docs);
  return index;
}

/** Every lesson (with its text and its reading list), task and skill as a search document. */
export function contentDocs(curriculum: Curriculum, bodies: Record<string, string>): SearchDoc[] {
  return [
    ...curriculum.months.flatMap((month) => [
      ...month.lessons.map((lesson) => ({
        id: `lesson:${lesson.id}`,
        kind: 'lesson' as const,
        target: lesson.id,
        title: lesson.title,
        text: [
          lesson.summary,
          bodies[lesson.id] ?? '',
          ...lesson.resources.map((resource) => `${resource.title} ${resource.note ?? ''}`),
        ].join('\n'),
      })),
      ...month.tasks.map((task) => ({
        id: `task:${task.id}`,
        kind: 'task' as const,
        target: task.id,
        title: task.title,
        text: task.description,
      })),
    ]),
    ...curriculum.skills.map((skill) => ({
      id: `skill:${skill.id}`,
      kind: 'skill' as const,
      target: skill.id,
      title: skill.title,
      text: [skill.whyItMatters, ...skill.goodLooksLike, ...skill.redFlags].join('\n'),
    })),
  ];
}

export async function buildContentIndex(curriculum: Curriculum): Promise<MiniSearch<SearchDoc>> {
  const bodies = Object.assign({}, ...(await loadAllLessonBodies())) as Record<string, string>;
  return searchIndexOf(contentDocs(curriculum, bodies));
}

function personalDocs({ notes, progress, resources, titleOf }: PersonalSearch): SearchDoc[] {
  const docs: SearchDoc[] = notes.map((note) => ({
    id: `note:${note.itemId}`,
    kind: 'note',
    target: note.itemId,
    title: titleOf(note.itemId),
    text: note.text,
  }));
  for (const entry of progress) {
    if (entry.status !== 'skipped' || !entry.skipNote) continue;
    docs.push({
      id: `skip:${entry.itemId}`,
      kind: 'skip',
      target: entry.itemId,
      title: titleOf(entry.itemId),
      text: entry.skipNote,
    });
  }
  for (const resource of resources) {
    docs.push({
      id: `resource:${resource.id}`,
      kind: 'resource',
      target: resource.itemId,
      title: `${resource.title} (on ${titleOf(resource.itemId)})`,
      text: [resource.url ?? '', resource.note ?? ''].join('\n'),
    });
  }
  return docs;
}

export function searchAll(
  contentIndex: MiniSearch<SearchDoc>,
  personal: PersonalSearch,
  query: string,
  limit = 12,
): SearchHit[] {
  if (query.trim().length < 2) return [];
  const personalIndex = searchIndexOf(personalDocs(personal));
  const hits = [...contentIndex.search(query), ...personalIndex.search(query)].sort(
    (a, b) => b.score - a.score,
  );
  return hits.slice(0, limit).map((hit) => ({
    id: String(hit.id),
    kind: hit.kind as SearchKind,
    target: String(hit.target),
    title: String(hit.title),
  }));
}
