// Process entry of the `smishguard` command (bin/smishguard.js loads the compiled copy).
import { main } from './index.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 70;
  },
);
