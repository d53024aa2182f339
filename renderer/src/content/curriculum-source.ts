// Loads the compiled curriculum and lesson bodies as separate chunks, once, so the first screen does not
// pay for 66 lessons of Markdown.
import { useEffect, useState } from 'react';
import type { Curriculum, LessonBodies } from '../../../shared/content/schema';

let curriculum: Promise<Curriculum> | undefined;
let loaded: Curriculum | undefined;

export function loadCurriculum(): Promise<Curriculum> {
  curriculum ??= import('../content-generated/curriculum.json').then((module) => {
    loaded = module.default as Curriculum;
    return loaded;
  });
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
  // Once loaded, the first render already has it (no "loading" pass).
  const [value, setValue] = useState<Curriculum | undefined>(loaded);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void loadCurriculum().then((curriculum) => live && setValue(curriculum));
    return () => {
      live = false;
    };
  }, []);
  return value;
}
