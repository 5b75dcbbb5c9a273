// One import in a fresh process, for bench/importMemory.ts: opens an empty
// data directory, imports one file the way the app does, closes (which
// writes the snapshots), and prints one JSON line with its peak memory.
// Run: node --import tsx bench/importMemory/child.ts <kind> <file> <dataDir>
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyMemberFields } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import { importBundle } from '../../main/core/bundle';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { maxEventLoopBlock } from '../lib';

const [kind, file, dataDir] = process.argv.slice(2) as [string, string, string];
const started = process.hrtime.bigint();
const app = await openApp({ dataDir });
const handlers = createHandlers(app);
const call = async (channel: Parameters<typeof dispatch>[1], input: unknown) => {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
};
const base64 = async () => (await readFile(file)).toString('base64');

const { blockedMs, value: outcome } = await maxEventLoopBlock(async () => {
  switch (kind) {
    case 'idle':
      return 'opened and closed an empty data directory';
    case 'bundle': {
      const summary = await importBundle(app, file, { acceptKey: true });
      return `${summary.added} records`;
    }
    case 'exchange': {
      const staged = await call('exchange:stage', { name: path.basename(file), dataBase64: await base64() });
      const imported = (await call('exchange:import', { token: staged.token, acceptKey: true })) as { value: { added: number } };
      return `${imported.value.added} records`;
    }
    case 'members-csv': {
      const imported = (await call('memberCsv:import', { file: { fileName: 'hr.csv', dataBase64: await base64() } })) as {
        preview: { ok: boolean; problem?: { message: string } };
        result: { added: number } | null;
      };
      if (!imported.result) throw new Error(`refused: ${imported.preview.problem?.message}`);
      return `${imported.result.added} profiles`;
    }
    case 'citations': {
      const me = await call('members:save', { fields: { ...emptyMemberFields(), name: 'Sanne de Vries', institution: 'ROC Rijnland' } });
      await call('settings:update', { meId: me.id });
      const imported = (await call('research:import', { fileName: path.basename(file), dataBase64: await base64() })) as { imported: string[] };
      return `${imported.imported.length} drafts`;
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
});
await app.close();
const ms = Number(process.hrtime.bigint() - started) / 1e6;
// maxRSS is in kilobytes: the peak resident memory of this whole process.
console.log(JSON.stringify({ kind, outcome, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ms: Math.round(ms), blockedMs }));
