/**
 * The host page's side of the postMessage API, free of React: which messages
 * are heard (the framing page, a listed origin), what each command does (through
 * the actions the app hands in), and the answer to a command with a requestId.
 * Anything else is dropped: never an exception, never a state change.
 */
import type { Language } from '../i18n/languages';
import {
  PROTOCOL_SOURCE,
  acceptsMessage,
  atlasResponse,
  parseHostMessage,
  type AtlasMessage,
  type AtlasState,
  type FlyTo,
  type HostCommand,
  type SelectTarget,
} from '../state/embedProtocol';
import type { Filters } from '../state/urlState';

export type CommandResult = { ok: true; payload?: unknown } | { ok: false; error: string };

/** What the commands may do to the atlas. */
export interface EmbedActions {
  setFilters(filters: Filters): void;
  /** The regions the loaded sites are in (undefined until they are loaded). */
  knownRegions(): ReadonlySet<string> | undefined;
  /** Opens a record (or closes the open one) once the data confirms it exists. */
  select(target: SelectTarget): Promise<CommandResult>;
  flyTo(view: FlyTo): void;
  /** Undefined until the interface languages are available. */
  setLanguage?: (language: Language) => Promise<void> | void;
  getState(): AtlasState;
}

export const LANGUAGES_UNAVAILABLE = 'languages are not available yet';

export async function runCommand(command: HostCommand, actions: EmbedActions): Promise<CommandResult> {
  switch (command.type) {
    case 'setFilters': {
      const regions = actions.knownRegions();
      if (!regions) return { ok: false, error: 'setFilters: the data is not loaded yet' };
      const unknown = command.filters.region.filter((region) => !regions.has(region));
      if (unknown.length > 0) return { ok: false, error: `setFilters: "region": no site in the data is in ${unknown.map((r) => `"${r}"`).join(', ')}` };
      actions.setFilters(command.filters);
      return { ok: true, payload: { filters: command.filters } };
    }
    case 'select':
      return actions.select(command.target);
    case 'flyTo':
      actions.flyTo(command.view);
      return { ok: true };
    case 'setLanguage':
      if (!actions.setLanguage) return { ok: false, error: LANGUAGES_UNAVAILABLE };
      await actions.setLanguage(command.language);
      return { ok: true, payload: { language: command.language } };
    case 'getState':
      return { ok: true, payload: actions.getState() };
  }
}

const looksLikeOurs = (data: unknown) => typeof data === 'object' && data !== null && (data as { source?: unknown }).source === PROTOCOL_SOURCE;

/**
 * A `message` listener for the atlas's window. `post` sends to the host (it knows
 * the host's origin); `heardFrom` learns the origin of a host whose origin the
 * atlas could not tell at start; `warn` explains what was dropped (development).
 */
export function createHostListener({
  allowedOrigins,
  parent,
  actions,
  post,
  heardFrom,
  warn,
}: {
  allowedOrigins: readonly string[];
  parent: unknown;
  actions: EmbedActions;
  post: (message: AtlasMessage) => void;
  heardFrom: (origin: string) => void;
  warn: (message: string) => void;
}) {
  return (event: Pick<MessageEvent, 'origin' | 'source' | 'data'>) => {
    try {
      if (!acceptsMessage(event, { allowedOrigins, parent })) {
        if (event.source === parent && looksLikeOurs(event.data)) warn(`ignored a message from ${event.origin}: not in embed.allowedOrigins`);
        return;
      }
      heardFrom(event.origin);
      const parsed = parseHostMessage(event.data);
      if (parsed.kind === 'ignored') {
        if (looksLikeOurs(event.data)) warn(`ignored: ${parsed.reason}`);
        return;
      }
      if (parsed.kind === 'invalid') {
        warn(parsed.error);
        if (parsed.requestId) post(atlasResponse(parsed.requestId, { ok: false, error: parsed.error }));
        return;
      }
      const { requestId } = parsed.command;
      void runCommand(parsed.command, actions)
        .catch((error: unknown): CommandResult => ({ ok: false, error: `${parsed.command.type}: ${error instanceof Error ? error.message : String(error)}` }))
        .then((result) => {
          if (requestId) post(atlasResponse(requestId, result));
        });
    } catch (error) {
      // Nothing a host sends may break the atlas.
      warn(`could not handle a message: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
