// Checks on lesson text that a schema cannot express: the voice (no talk of "seeds" or "our sources")
// and code that reads model ids from the environment instead of hard-coding ones that will retire.

export interface CodeBlock {
  lang: string;
  code: string;
}

const fence = /^```([\w+-]*)[^\n]*\n([\s\S]*?)^```\s*$/gm;

export function codeBlocks(markdown: string): CodeBlock[] {
  return [...markdown.matchAll(fence)].map((match) => ({
    lang: (match[1] ?? '').toLowerCase(),
    code: match[2] ?? '',
  }));
}

/** The prose a learner reads: code blocks and inline code removed. */
export function proseOf(markdown: string): string {
  return markdown.replace(fence, '').replace(/`[^`\n]*`/g, '');
}

/** "seed" as in the project's source articles; a random seed is a different thing and allowed. */
const sourceTalk = /\b(?<!random )seeds?\b|\bseed material\b|\bour sources?\b/gi;

export function sourceTalkIn(text: string): string[] {
  return [...text.matchAll(sourceTalk)].map((match) => match[0]);
}

/** Provider model ids and Hugging Face repository ids of models. */
const modelId =
  /^(gpt-\d|gpt-4o|chatgpt-|o[1-9](-mini|-pro)?$|o[1-9]-|claude-|gemini-|text-embedding-|command-r|mistral-|mixtral-|llama-?\d|deepseek-|(qwen|meta-llama|mistralai|google|microsoft|baai|sentence-transformers|intfloat|cross-encoder|deepseek-ai|tinyllama|huggingfacetb|nomic-ai|thenlper|jinaai)\/)/i;

/** Languages whose blocks are data or output, where a recorded model id is a fact, not code. */
const dataLanguages = new Set([
  'json',
  'jsonl',
  'yaml',
  'yml',
  'text',
  'txt',
  'markdown',
  'md',
  'csv',
  'console',
]);

export interface HardCodedModel {
  lang: string;
  line: string;
  id: string;
}

export function hardCodedModelIds(markdown: string): HardCodedModel[] {
  const found: HardCodedModel[] = [];
  for (const block of codeBlocks(markdown)) {
    if (dataLanguages.has(block.lang)) continue;
    for (const line of block.code.split('\n')) {
      const code = block.lang === 'python' || block.lang === 'py' ? line.replace(/#.*$/, '') : line;
      const quoted = [...code.matchAll(/["']([^"'\s]+)["']/g)].map((m) => m[1] ?? '');
      const shell = ['bash', 'sh', 'shell', 'dockerfile', ''].includes(block.lang)
        ? code.split(/[\s=]+/)
        : [];
      for (const token of [...quoted, ...shell]) {
        if (modelId.test(token)) found.push({ lang: block.lang, line: line.trim(), id: token });
      }
    }
  }
  return found;
}
