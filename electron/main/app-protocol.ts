// Serves the built renderer under app://shipready/ with the CSP header; nothing outside its folder.
import { contentSecurityPolicy } from '../../shared/security/csp';
import { readStaticFile } from '../web-host/static-files';

export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== 'shipready') return new Response('Not found', { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname.slice(1));
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
