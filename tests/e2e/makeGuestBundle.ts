// Writes a signed bundle that carries what no honest export does: a café with
// its attendee list (guests' names and e-mail addresses), and tombstones of
// records no install ever had. Run by tests/e2e/exchange.spec.ts:
// node --import tsx tests/e2e/makeGuestBundle.ts <file.mnw>
import { writeFileSync } from 'node:fs';
import { bundle, IDS, phantomTombstones, seedRecords } from '../fixtures/makeBadBundles';

const records = seedRecords();
records.sessions[0]!.attendees = [
  { id: '01940000-0000-7000-8000-000000000091', memberId: null, name: 'Gast Persoon', email: 'gast.persoon@voorbeeld.nl', status: 'aangemeld', registeredAt: '2026-03-01T10:00:00.000Z' },
  { id: '01940000-0000-7000-8000-000000000092', memberId: IDS.bram, name: 'Bram Ünal', email: '', status: 'aanwezig', registeredAt: '2026-03-01T10:05:00.000Z' },
];
records.plgs.push(...phantomTombstones(3));
writeFileSync(process.argv[2]!, bundle({ records }));
console.log(JSON.stringify({ sessionId: IDS.session }));
