/**
 * The entry of the CLI bundle (dist/cli/soc2.cjs, made by `npm run build`):
 * `bin/soc2.js` loads it and calls `main` with the command line.
 */
export { main } from './main.js';
