// A child process for crash tests: commits forever and reports each commit
// that has become durable, until it is killed.
import { DocumentStore } from '../../../main/core/store/documentStore';

const [dir, startArg] = process.argv.slice(2) as [string, string];
const store = await DocumentStore.open(dir, { shardCount: 16, compactAfterBytes: 4_000 });
let n = Number(startArg);
for (;;) {
  n++;
  // Two records in one commit: they must always be seen together.
  await store.commit([
    { kind: 'put', collection: 'members', record: { id: 'counter', value: n } },
    { kind: 'put', collection: 'members', record: { id: `r${n % 50}`, value: n, text: 'x'.repeat(200) } },
  ]);
  process.stdout.write(`C ${n}\n`);
}
