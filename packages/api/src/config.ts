import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEWSGRAPH_API_KEYS: z
    .string()
    .optional()
    .transform(list)
    .pipe(
      z.array(
        z
          .string()
          .min(16, 'each API key must be at least 16 characters')
          .regex(/^[\x21-\x7e]+$/, 'API keys are printable ASCII without spaces'),
      ),
    ),
  NEWSGRAPH_CORS_ORIGINS: z
    .string()
    .optional()
    .transform(list)
    .pipe(z.array(z.union([z.literal('*'), z.url('each CORS origin must be a URL like http://localhost:5173')]))),
  NEWSGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  NEWSGRAPH_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  NEWSGRAPH_MAX_COST: z.coerce.number().int().min(10).default(25_000),
  NEWSGRAPH_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(2_000_000),
  NEWSGRAPH_MAX_ALIASES: z.coerce.number().int().min(0).default(50),
  NEWSGRAPH_MAX_FIELDS: z.coerce.number().int().min(10).default(2_000),
  NEWSGRAPH_MAX_TOKENS: z.coerce.number().int().min(100).default(10_000),
  NEWSGRAPH_MAX_QUERIES: z.coerce.number().int().min(1).default(250),
  NEWSGRAPH_INTROSPECTION: z.enum(['true', 'false']).optional(),
  NEWSGRAPH_WEB_DIST: z.string().min(1).optional(),
  NEWSGRAPH_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(10_000_000),
  NEWSGRAPH_LIVE_POLL_MS: z.coerce.number().int().min(200).max(60_000).default(2_000),
  NEWSGRAPH_MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(1_000).optional(),
  NEWSGRAPH_MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(256),
});

/**
 * GraphQL reads executing at once when not configured: 8 per core. A request is not one core busy: it waits on Neo4j
 * round trips (several transactions each), so a low bound leaves the cores idle. `pnpm bench:load` on 2 cores, warm,
 * 64 clients (api CONTEXT.md): 2 at once 31.9 requests/s, 8 at once 84.8, 16 at once 110.6 (p99 1.1 s), unbounded
 * 89.7 — all 0 errors. 16 also keeps the queue short enough that a cold 2-hop network cannot hold every slot.
 */
export const defaultMaxConcurrentRequests = () => 8 * availableParallelism();

export interface ApiConfig {
  /** NODE_ENV=production: unexpected errors are masked. */
  production: boolean;
  port: number;
  host: string;
  /** Keys accepted in `Authorization: Bearer <key>` for mutations; none = mutations disabled. */
  apiKeys: string[];
  /** Origins allowed cross-origin (`*` for any); empty = same origin only. */
  corsOrigins: string[];
  /** Per-request time budget, passed to Neo4j as the transaction timeout. */
  queryTimeoutMs: number;
  maxDepth: number;
  maxCost: number;
  maxBodyBytes: number;
  /** Aliased fields per operation, fragments counted where spread. */
  maxAliases: number;
  /** Field selections per operation, fragments counted where spread. */
  maxFields: number;
  /** Lexical tokens per document: graphql's parser stops past it (the first, cheapest bound). */
  maxTokens: number;
  /** Neo4j transactions one request may open (what the cost estimate promised, enforced at run time). */
  maxQueries: number;
  /** Introspection and "Did you mean" suggestions; off in production unless NEWSGRAPH_INTROSPECTION=true. */
  introspection: boolean;
  /** The built web page (packages/web/dist). */
  webDist: string;
  /** Bytes one uploaded article file may have (POST /api/articles); the body is cut off past it (413). */
  maxUploadBytes: number;
  /** How often the live-update watcher asks Neo4j for articles written since its watermark. */
  livePollMs: number;
  /** GraphQL reads executing at once (admission control); the others wait their turn in arrival order. */
  maxConcurrentRequests: number;
  /** GraphQL reads waiting at once; one more is answered 503 OVERLOADED with Retry-After. */
  maxQueuedRequests: number;
}

export class ApiConfigError extends Error {
  override name = 'ApiConfigError';
}

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Reads and validates the API's configuration from the environment; a bad value is a clear error. */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ApiConfigError(`Invalid API configuration — ${details}`);
  }
  const e = parsed.data;
  return {
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    apiKeys: e.NEWSGRAPH_API_KEYS,
    corsOrigins: e.NEWSGRAPH_CORS_ORIGINS,
    queryTimeoutMs: e.NEWSGRAPH_QUERY_TIMEOUT_MS,
    maxDepth: e.NEWSGRAPH_MAX_DEPTH,
    maxCost: e.NEWSGRAPH_MAX_COST,
    maxBodyBytes: e.NEWSGRAPH_MAX_BODY_BYTES,
    maxAliases: e.NEWSGRAPH_MAX_ALIASES,
    maxFields: e.NEWSGRAPH_MAX_FIELDS,
    maxTokens: e.NEWSGRAPH_MAX_TOKENS,
    maxQueries: e.NEWSGRAPH_MAX_QUERIES,
    introspection: e.NEWSGRAPH_INTROSPECTION ? e.NEWSGRAPH_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    webDist: e.NEWSGRAPH_WEB_DIST ?? DEFAULT_WEB_DIST,
    maxUploadBytes: e.NEWSGRAPH_MAX_UPLOAD_BYTES,
    livePollMs: e.NEWSGRAPH_LIVE_POLL_MS,
    maxConcurrentRequests: e.NEWSGRAPH_MAX_CONCURRENT_REQUESTS ?? defaultMaxConcurrentRequests(),
    maxQueuedRequests: e.NEWSGRAPH_MAX_QUEUED_REQUESTS,
  };
}
