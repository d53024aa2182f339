// Generated import files for the bench's bulk writes: a runs CSV the column mapper reads, and an mlruns folder.
import type { FolderEntry } from '../../shared/eval-import/mlflow-folder';

export function runsCsv(runs: number): string {
  const lines = ['label,date,model,faithfulness,answer_relevancy,latency_p95_ms'];
  for (let i = 0; i < runs; i += 1) {
    const day = new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`run ${i + 1},${day},local-8b,${(i % 90) / 100},${(i % 70) / 100 + 0.2},${300 + (i % 700)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function mlrunsFolder(runs: number): FolderEntry[] {
  const entries: FolderEntry[] = [
    { relativePath: 'mlruns/1/meta.yaml', text: "experiment_id: '1'\nname: bench\n" },
  ];
  for (let index = 0; index < runs; index += 1) {
    const dir = `mlruns/1/${index.toString(16).padStart(32, '0')}`;
    entries.push({
      relativePath: `${dir}/meta.yaml`,
      text: `run_id: ${index}\nrun_name: run-${index}\nstart_time: ${1772400000000 + index * 1000}\nstatus: 3\nlifecycle_stage: active\n`,
    });
    for (const metric of ['faithfulness', 'answer_relevancy', 'latency_p95_ms'])
      entries.push({
        relativePath: `${dir}/metrics/${metric}`,
        text: `1772400000000 ${(index % 100) / 100} 0\n`,
      });
    entries.push({ relativePath: `${dir}/params/model`, text: 'gpt-4o-mini' });
  }
  return entries;
}
