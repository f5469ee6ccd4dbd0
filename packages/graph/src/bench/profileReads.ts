import type { ManagedTransaction, QueryResult, ResultSummary } from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';

// The plan as the driver hands it over (ResultSummary.profile); its named type ProfiledPlan is deprecated in favour of
// QueryProfile, which neo4j-driver 6.3 does not export yet.
type ProfiledPlan = Exclude<ResultSummary['profile'], false>;

export interface ReadProfile<T> {
  result: T;
  /** Queries the reader ran in its transaction. */
  queries: number;
  /** Database hits summed over every operator of every query's plan (Neo4j's PROFILE). */
  dbHits: number;
  /** The costliest query's first line and its db hits, to say where the work went. */
  heaviest: { query: string; dbHits: number } | null;
  /** Each query's db hits, in the order run. */
  perQuery: number[];
  /** Each query's plan, in the order run (operator tree with db hits and rows). */
  plans: ProfiledPlan[];
}

export function planHits(plan: ProfiledPlan | false | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + planHits(child), 0);
}

/**
 * Runs a reader with every query of its transaction PROFILEd (the benchmark's "db hits" column): the reader is
 * unchanged, it gets a transaction whose `run` prefixes PROFILE and keeps each plan's totals. The records are the
 * same, so the result is the reader's real answer.
 */
export async function profileRead<T>(
  graph: GraphConnection,
  reader: (tx: ManagedTransaction) => Promise<T>,
): Promise<ReadProfile<T>> {
  let queries = 0;
  let dbHits = 0;
  let heaviest: ReadProfile<T>['heaviest'] = null;
  const plans: ProfiledPlan[] = [];
  const perQuery: number[] = [];
  const result = await graph.read((tx) => {
    // The driver's transaction with `run` overridden; everything else is inherited from the real one.
    const profiled = Object.create(tx) as ManagedTransaction;
    profiled.run = ((query: string, params?: Record<string, unknown>) =>
      // Readers await run()'s Result: the PROFILEd promise resolves to that same Result.
      tx.run(`PROFILE ${query}`, params).then((r: QueryResult) => {
        const hits = planHits(r.summary.profile);
        if (r.summary.profile) plans.push(r.summary.profile);
        queries += 1;
        dbHits += hits;
        perQuery.push(hits);
        if (!heaviest || hits > heaviest.dbHits)
          heaviest = { query: query.trim().split('\n')[0]!.slice(0, 100), dbHits: hits };
        return r;
      })) as ManagedTransaction['run'];
    return reader(profiled);
  });
  return { result, queries, dbHits, heaviest, perQuery, plans };
}
