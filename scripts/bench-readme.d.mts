// Types for scripts/bench-readme.mjs, which its test imports.
export interface BenchFigure {
  what: string;
  measured: string;
  target: string;
  met: boolean | null;
}
export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string; loadAverage?: number[] };
  runs: number;
  figures: BenchFigure[];
}
export const startMarker: string;
export const endMarker: string;
export function figuresTable(results: BenchResults): string;
export function replaceFigures(readme: string, results: BenchResults): string;
export function updateReadme(resultsPath?: string, readmePath?: string): void;
