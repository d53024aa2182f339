// The voice and currency rules for lesson text: no talk of "seeds" or "our sources", no hard-coded model ids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedModelIds, proseOf, sourceTalkIn } from '../../shared/content/lint-lessons';
import { contentRoot, lessonBodies } from './python-blocks';

describe('lesson text', () => {
  it('never speaks of seeds or our sources, in lessons or in the YAML a learner reads', () => {
    const found = lessonBodies().flatMap(({ lessonId, body }) =>
      sourceTalkIn(proseOf(body)).map((word) => `${lessonId}: "${word}"`),
    );
    for (const file of ['skills.yaml', 'capstones.yaml', 'roles.yaml']) {
      const text = readFileSync(join(contentRoot, file), 'utf8')
        .replace(/^\s*#.*$/gm, '')
        .replace(/seedNumber/g, '');
      found.push(...sourceTalkIn(text).map((word) => `${file}: "${word}"`));
    }
    expect(found).toEqual([]);
  });

  it('reads model ids from the environment in every code block', () => {
    const found = lessonBodies().flatMap(({ lessonId, body }) =>
      hardCodedModelIds(body).map((hit) => `${lessonId}: ${hit.id} in "${hit.line}"`),
    );
    expect(found).toEqual([]);
  });
});

describe('the lint catches what it must', () => {
  it('flags "seed" and "our sources" in prose, but not a random seed or code', () => {
    expect(sourceTalkIn(proseOf('The seed guide says so. Our sources agree.'))).toEqual([
      'seed',
      'Our sources',
    ]);
    expect(sourceTalkIn(proseOf('Fix the random seed.\n\n```python\nrng = Random(seed)\n```\n'))).toEqual([]);
  });

  it('flags model ids in code, whether quoted in Python or bare in a shell command', () => {
    const lesson = [
      '```python',
      'client.chat.completions.create(model="gpt-4o-mini", messages=m)',
      'MODEL = os.environ["CHAT_MODEL"]  # e.g. "claude-sonnet-4-5" in a comment is fine',
      '```',
      '```bash',
      'vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000',
      '```',
      '```json',
      '{"tested_with": "gpt-4o-mini-2024-07-18"}',
      '```',
    ].join('\n');
    expect(hardCodedModelIds(lesson).map((hit) => hit.id)).toEqual([
      'gpt-4o-mini',
      'Qwen/Qwen2.5-7B-Instruct',
    ]);
  });
});
