// Build step: the dashboard's static files (src/web) are served from dist/web when detente runs from dist/.
// They need no compilation (plain ES modules and CSS), so the build copies them as they are.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/web`, { recursive: true, force: true });
cpSync(`${root}src/web`, `${root}dist/web`, { recursive: true });
