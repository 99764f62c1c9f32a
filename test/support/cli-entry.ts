// The CLI entry point for tests: bin/detente.js runs the compiled dist/, this runs src/ directly.
import { main } from '../../src/cli/main.js';

main(process.argv).catch((err) => {
  process.stderr.write(`detente: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
