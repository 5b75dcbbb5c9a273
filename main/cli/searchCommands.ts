import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { z } from 'zod';
import type { CollectionName } from '../../shared/domain';
import { ExpertsQuery, SearchQuery, type Expert, type SearchResult } from '../../shared/search/schema';
import { SOURCE_NAMES, typeFromAlias } from '../../shared/search/sources';
import type { AppContext } from '../core/app';
import { CliError, table, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

interface SearchOptions {
  type?: CollectionName;
  limit: number;
  batch?: boolean;
}

const DEFAULT_LIMIT = 20;

/**
 * `search` and `experts`: the app's own search index, opened read-only, so
 * scripts get exactly what the search box and "Wie weet iets van …?" show.
 */
export function registerSearchCommands(program: Command, withApp: WithApp): void {
  program
    .command('search')
    .description('search every record type (typos, prefixes, Dutch compounds and synonyms, filters such as instelling:rijnland)')
    .argument('[query]', 'what to look for')
    .addOption(new Option('--type <type>', `only this record type: ${SOURCE_NAMES.join(', ')} (Dutch names such as onderzoek work too)`).argParser(recordType))
    .addOption(new Option('--limit <n>', 'at most this many results').argParser(limitOf(200)).default(DEFAULT_LIMIT))
    .option('--batch', 'read one query per line from stdin and print one line per query, with the time it took')
    .action(async (query: string | undefined, options: SearchOptions) => {
      if (options.batch && query !== undefined) throw new CliError('--batch reads its queries from stdin; leave out the query argument.', 2, 'invalid_input');
      if (!options.batch && (query === undefined || query.trim() === '')) throw new CliError('Give something to search for, e.g. search "formatief handelen", or use --batch.', 2, 'invalid_input');
      await withApp(program, { write: false }, async (app, out) => {
        if (options.batch) {
          await searchBatch(app, out, options);
          return;
        }
        const results = app.search.search(parsed(SearchQuery, { text: query!, limit: options.limit, types: typesOf(options) })).map(brief);
        out.result(results, () =>
          results.length === 0 ? `No results for "${query}".` : table(results.map((r) => [r.type, r.title, r.score.toFixed(2), whyText(r.why)])),
        );
      });
    });

  program
    .command('experts')
    .description('"Wie weet iets van …?": colleagues ranked by evidence of knowing a topic, with the evidence')
    .argument('<topic>', 'the topic, e.g. "formatief handelen"')
    .addOption(new Option('--limit <n>', 'at most this many colleagues').argParser(limitOf(100)).default(10))
    .action(async (topic: string, options: { limit: number }) => {
      const query = parsed(ExpertsQuery, { topic, limit: options.limit });
      await withApp(program, { write: false }, async (app, out) => {
        const experts = app.search.experts(query.topic, query.limit);
        out.result(experts, () => (experts.length === 0 ? `Nobody in the network shows evidence of knowing "${query.topic}".` : experts.map(expertText).join('\n')));
      });
    });
}

/** One JSON line per query as it is answered, so a long batch streams. */
async function searchBatch(app: AppContext, out: Output, options: SearchOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failed = 0;
  for await (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    const query = SearchQuery.safeParse({ text, limit: options.limit, types: typesOf(options) });
    if (!query.success) {
      failed++;
      write(out, { query: text, error: { code: 'invalid_input', message: issuesText(query.error) } }, () => `${text}: ${issuesText(query.error)}`);
      continue;
    }
    const started = performance.now();
    const results = app.search.search(query.data);
    const tookMs = Math.round((performance.now() - started) * 1000) / 1000;
    write(out, { query: text, tookMs, count: results.length, results: results.map(brief) }, () => `${text}: ${results.length} result(s) in ${tookMs} ms`);
  }
  if (failed > 0) process.exitCode = 1;
}

function write(out: Output, value: unknown, human: () => string): void {
  process.stdout.write(`${out.json ? JSON.stringify(value) : human()}\n`);
}

const brief = ({ type, id, title, score, why }: SearchResult) => ({ type, id, title, score, why });

const typesOf = (options: SearchOptions) => (options.type ? [options.type] : undefined);

const whyText = (why: SearchResult['why']) => why.map((w) => `${w.field}: ${w.words.join(', ')} (${w.via})`).join('; ');

function expertText({ member, score, evidence }: Expert, index: number): string {
  const lines = evidence.map((e) => `     ${e.kind.padEnd(12)} ${e.text}`);
  return [`${String(index + 1).padStart(2)}. ${member.name} (${member.institution}), score ${score}`, ...lines].join('\n');
}

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new CliError(issuesText(result.error), 2, 'invalid_input');
  return result.data;
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      if (issue.code === 'too_big' && (field === 'text' || field === 'topic')) return `The ${field === 'text' ? 'query' : 'topic'} is too long (at most ${String(issue.maximum)} characters).`;
      if (issue.code === 'too_small' && field === 'topic') return 'Give a topic to look for.';
      return `${field || 'input'}: ${issue.message}`;
    })
    .join(' ');
}

function recordType(value: string): CollectionName {
  const type = typeFromAlias(value);
  if (!type) throw new InvalidArgumentError(`Choose one of: ${SOURCE_NAMES.join(', ')}.`);
  return type;
}

function limitOf(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`Give a whole number from 1 to ${max}.`);
    return n;
  };
}
