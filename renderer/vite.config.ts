// Builds the renderer for both editions: relative asset paths, the CSP injected from shared/.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicyForMeta } from '../shared/security/csp.ts';

function injectCsp(): Plugin {
  return {
    name: 'shipready-csp',
    transformIndexHtml: (html) => html.replace('%SHIPREADY_CSP%', contentSecurityPolicyForMeta),
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), injectCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
