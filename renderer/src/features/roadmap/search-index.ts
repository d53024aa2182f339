// Offline search over lessons, skills and the person's notes. Built on first use, not at start-up.
import MiniSearch from 'minisearch';
import type { Curriculum } from '../../../../shared/content/schema';
import type { Note } from '../../../../shared/domain/progress';
import { loadAllLessonBodies } from '../../content/curriculum-source';

export interface SearchDoc {
  id: string;
  kind: 'lesson' | 'skill' | 'note';
  /** Where a result leads: a lesson id or a skill id. */
  target: string;
  title: string;
  text: string;
}

export interface SearchHit {
  id: string;
  kind: SearchDoc['kind'];
  target: string;
  title: string;
}

const options = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'target', 'title'],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' as const },
};

export async function buildContentIndex(curriculum: Curriculum): Promise<MiniSearch<SearchDoc>> {
  const bodies = Object.assign({}, ...(await loadAllLessonBodies())) as Record<string, string>;
  const index = new MiniSearch<SearchDoc>(options);
  index.addAll(
    curriculum.months.flatMap((month) =>
      month.lessons.map((lesson) => ({
        id: `lesson:${lesson.id}`,
        kind: 'lesson' as const,
        target: lesson.id,
        title: lesson.title,
        text: `${lesson.summary}\n${bodies[lesson.id] ?? ''}`,
      })),
    ),
  );
  index.addAll(
    curriculum.skills.map((skill) => ({
      id: `skill:${skill.id}`,
      kind: 'skill' as const,
      target: skill.id,
      title: skill.title,
      text: [skill.whyItMatters, ...skill.goodLooksLike, ...skill.redFlags].join('\n'),
    })),
  );
  return index;
}

/** Notes change as you type, so they are searched fresh each time from a small index. */
export function searchAll(
  contentIndex: MiniSearch<SearchDoc>,
  notes: Note[],
  titleOf: (itemId: string) => string,
  query: string,
  limit = 12,
): SearchHit[] {
  if (query.trim().length < 2) return [];
  const noteIndex = new MiniSearch<SearchDoc>(options);
  noteIndex.addAll(
    notes.map((note) => ({
      id: `note:${note.itemId}`,
      kind: 'note' as const,
      target: note.itemId,
      title: titleOf(note.itemId),
      text: note.text,
    })),
  );
  const hits = [...contentIndex.search(query), ...noteIndex.search(query)].sort((a, b) => b.score - a.score);
  return hits.slice(0, limit).map((hit) => ({
    id: String(hit.id),
    kind: hit.kind as SearchDoc['kind'],
    target: String(hit.target),
    title: String(hit.title),
  }));
}
