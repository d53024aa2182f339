// The lesson scripts that produce numbers a learner reports are run on inputs with known answers.
import { describe, expect, it } from 'vitest';
import { blockContaining, pythonMissing, runPython } from './python-blocks';

const missing = pythonMissing();
/** The block without its `if __name__ == "__main__":` demo, which reads files the test does not have. */
const library = (code: string) => code.replace(/^if __name__ == "__main__":[\s\S]*$/m, '');
const run = (program: string) => {
  const result = runPython(program);
  if (result.status !== 0) throw new Error(`python exited ${result.status}:\n${result.stderr}`);
  return result.stdout.trim();
};

describe.skipIf(missing !== null)('the month 2 retrieval-metrics script', () => {
  const metrics = blockContaining('m2-retrieval-metrics', 'def evaluate(');

  it('keeps duplicate hits at their rank: five chunks of one passage, the second passage at rank 6', () => {
    const out = run(`${metrics}
import json, pathlib
row = {"qid": "q1", "question": "q", "relevant": [
    {"doc_id": "a.md", "quote": "alpha", "grade": 1},
    {"doc_id": "b.md", "quote": "beta", "grade": 1}]}
pathlib.Path("testset.jsonl").write_text(json.dumps(row) + "\\n", encoding="utf-8")
chunks = [{"doc_id": "a.md", "text": f"alpha part {i}"} for i in range(5)]
chunks.append({"doc_id": "b.md", "text": "beta"})
print(json.dumps(evaluate(lambda question: chunks, path="testset.jsonl", k=5)))
`);
    const scores = JSON.parse(out);
    expect(scores.recall).toBe(0.5);
    expect(scores.precision).toBe(0.2);
    expect(scores.mrr).toBe(1);
  });

  it('gives full recall when both passages are in the top five', () => {
    const out = run(`${metrics}
import json, pathlib
row = {"qid": "q1", "question": "q", "relevant": [
    {"doc_id": "a.md", "quote": "alpha", "grade": 1},
    {"doc_id": "b.md", "quote": "beta", "grade": 1}]}
pathlib.Path("testset.jsonl").write_text(json.dumps(row) + "\\n", encoding="utf-8")
chunks = [{"doc_id": "x.md", "text": "noise"}, {"doc_id": "a.md", "text": "alpha"},
          {"doc_id": "b.md", "text": "beta"}]
print(json.dumps(evaluate(lambda question: chunks, path="testset.jsonl", k=5)))
`);
    expect(JSON.parse(out)).toMatchObject({ recall: 1, mrr: 0.5 });
  });

  it('runs the check the lesson gives the learner', () => {
    const check = blockContaining('m2-retrieval-metrics', 'def test_duplicates_keep_their_rank');
    expect(
      run(
        `${metrics}\n${check}\nimport pathlib\ntest_duplicates_keep_their_rank(pathlib.Path("."))\nprint("ok")`,
      ),
    ).toBe('ok');
  });
});

describe.skipIf(missing !== null)('the month 6 fallback layer', () => {
  const layer = blockContaining('m6-timeouts-retries-fallbacks', 'async def generate(');
  const tests = blockContaining('m6-timeouts-retries-fallbacks', 'async def hanging_primary_falls_back');

  it('lets the backup answer when the primary hangs, and cancels the hanging call', () => {
    const out = run(`${layer}\n${library(tests)}
import json
print(json.dumps(asyncio.run(hanging_primary_falls_back())))
print(asyncio.run(outage_falls_back()))
`);
    const [first, second] = out.split('\n');
    expect(JSON.parse(first ?? '')).toEqual({ text: 'backup answer', provider: 'backup', fell_back: true });
    expect(second).toBe('backup');
  });

  it('uses the primary when it answers within its budget', () => {
    const out = run(`${layer}
async def ok(prompt):
    return "primary answer"
async def backup(prompt):
    return "backup answer"
print(asyncio.run(generate("hi", [Provider("primary", ok, 1.0), Provider("backup", backup, 1.0)], 3.0))["provider"])
`);
    expect(out).toBe('primary');
  });
});

