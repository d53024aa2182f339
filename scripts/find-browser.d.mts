export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  isFile(path: string): boolean;
  playwrightPath?: string;
  isRoot: boolean;
  isDebian: boolean;
  failed?: ('apt' | 'playwright')[];
}
export type BrowserDecision =
  | { action: 'use'; path: string; source: 'CHROMIUM_PATH' | 'installed' | 'playwright' }
  | { action: 'install'; with: 'apt' | 'playwright' }
  | { action: 'stop'; message: string };
export function browserCandidates(machine: Pick<Machine, 'platform' | 'env' | 'home'>): string[];
export function decideBrowser(machine: Machine): BrowserDecision;
export function ensureBrowser(options?: {
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}): Promise<string>;
export function findBrowser(env?: NodeJS.ProcessEnv): string;
