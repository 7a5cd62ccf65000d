/** The CLI process: runs `main` on the command line (compiled to dist/lib/cli.js for the published package). */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