describe.skipIf(missing !== null)('the month 6 cost script', () => {
  const cost = library(blockContaining('m6-cost-per-1k-requests', 'def normalise_usage('));

  it('prices Anthropic cache reads and writes once each, and OpenAI cached tokens out of the input', () => {
    const out = run(`${cost}
import json
anthropic = {"request_id": "r1", "provider": "anthropic", "model": "large-model", "prompt_version": "v1",
             "status": "ok", "usage": {"input_tokens": 1000, "cache_read_input_tokens": 3000,
                                       "cache_creation_input_tokens": 2000, "output_tokens": 500}}
openai = {"request_id": "r2", "provider": "openai", "model": "large-model", "prompt_version": "v1",
          "status": "ok", "usage": {"input_tokens": 4000, "input_tokens_details": {"cached_tokens": 3000},
                                    "output_tokens": 500}}
print(json.dumps([round(attempt_cost(anthropic), 6), round(attempt_cost(openai), 6)]))
`);
    // (1000*3 + 3000*0.30 + 2000*3.75 + 500*15) / 1e6 and (1000*3 + 3000*0.30 + 500*15) / 1e6
    expect(JSON.parse(out)).toEqual([0.0189, 0.0114]);
  });

  it('reports cost per 1,000 requests with every attempt of a request counted and the fixed cost shared', () => {
    const out = run(`${cost}
import json
usage = {"input_tokens": 1000, "cache_read_input_tokens": 0, "cache_creation_input_tokens": 0, "output_tokens": 0}
rows = [
    {"request_id": "a", "provider": "anthropic", "model": "large-model", "prompt_version": "v1", "status": "error", "usage": usage},
    {"request_id": "a", "provider": "anthropic", "model": "large-model", "prompt_version": "v1", "status": "ok", "usage": usage},
    {"request_id": "b", "provider": "anthropic", "model": "large-model", "prompt_version": "v1", "status": "ok", "usage": usage},
]
print(json.dumps(report(rows)))
`);
    // Three attempts at $0.003 over two requests, plus $4 of fixed cost split across them.
    const v1 = JSON.parse(out).v1;
    expect(v1.n).toBe(2);
    expect(v1.cost_per_1k_requests_usd).toBeCloseTo(((0.009 + 4) / 2) * 1000, 6);
  });

  it('refuses usage from a provider it has no rules for', () => {
    const result = runPython(`${cost}\nnormalise_usage("acme", {})`);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("no usage rules for provider 'acme'");
  });
});

describe.skipIf(missing !== null)('the month 5 error-analysis script', () => {
  const taxonomy = library(
    blockContaining('m5-error-analysis-open-and-axial-coding', 'def failure_taxonomy('),
  );
  const rows = `[{"trace_id": str(i), "note": "n", "code": c} for i, c in enumerate(
    ["date", "date", "tool", None, "date", "policy", None, "tool", None, "constraint"])]`;

  it('counts traces per failure mode over all reviewed traces, passes included, most frequent first', () => {
    const out = run(`${taxonomy}\nrows = ${rows}\nprint(json.dumps(failure_taxonomy(rows)))`);
    // 10 traces reviewed, 7 failing: date 3, tool 2, then the ties constraint and policy in name order.
    expect(JSON.parse(out)).toEqual([
      { code: 'date', traces: 3, share: 0.3 },
      { code: 'tool', traces: 2, share: 0.2 },
      { code: 'constraint', traces: 1, share: 0.1 },
      { code: 'policy', traces: 1, share: 0.1 },
    ]);
  });

  it('counts the codes each batch adds, so saturation shows as zeros', () => {
    const out = run(
      `${taxonomy}\nrows = ${rows}\nprint(json.dumps(new_codes_per_batch(rows, batch_size=4)))`,
    );
    // Batch 1 adds date and tool, batch 2 adds policy, batch 3 adds constraint.
    expect(JSON.parse(out)).toEqual([2, 1, 1]);
    const repeat = run(
      `${taxonomy}\nrows = [{"code": "a"}] * 6\nprint(json.dumps(new_codes_per_batch(rows, batch_size=2)))`,
    );
    expect(JSON.parse(repeat)).toEqual([1, 0, 0]);
  });

  it('refuses an empty review', () => {
    const result = runPython(`${taxonomy}\nfailure_taxonomy([])`);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no traces reviewed');
  });
});

