// Where the Universal Dependencies treebanks are: ../shared/ud beside the repository, or DETENTE_UD, or --ud.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_UD_DIR = fileURLToPath(new URL('../../../../shared/ud/', import.meta.url));

export function udDir(override?: string): string {
  return override ?? process.env.DETENTE_UD ?? DEFAULT_UD_DIR;
}

export function udPath(file: string, override?: string): string {
  const dir = udDir(override);
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new Error(`${path} not found: the UD English treebanks are expected in ../shared/ud beside the repository (set DETENTE_UD or --ud to another folder)`);
  }
  return path;
}
