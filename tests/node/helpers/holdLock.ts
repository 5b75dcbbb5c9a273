// A child process that opens a data directory like the app does and keeps it open.
import { openApp } from '../../../main/core/app';

await openApp({ dataDir: process.argv[2]! });
process.stdout.write('READY\n');
setInterval(() => undefined, 1_000);
