// Loads the compiled curriculum and lesson bodies as separate chunks, once, so the first screen does not
// pay for 66 lessons of Markdown.
import { useEffect, useState } from 'react';
import type { Curriculum, LessonBodies } from '../../../shared/content/schema';

let curriculum: Promise<Curriculum> | undefined;

export function loadCurriculum(): Promise<Curriculum> {
  curriculum ??= import('../content-generated/curriculum.json').then(
    (module) => module.default as Curriculum,
  );
  return curriculum;
}

const bodyLoaders = import.meta.glob<{ default: LessonBodies }>('../content-generated/lessons-*.json');
const bodies = new Map<string, Promise<LessonBodies>>();

export function loadLessonBodies(monthId: string): Promise<LessonBodies> {
  const loader = bodyLoaders[`../content-generated/lessons-${monthId}.json`];
  if (!loader) return Promise.reject(new Error(`No lessons are compiled for ${monthId}.`));
  let pending = bodies.get(monthId);
  if (!pending) {
    pending = loader().then((module) => module.default);
    bodies.set(monthId, pending);
  }
  return pending;
}

export function loadAllLessonBodies(): Promise<LessonBodies[]> {
  return Promise.all(
    Object.keys(bodyLoaders).map((path) => loadLessonBodies(path.replace(/^.*lessons-(.*)\.json$/, '$1'))),
  );
}

/** The curriculum, or undefined while its chunk loads. */
export function useCurriculum(): Curriculum | undefined {
  const [value, setValue] = useState<Curriculum>();
  useEffect(() => {
    let live = true;
    void loadCurriculum().then((loaded) => live && setValue(loaded));
    return () => {
      live = false;
    };
  }, []);
  return value;
}
