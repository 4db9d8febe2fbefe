/** The entry point `bin/soc2.js` runs, bundled into dist/cli/ by `npm run build`. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
