// Every Python block in the curriculum compiles: a learner who copies one never meets a SyntaxError.
import { describe, expect, it } from 'vitest';
import { pythonBlocks, pythonMissing, runPython } from './python-blocks';

const missing = pythonMissing();

describe('the Python in the lessons', () => {
  it.skipIf(missing !== null)('compiles, every block of every lesson', () => {
    const blocks = pythonBlocks();
    expect(blocks.length).toBeGreaterThan(80);
    const program = [
      'import json, sys',
      `blocks = json.loads(${JSON.stringify(JSON.stringify(blocks))})`,
      'failed = []',
      'for b in blocks:',
      '    try:',
      '        compile(b["code"], f"{b[\'lessonId\']}#{b[\'index\']}", "exec")',
      '    except SyntaxError as e:',
      "        failed.append(f\"{b['lessonId']} block {b['index']}: line {e.lineno}: {e.msg}\")",
      'print(json.dumps(failed))',
    ].join('\n');
    const result = runPython(program);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it.skipIf(missing !== null)('reports a block that does not compile, naming the lesson', () => {
    const program = [
      'try:',
      '    compile("def broken(:\\n    pass", "m0-example#0", "exec")',
      'except SyntaxError as e:',
      '    print("caught", e.filename)',
    ].join('\n');
    expect(runPython(program).stdout.trim()).toBe('caught m0-example#0');
  });
});
