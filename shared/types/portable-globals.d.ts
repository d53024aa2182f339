// The few web-standard globals shared/ may use: present in browsers and Node alike, absent from the
// ES lib. Checked only by shared/tsconfig.json; the main config gets them from the DOM lib.

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly host: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly origin: string;
  readonly href: string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

/** WebCrypto: only the digest the portfolio bundle's content hash needs. */
declare const crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  };
};

/** Decodes file bytes: eval-tool imports read UTF-8 and the UTF-16 that spreadsheet programs save. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