describe.skipIf(missing !== null)('the month 1 reasoning-cost script', () => {
  const summary = blockContaining('m1-reasoning-models-and-thinking-budgets', 'def summarise(');

  it('prices thinking as output and reports cost per correct answer', () => {
    const out = run(`${summary}
import json
price = {"input": 3.0, "output": 15.0}
runs = [{"correct": True, "input_tokens": 1000, "output_tokens": 3000},
        {"correct": False, "input_tokens": 1000, "output_tokens": 1000, "complete": False}]
print(json.dumps(summarise(runs, price)))
`);
    // (1000*3 + 3000*15)/1e6 = 0.048 and (1000*3 + 1000*15)/1e6 = 0.018: mean 0.033, one correct.
    expect(JSON.parse(out)).toEqual({
      n: 2,
      accuracy: 0.5,
      incomplete: 1,
      cost_per_1k_requests_usd: 33,
      cost_per_correct_usd: 0.066,
    });
  });

  it('gives no cost per correct answer when nothing is correct, and refuses an empty setting', () => {
    const out = run(`${summary}
import json
print(json.dumps(summarise([{"correct": False, "input_tokens": 10, "output_tokens": 10}], {"input": 1, "output": 1})))
`);
    expect(JSON.parse(out).cost_per_correct_usd).toBeNull();
    const result = runPython(`${summary}\nsummarise([], {"input": 1, "output": 1})`);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no runs to summarise');
  });
});

describe.skipIf(missing !== null)('the month 4 drift checks', () => {
  const drift = blockContaining('m4-classical-ml-baselines-and-drift', 'def psi(');

  it('computes the population stability index of the lesson: 50/30/20 against 30/30/40 is 0.2408', () => {
    const out = run(`${drift}
import json
reference = label_shares(["billing"] * 50 + ["bug"] * 30 + ["other"] * 20)
current = label_shares(["billing"] * 3 + ["bug"] * 3 + ["other"] * 4)
print(json.dumps([psi(reference, current), psi(reference, reference)]))
`);
    // (0.3-0.5)ln(0.6) + 0 + (0.4-0.2)ln(2) = 0.10217 + 0.13863
    expect(JSON.parse(out)).toEqual([0.2408, 0]);
  });

  it('gives a label that appears only this week a floor share instead of dividing by zero', () => {
    const out = run(`${drift}
print(psi({"a": 1.0}, {"a": 0.5, "b": 0.5}))
`);
    // (0.5-1)ln(0.5) + (0.5-0.0001)ln(0.5/0.0001)
    const expected = -0.5 * Math.log(0.5) + 0.4999 * Math.log(5000);
    expect(Number(out)).toBeCloseTo(Number(expected.toFixed(4)), 4);
  });

  it('measures the share of this week\u2019s top n-grams that were not frequent before', () => {
    const out = run(`${drift}
import json
before = ["refund my order", "refund my order please"]
after = ["error log pasted here", "refund my order"]
print(json.dumps([top_ngrams(before, k=3, n_max=1), new_ngram_share(before, after, k=3), new_ngram_share(before, before, k=3)]))
`);
    // Before, top 3 unigrams: my, order, refund (2 each). After, with bigrams, every n-gram appears once
    // and the top 3 by name are error, error log, here: none was frequent before.
    expect(JSON.parse(out)).toEqual([['my', 'order', 'refund'], 1, 0]);
  });
});

