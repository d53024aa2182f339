// Builds the renderer for both editions: relative asset paths, the CSP injected from shared/.
import { readFile } from 'node:fs/promises';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { contentSecurityPolicyForMeta } from '../shared/security/csp.ts';

function injectCsp(): Plugin {
  return {
    name: 'shipready-csp',
    transformIndexHtml: (html) => html.replace('%SHIPREADY_CSP%', contentSecurityPolicyForMeta),
  };
}

/**
 * Start-up, measured by `npm run bench`: public/open-early.js opens IndexedDB while the main bundle still
 * downloads (the open took 35-60 ms when first asked after the bundle ran, 10-25 ms once the browser had
 * the files open), and the first screen's chunks (the roadmap page, the curriculum) download beside the
 * main bundle instead of after it.
 */
function startEarly(): Plugin {
  const firstScreen = [/\/features\/roadmap\/RoadmapPage\.tsx$/, /\/content-generated\/curriculum\.json$/];
  return {
    name: 'shipready-start-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const tags: HtmlTagDescriptor[] = [
          // After the CSP <meta>, which only governs what comes after it.
          { tag: 'script', attrs: { src: './open-early.js', async: true }, injectTo: 'head' },
        ];
        const entryImports = new Set(
          Object.values(bundle ?? {}).flatMap((chunk) =>
            chunk.type === 'chunk' && chunk.isEntry ? chunk.imports : [],
          ),
        );
        const files = new Set<string>();
        const add = (fileName: string) => {
          const chunk = bundle?.[fileName];
          if (chunk?.type !== 'chunk' || files.has(fileName) || chunk.isEntry) return;
          if (entryImports.has(fileName)) return; // Vite already preloads the entry's own imports.
          files.add(fileName);
          for (const imported of chunk.imports) add(imported);
        };
        for (const chunk of Object.values(bundle ?? {})) {
          if (chunk.type === 'chunk' && firstScreen.some((re) => re.test(chunk.facadeModuleId ?? ''))) {
            add(chunk.fileName);
          }
        }
        for (const file of files) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}

/**
 * The compiled curriculum and lessons ship as `JSON.parse('…')` rather than object literals: the browser
 * parses JSON text several times faster than the same data as JavaScript (measured 22 ms for the
 * curriculum's first evaluation as a literal). Vite's own `json.stringify` is not applied by this build.
 */
function contentAsJsonParse(): Plugin {
  return {
    name: 'shipready-content-json-parse',
    enforce: 'pre',
    async load(id) {
      if (!/[\\/]content-generated[\\/][^\\/]+\.json$/.test(id)) return null;
      const text = JSON.stringify(JSON.parse(await readFile(id, 'utf8')));
      return { code: `export default JSON.parse(${JSON.stringify(text)});\n`, moduleType: 'js' };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), injectCsp(), startEarly(), contentAsJsonParse()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
