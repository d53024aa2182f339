// A start that fails after Electron is ready would leave a hidden window and a running process: say what
// went wrong in an error box, then end the process.
export interface StartFailureDeps {
  showErrorBox(title: string, content: string): void;
  exit(code: number): void;
  log(message: string, error: unknown): void;
}

export function reportStartFailure(error: unknown, deps: StartFailureDeps): void {
  deps.log('ShipReady could not start:', error);
  const cause = error instanceof Error ? error.message : String(error);
  deps.showErrorBox(
    'ShipReady could not start',
    `ShipReady stopped while opening its window: ${cause}. Try starting it again; if this keeps happening, ` +
      'start it from a terminal to see the details.',
  );
  deps.exit(1);
}
