// `pnpm curate merge <keepId> <id…>` | `pnpm curate split <id> <alias…> [--as <name>]` | `pnpm curate rename <id> <name>`
import { parseArgs } from 'node:util';
import { describeGraphTarget, openConfiguredGraph } from '@newsgraph/graph';
import { CurationError, mergeEntities, renameEntity, splitEntity } from '../curate/curateEntities.ts';
import { runCli } from './runCli.ts';

const USAGE = `usage: pnpm curate merge <keepId> <id…>            fold entities into keepId for good
       pnpm curate split <id> <alias…> [--as <name>]  move these names (and their articles) to a new entity
       pnpm curate rename <id> <name>                 rename an entity for good`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { as: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const valid =
    (command === 'merge' && rest.length >= 2) ||
    (command === 'split' && rest.length >= 2) ||
    (command === 'rename' && rest.length === 2);
  if (!valid) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // The running start's Neo4j when there is one (see the ingest CLI); says which database it writes to.
  const opened = await openConfiguredGraph({
    command: 'pnpm curate',
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  process.stderr.write(`${describeGraphTarget(opened.target)}\n`);
  try {
    if (command === 'merge') {
      const [keepId, ...ids] = rest as [string, ...string[]];
      const result = await mergeEntities(opened.graph, keepId, ids);
      process.stdout.write(
        `merged ${result.mergedIds.join(', ')} into ${keepId}; ${result.reingested.articles.updated} articles re-resolved\n`,
      );
    } else if (command === 'split') {
      const [id, ...aliases] = rest as [string, ...string[]];
      const result = await splitEntity(opened.graph, id, aliases, { as: values.as });
      process.stdout.write(
        `split ${aliases.join(', ')} off ${id} into ${result.newId}; ${result.reingested.articles.updated} articles re-resolved\n`,
      );
    } else {
      const [id, name] = rest as [string, string];
      const result = await renameEntity(opened.graph, id, name);
      process.stdout.write(`renamed ${id} from "${result.previousName}" to "${result.name}"\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof CurationError) {
      process.stderr.write(`curate ${command}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await opened.close();
  }
}

runCli('curate', main);
