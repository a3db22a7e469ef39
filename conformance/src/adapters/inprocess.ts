// The default implementation under test: this project's own packages, called in the same process.
import { Receiver, type ReceiverApi } from '../receiver.js';
import type { Adapter, ConvertRequest, Format, Session, ValidateRequest, ValidationOutcome } from '../types.js';

/** What the in-process adapter needs from @lexstandard/core. */
export interface LexApi extends ReceiverApi {
  parse(text: string, options: { from: Format }): { message: unknown };
}

/** Codec failures become the input codes of the catalogue, reported at the root. */
export function unreadable(e: unknown): ValidationOutcome {
  const code = (e as { code?: string }).code === 'NOT_A_LEX_MESSAGE' ? 'NOT_A_LEX_MESSAGE' : 'INVALID_JSON';
  return { valid: false, errors: [{ code, path: '', message: (e as Error).message ?? String(e), severity: 'CRITICAL' }], warnings: [] };
}

export interface InProcessOptions {
  /** the API to test (default: @lexstandard/core) */
  api?: LexApi;
  /** the receiver of sessions (default: the reference Receiver over `api`) */
  receiver?: (api: LexApi) => Receiver;
  name?: string;
}

export async function loadCore(): Promise<LexApi> {
  const core = await import('@lexstandard/core');
  return { parse: core.parse, validate: core.validate as LexApi['validate'], createAcknowledgment: core.createAcknowledgment };
}

/** The adapter over this project's packages (or over `options.api`). */
export async function createInProcessAdapter(options: InProcessOptions = {}): Promise<Adapter> {
  const api = options.api ?? (await loadCore());
  const makeReceiver = options.receiver ?? ((a: LexApi) => new Receiver(a));
  return {
    name: options.name ?? 'in-process (@lexstandard/core)',
    async validate(r: ValidateRequest): Promise<ValidationOutcome> {
      let message: unknown;
      try {
        message = api.parse(r.text, { from: r.format }).message;
      } catch (e) {
        return unreadable(e);
      }
      return api.validate(message, { now: r.now, level: r.level, ...(r.previousStatus !== undefined ? { previousStatus: r.previousStatus } : {}) });
    },
    async convert(r: ConvertRequest): Promise<unknown> {
      return api.parse(r.text, { from: r.format }).message;
    },
    async session(): Promise<Session> {
      const receiver = makeReceiver(api);
      return { submit: async (req) => receiver.submit(req), close: async () => {} };
    },
  };
}
