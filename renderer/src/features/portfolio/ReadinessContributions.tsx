// Reads each project's readiness contribution for the project list's 'readiness' sort. Mounted only while that sort
// is chosen, so the list does not score the whole portfolio on every change otherwise.
import { useEffect } from 'react';
import { projectContributions } from '../../../../shared/readiness/project-contribution';
import { useReadiness } from '../readiness/use-readiness';

export function ReadinessContributions({
  onChange,
}: {
  onChange: (contributions: Map<string, number>) => void;
}) {
  const data = useReadiness();
  useEffect(() => {
    if (data) onChange(projectContributions(data.readiness));
  }, [data, onChange]);
  return null;
}
