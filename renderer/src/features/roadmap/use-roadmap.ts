// Joins the curriculum with live progress: the items, a status lookup and the counts every view shows.
import { useMemo } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import type { ProgressEntry, ProgressStatus } from '../../../../shared/domain/progress';
import { type RoadmapItem, roadmapItems } from '../../../../shared/progress/items';
import type { StatusLookup } from '../../../../shared/progress/summary';
import { useCurriculum } from '../../content/curriculum-source';
import { useProgressMap } from '../../db/live';

export interface RoadmapData {
  curriculum: Curriculum;
  items: RoadmapItem[];
  progress: Map<string, ProgressEntry>;
  statusOf: StatusLookup;
}

export function useRoadmap(): RoadmapData | undefined {
  const curriculum = useCurriculum();
  const progress = useProgressMap();
  const items = useMemo(() => (curriculum ? roadmapItems(curriculum) : []), [curriculum]);
  return useMemo(() => {
    if (!curriculum || !progress) return undefined;
    const statusOf = (id: string): ProgressStatus => progress.get(id)?.status ?? 'pending';
    return { curriculum, items, progress, statusOf };
  }, [curriculum, progress, items]);
}
