import { describe, expect, it } from 'vitest';
import { ConfigError, loadNeo4jConfig } from './config.ts';

describe('loadNeo4jConfig', () => {
  it('uses the embedded default when NEO4J_URI is unset', () => {
    expect(loadNeo4jConfig({})).toEqual({ uri: undefined, user: 'neo4j', password: undefined, database: 'neo4j' });
  });

  it('accepts a routing URI with credentials and a database', () => {
    const config = loadNeo4jConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'news',
    });
    expect(config).toEqual({
      uri: 'neo4j+s://abc.databases.example:7687',
      user: 'reader',
      password: 'pw',
      database: 'news',
    });
  });

  it('names the bad variable', () => {
    expect(() => loadNeo4jConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI/);
    expect(() => loadNeo4jConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD is required/);
    expect(() => loadNeo4jConfig({ NEO4J_DATABASE: 'a b' })).toThrow(ConfigError);
  });

  it('treats empty strings as unset', () => {
    expect(loadNeo4jConfig({ NEO4J_URI: '', NEO4J_PASSWORD: '' }).uri).toBeUndefined();
  });
});
