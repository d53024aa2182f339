// The fetch the SDK uses: it never follows a redirect (a 307 would re-send the evidence to another host),
// and it reports every byte that arrives, pings included, so silence is measured from the last byte.
export interface WireWatcher {
  /** Headers arrived; a redirect arrives here as itself, with its Location. */
  onResponse(response: { status: number; contentType: string; location: string | null }): void;
  /** Some bytes of the body arrived. */
  onBytes(): void;
}

/** The network underneath: Node's fetch by default; Electron passes its net.fetch (system proxy and certificates). */
export type Transport = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function watchedFetch(watcher: WireWatcher & { transport?: Transport | undefined }) {
  const transport = watcher.transport ?? fetch;
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const response = await transport(input, { ...init, redirect: 'manual' });
    watcher.onResponse({
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      location: response.headers.get('location'),
    });
    if (!response.body) return response;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          if (chunk.byteLength > 0) watcher.onBytes();
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
