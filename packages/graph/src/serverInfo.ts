import type { GraphConnection } from './connection.ts';

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

/** What `CALL dbms.components()` reports: proves which server the product talks to. */
export async function readServerInfo(graph: GraphConnection): Promise<ServerInfo> {
  const rows = await graph.readRows<{ name: string; versions: string[]; edition: string }>(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
  );
  const row = rows[0];
  if (!row) throw new Error('dbms.components() returned nothing');
  return { name: row.name, version: row.versions[0] ?? 'unknown', edition: row.edition };
}
