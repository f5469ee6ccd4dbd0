import { z } from 'zod';

/** Raised when a NEO4J_* variable is malformed; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const neo4jEnvSchema = z
  .object({
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must look like neo4j://host:7687, neo4j+s://…, bolt://host:7687')
      .optional(),
    NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1, 'must not be empty').optional(),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Z][A-Z0-9.-]{2,62}$/i, 'must be a Neo4j database name (3–63 letters, digits, dots, dashes)')
      .default('neo4j'),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
  });

export interface Neo4jConfig {
  /** Unset: newsgraph starts its own embedded Neo4j (packages/neo4j-local). */
  uri?: string;
  user: string;
  password?: string;
  database: string;
}

/** Reads and validates the NEO4J_* variables. Empty strings count as unset. */
export function loadNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const picked = Object.fromEntries(
    ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']
      .map((key) => [key, env[key]?.trim() || undefined] as const)
      .filter(([, value]) => value !== undefined),
  );
  const parsed = neo4jEnvSchema.safeParse(picked);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid Neo4j configuration: ${problems.join('; ')}`);
  }
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  return { uri: NEO4J_URI, user: NEO4J_USER, password: NEO4J_PASSWORD, database: NEO4J_DATABASE };
}
