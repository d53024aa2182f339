// Computes the readiness score from the live evidence rows; recomputes only when rows change.
import { useMemo } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import { computeReadiness } from '../../../../shared/readiness/compute-readiness';
import { readinessInputFromRows } from '../../../../shared/readiness/readiness-from-rows';
import type { Readiness, ReadinessInput } from '../../../../shared/readiness/types';
import { useCurriculum } from '../../content/curriculum-source';
import { useReadinessRows, useReadinessVerification } from '../../db/live-readiness';

export interface ReadinessData {
  curriculum: Curriculum;
  input: ReadinessInput;
  readiness: Readiness;
}

export function useReadiness(): ReadinessData | undefined {
  const curriculum = useCurriculum();
  const rows = useReadinessRows();
  const verification = useReadinessVerification();
  return useMemo(() => {
    if (!curriculum || !rows || !verification) return undefined;
    const input = readinessInputFromRows(curriculum, rows, verification);
    return { curriculum, input, readiness: computeReadiness(input) };
  }, [curriculum, rows, verification]);
}
