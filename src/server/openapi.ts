// The OpenAPI 3.1 document, generated from the route table and its zod schemas (the ones requests are validated with).
import { z } from 'zod';
import type { Route } from './routes.js';
import { errorResponse } from './schemas.js';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

/** JSON Schema of what a client sends (`input`) or receives (`output`), without the `$schema` header. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request: the message says which parameter or field is wrong and why',
  429: 'Too many requests: rate limit exceeded',
};

export function openApiDocument(routes: Route[], info: { version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { 'application/json': { schema: jsonSchema(errorResponse, 'output') } };
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [['query', r.query], ['path', r.params]] as const) {
      if (!schema) continue;
      const js = jsonSchema(schema, 'input');
      for (const [name, prop] of Object.entries(js.properties ?? {})) {
        const { description, ...propSchema } = prop;
        parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), description, schema: propSchema });
      }
    }
    const responses: Record<string, unknown> = {
      [String(r.status ?? 200)]: { description: 'Success', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } },
    };
    const errors: Record<number, string> = { 400: STATUS_TEXT[400]!, ...(r.errors ?? {}) };
    if (r.limits?.rateLimit) errors[429] = STATUS_TEXT[429]!;
    for (const [status, description] of Object.entries(errors)) responses[status] = { description, content: error };
    const op: Record<string, unknown> = {
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').split('/').filter(Boolean).slice(1).map((w) => w[0]!.toUpperCase() + w.slice(1).replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())).join('')}`,
      summary: r.summary,
      tags: [r.tag],
      parameters,
      responses,
    };
    if (r.description) op.description = r.description;
    if (r.body) {
      const content: Record<string, unknown> = { 'application/json': { schema: jsonSchema(r.body, 'input') } };
      if (r.plainTextField) content['text/plain'] = { schema: { type: 'string', description: `the ${r.plainTextField} alone` } };
      op.requestBody = { required: true, content };
    }
    if (r.auth) op.security = [{ bearer: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'detente API',
      version: info.version,
      description: 'Political event data: relations between actors over time, the coded events behind them and the sentences that are their evidence.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The DETENTE_TOKEN the server was started with' } },
    },
  };
}
