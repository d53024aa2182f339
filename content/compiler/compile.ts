// Compiles content/ into the JSON the renderer imports. Run by the build; fails loudly on any problem.
// Usage: node <bundled compile> [--lock]   (--lock adds new ids to ids.lock.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLock, readLock, writeLock } from './id-lock';
import { loadContent } from './load-content';

const contentRoot = process.env.SHIPREADY_CONTENT_ROOT ?? join(process.cwd(), 'content');
const outDir = join(process.cwd(), 'renderer', 'src', 'content-generated');

const { curriculum, bodies, problems } = loadContent(contentRoot);
if (process.argv.includes('--lock') && problems.length === 0) {
  console.log(`content: ${writeLock(contentRoot, curriculum, readLock(contentRoot))} new id(s) locked`);
}
problems.push(...(problems.length === 0 ? checkLock(curriculum, readLock(contentRoot)) : []));
if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'curriculum.json'), JSON.stringify(curriculum));
for (const [monthId, monthBodies] of Object.entries(bodies)) {
  writeFileSync(join(outDir, `lessons-${monthId}.json`), JSON.stringify(monthBodies));
}
const lessons = curriculum.months.reduce((sum, month) => sum + month.lessons.length, 0);
console.log(
  `content v${curriculum.contentVersion}: ${curriculum.months.length} months, ${lessons} lessons, ${curriculum.skills.length} skills`,
);
