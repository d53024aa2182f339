// The few web-standard globals shared/ may use: present in browsers and Node alike, absent from the
// ES lib. Checked only by shared/tsconfig.json; the main config gets them from the DOM lib.

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly origin: string;
  readonly href: string;
}
