// Validates a request against its channel's schema, runs the handler, and returns a Result.
import { type ResponseMap, requestSchemas } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/result';
import { describeIssues } from '../../shared/validation';
import { DesktopError } from './desktop-error';
import type { DesktopHandlers, HandlerContext } from './desktop-handlers';
import { describeFileError } from './file-errors';

const noPushes: HandlerContext = { emit: () => {} };

export function isChannel(name: string): name is keyof ResponseMap {
  return Object.hasOwn(requestSchemas, name);
}

export async function dispatch<K extends keyof ResponseMap>(
  handlers: DesktopHandlers,
  channel: K,
  payload: unknown,
  log: (message: string) => void = () => {},
  context: HandlerContext = noPushes,
): Promise<Result<ResponseMap[K]>> {
  const parsed = requestSchemas[channel].safeParse(payload ?? {});
  if (!parsed.success) {
    return fail('invalid-payload', `The request to ${channel} was refused: ${describeIssues(parsed.error)}.`);
  }
  try {
    // The map guarantees the parsed payload matches this channel's handler.
    const handler = handlers[channel] as (
      request: unknown,
      context: HandlerContext,
    ) => Promise<ResponseMap[K]>;
    return ok(await handler(parsed.data, context));
  } catch (error) {
    if (error instanceof DesktopError) return fail(error.code, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    log(`${channel} failed: ${code ?? ''} ${(error as Error).message}`);
    const problem = describeFileError(channel, error);
    return fail(problem.code, problem.message);
  }
}
