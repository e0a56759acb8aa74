// POST /api/v1/verdicts: for SMSCs that ask rather than relay through the firewall (issue 11).
// A batch of messages in, one decision each out: the engine's verdict (with trusted
// reputation) and the action the firewall's default policy gives it, with the recipient's
// filtering consent applied (filtering off: pass). Nothing is stored. Sender policy needs to
// know which ESME a message came from, so it is the firewall's alone.
import type { FastifyInstance } from 'fastify';
import { MAX_TEXT_LENGTH, type Engine } from '../core/engine.js';
import { decide } from '../core/firewall/decide.js';
import { openConsent, type DetectionGate } from '../consent/index.js';
import { DEFAULT_POLICY } from '../firewall/index.js';
import type { Store } from '../store/index.js';
import { requireRole } from './auth.js';
import { hasControlCharacters } from './text.js';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;
export const MAX_BATCH = 1000;
/** A full batch of long Japanese texts: 1,000 × 4,096 characters as JSON-escaped UTF-8 would be more; real SMS batches are far smaller. */
export const BODY_LIMIT = 2 * 1024 * 1024;
/** Consent changed elsewhere reaches the answers within this long. */
const GATE_MAX_AGE_MS = 10_000;

interface Item { id: string; text: string; from?: string; to?: string }

export function verdictRoutes(app: FastifyInstance, deps: { store: Store; engine: Engine }): void {
  const consent = openConsent(deps.store);
  let gate: { value: DetectionGate; at: number } | null = null;
  const filteringGate = async (): Promise<DetectionGate> => {
    if (!gate || Date.now() - gate.at > GATE_MAX_AGE_MS) gate = { value: await consent.filteringGate(), at: Date.now() };
    return gate.value;
  };

  app.post<{ Body: { messages: Item[] } }>('/api/v1/verdicts', {
    preHandler: requireRole('carrier', 'admin'),
    bodyLimit: BODY_LIMIT,
    schema: {
      summary: 'Decides a batch of messages as the SMS firewall would (for SMSCs that ask rather than relay). Nothing is stored.',
      body: {
        type: 'object',
        required: ['messages'],
        additionalProperties: false,
        properties: {
          messages: {
            type: 'array', minItems: 1, maxItems: MAX_BATCH,
            items: {
              type: 'object', required: ['id', 'text'], additionalProperties: false,
              properties: {
                id: { type: 'string', minLength: 1, maxLength: 64, description: 'the caller\'s reference, echoed' },
                text: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH },
                from: { type: 'string', minLength: 1, maxLength: 32, description: 'the sender as shown' },
                to: { type: 'string', minLength: 1, maxLength: 32, description: 'the recipient; with it, the line\'s filtering consent applies' },
              },
            },
          },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            results: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  action: { type: 'string', enum: ['pass', 'tag', 'block', 'hold'] },
                  verdict: { type: 'string', enum: ['block', 'suspicious', 'allow'] },
                  score: { type: 'integer' },
                  reasons: { type: 'array', items: { type: 'string' } },
                  error: errorSchema,
                },
              },
            },
          },
        },
        400: errorSchema, 401: errorSchema, 403: errorSchema, 413: errorSchema,
      },
    },
  }, async (req) => {
    const filtering = await filteringGate();
    const results = req.body.messages.map((m) => {
      if (hasControlCharacters(m.text)) return { id: m.id, error: { code: 'E_BINARY_TEXT', message: 'text: control characters are not SMS text' } };
      const analysis = deps.engine.analyse(m.from === undefined ? { text: m.text } : { text: m.text, from: m.from });
      const d = decide({ analysis, sender: analysis.sender, esme: null, filtering: m.to === undefined || !filtering.excluded(m.to), policy: DEFAULT_POLICY.action });
      return {
        id: m.id, action: d.action, verdict: analysis.verdict, score: analysis.score,
        reasons: [...d.reasons.map((r) => r.code), ...analysis.reasons.filter((r) => r.weight > 0).map((r) => r.code)],
      };
    });
    return { results };
  });
}
