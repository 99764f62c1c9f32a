// Actor arguments of the store commands (--actor RUS, `relations Russia Ukraine`): codes or names, resolved with the
// actor dictionary. Apart from options.ts so that commands without actor arguments (`detente code`, whose main
// thread may hand all coding to threads) do not load the dictionary.
import { dictionaryActorSearch, resolveActor, UnknownActorError, type ResolvedActor } from '../actors/resolve.js';

/**
 * An actor argument (code or name: RUS, Russia, Putin) as the code the store keys it by. `label` names the option in
 * errors (`--actor: Unknown actor 'Rusia'. Did you mean: RUS (Russia)?`); a name resolved to a code is said on
 * stderr, so the reader knows what was queried.
 */
export function resolveActorArgument(label: string | null, value: string): ResolvedActor {
  try {
    const resolved = resolveActor(dictionaryActorSearch(), value);
    if (resolved.via) process.stderr.write(`${label ? `${label} ` : ''}'${value.trim()}' is ${resolved.code} (${resolved.via.name}${resolved.via.name === resolved.name ? '' : `, counted as ${resolved.name}`})\n`);
    return resolved;
  } catch (err) {
    if (err instanceof UnknownActorError && label) throw new Error(`${label}: ${err.message}`);
    throw err;
  }
}

/** An optional actor option's code (undefined when the option is absent). */
export const actorOption = (label: string, value: string | undefined): string | undefined =>
  value === undefined ? undefined : resolveActorArgument(label, value).code;
