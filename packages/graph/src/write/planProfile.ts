import type { QueryResult } from 'neo4j-driver';

/** A statement's PROFILE plan as the driver gives it. */
export type StatementProfile = Exclude<QueryResult['summary']['profile'], false>;

/** What PROFILE says of a write: db hits, db hits per operator (biggest first) and the Eager barriers. */
export interface PlanProfile {
  dbHits: number;
  operators: { operator: string; dbHits: number }[];
  eagerOperators: number;
  /** Db hits and Eager operators of each statement, in the order they ran. */
  statements: { name: string; dbHits: number; eagerOperators: number }[];
}

/** Sums several statements' profiles (the batch write is a few statements in one transaction). */
export function sumProfiles(plans: { name: string; plan: StatementProfile }[]): PlanProfile {
  const sums = new Map<string, number>();
  let dbHits = 0;
  let eagerOperators = 0;
  const statements: PlanProfile['statements'] = [];
  for (const { name, plan } of plans) {
    const hits = totalDbHits(plan);
    const eager = countOperators(plan, 'Eager');
    statements.push({ name, dbHits: hits, eagerOperators: eager });
    dbHits += hits;
    eagerOperators += eager;
    for (const { operator, dbHits: hits } of operatorDbHits(plan)) sums.set(operator, (sums.get(operator) ?? 0) + hits);
  }
  const operators = [...sums]
    .map(([operator, hits]) => ({ operator, dbHits: hits }))
    .sort((x, y) => y.dbHits - x.dbHits);
  return { dbHits, operators, eagerOperators, statements };
}

/** Sums db hits over a PROFILE plan tree (what the bench reports per article). */
function totalDbHits(plan: PlanNode): number {
  return plan.dbHits + (plan.children as PlanNode[]).reduce((sum, child) => sum + totalDbHits(child), 0);
}

type PlanNode = { operatorType: string; dbHits: number; identifiers?: string[]; children: unknown[] };

/** Db hits per operator (operator type and the variables it binds), biggest first: where the batch's work goes. */
function operatorDbHits(plan: PlanNode): { operator: string; dbHits: number }[] {
  const sums = new Map<string, number>();
  const walk = (node: PlanNode) => {
    const key = `${node.operatorType.split('@')[0]}(${(node.identifiers ?? []).filter((i) => !i.startsWith('anon')).join(',')})`;
    if (node.dbHits > 0) sums.set(key, (sums.get(key) ?? 0) + node.dbHits);
    for (const child of node.children as PlanNode[]) walk(child);
  };
  walk(plan);
  return [...sums].map(([operator, dbHits]) => ({ operator, dbHits })).sort((a, b) => b.dbHits - a.dbHits);
}

/** How many operators of this type the plan holds (Eager: rows materialised between read/write conflicts). */
function countOperators(plan: PlanNode, type: string): number {
  return (
    (plan.operatorType.split('@')[0] === type ? 1 : 0) +
    (plan.children as PlanNode[]).reduce((sum, child) => sum + countOperators(child, type), 0)
  );
}