describe.skipIf(missing !== null)('the month 6 load-test summary', () => {
  const loadTest = blockContaining('m6-vllm-load-test-and-kubernetes', 'def summarise(');
  const program = (body: string) => `import json\n${loadTest}\n${body}`;

  it('reports throughput over the wall time and nearest-rank percentiles over successful requests only', () => {
    const out = run(
      program(`rows = [{"ok": True, "ttft_s": i / 10, "latency_s": float(i), "output_tokens": 100} for i in range(1, 21)]
rows.append({"ok": False})
print(json.dumps(summarise(rows, wall_seconds=10.0)))`),
    );
    // 20 of 21 succeed in 10 s: 2 req/s, 2,000 tokens / 10 s. Nearest rank: p50 is the 10th value, p95 the 19th.
    expect(JSON.parse(out)).toEqual({
      requests: 21,
      error_rate: 0.0476,
      requests_per_s: 2,
      output_tokens_per_s: 200,
      ttft_p50_ms: 1000,
      ttft_p95_ms: 1900,
      latency_p95_ms: 19000,
    });
  });

  it('refuses a step in which every request failed', () => {
    const result = runPython(program('summarise([{"ok": False}], 1.0)'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no successful requests in this step');
  });
});

describe.skipIf(missing !== null)('the month 4 DPO helpers', () => {
  const dpo = blockContaining('m4-preference-tuning-with-dpo', 'def dpo_pair(');

  it('computes the loss of the lesson: margin 0.2 gives ln(1 + e^-0.2) = 0.598139, an untrained pair ln 2', () => {
    const out = run(`${dpo}
import json
print(json.dumps([dpo_pair(-10, -12, -11, -11), dpo_pair(-5, -7, -5, -7)]))
`);
    expect(JSON.parse(out)).toEqual([
      { chosen_reward: 0.1, rejected_reward: -0.1, margin: 0.2, loss: 0.598139 },
      // biome-ignore lint/suspicious/noApproximativeNumericConstant: the script prints ln 2 rounded to six places.
      { chosen_reward: 0, rejected_reward: 0, margin: 0, loss: 0.693147 },
    ]);
  });

  it('counts a tie as half a win and refuses verdicts it does not know', () => {
    const out = run(`${dpo}
import json
print(json.dumps(win_rate(["win"] * 6 + ["loss"] * 2 + ["tie"] * 2)))
`);
    expect(JSON.parse(out)).toEqual({ n: 10, wins: 6, losses: 2, ties: 2, win_rate: 0.7 });
    const result = runPython(`${dpo}\nwin_rate(["win", "better"])`);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("verdicts must be 'win', 'loss' or 'tie'");
  });
});

describe.skipIf(missing !== null)('the month 2 parsing checks', () => {
  const parsing = blockContaining('m2-document-parsing-pdf-tables-ocr', 'def needs_ocr(');

  it('flags pages with no text layer or mostly unreadable glyphs for OCR, and passes a normal page', () => {
    const out = run(`${parsing}
import json
print(json.dumps([needs_ocr(""), needs_ocr("word " * 60), needs_ocr("(cid:3)" * 40)]))
`);
    // 40 "(cid:3)" codes are 280 visible characters, 40 of them garbage: 0.14 > 0.1.
    expect(JSON.parse(out)).toEqual([true, false, true]);
  });

  it('finds running headers that repeat on most pages, not the page numbers', () => {
    const out = run(`${parsing}
import json
pages = ["ACME Report\\nalpha\\n1", "ACME Report\\nbeta\\n2", "ACME Report\\ngamma\\n3"]
print(json.dumps(sorted(repeated_lines(pages))))
`);
    expect(JSON.parse(out)).toEqual(['ACME Report']);
  });

  it('keeps a table as Markdown and scores parsed cells at their row and column', () => {
    const out = run(`${parsing}
import json
truth = [["Region", "Q3"], ["Europe", "4.2"]]
print(json.dumps([table_to_markdown(truth), cell_accuracy([["Region", "Q3"], ["Europe", "42"]], truth),
                  cell_accuracy([["Region", "Q3"]], truth)]))
`);
    expect(JSON.parse(out)).toEqual(['| Region | Q3 |\n| --- | --- |\n| Europe | 4.2 |', 0.75, 0.5]);
  });
});
