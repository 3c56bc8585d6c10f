// The client side of scripts/drill-failures.sh (Node 20+, no packages). Subcommands:
//   intakes  --bases URL[,URL] --count N --concurrency C --out FILE
//       N partner referrals (POST /api/v1/referrals), each with its own Idempotency-Key, spread over the bases.
//       A connection error, 5xx or 429 is retried with the same key and body (on the next base) until it succeeds or
//       DRILL_GIVE_UP_SECONDS (180) pass. Writes a summary: outcomes per attempt, distinct ids, time to recover.
//   events   --bases URL[,URL] --count N --out FILE
//       N help requests taken in, triaged and referred to the partner by a coordinator, alternating over the bases:
//       each referral queues one webhook message.
//   subscribe --base URL --url HOOK_URL --out FILE   the partner subscribes HOOK_URL; writes {id, secret}.
//   receiver --port P --log FILE                     a webhook receiver: appends one JSON line per message it accepts.
//   verify   --log FILE --secret S --expect N --out FILE
//       checks the receiver's log: signatures, distinct webhook ids, ids received more than once.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const partner = { id: 'kiel-partner', secret: 'demo-partner-secret-kiel' };
const coordinator = { email: 'coordinator@kiel.demo.warmewijk.be', password: 'WarmeWijk-demo-2026' };
const giveUpAfterMs = Number(process.env.DRILL_GIVE_UP_SECONDS ?? 180) * 1000;

const [command, ...rest] = process.argv.slice(2);
const options = Object.fromEntries(
  rest.flatMap((value, i) => (value.startsWith('--') ? [[value.slice(2), rest[i + 1]]] : [])),
);
const bases = (options.bases ?? options.base ?? '').split(',').filter(Boolean);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function partnerToken(base) {
  const response = await fetch(`${base}/api/v1/auth/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: partner.id, client_secret: partner.secret }),
  });
  if (!response.ok) throw new Error(`partner sign-in: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}

async function coordinatorToken(base) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(coordinator),
  });
  if (!response.ok) throw new Error(`coordinator sign-in: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}

function referral(i) {
  return {
    resident: {
      firstName: 'Drill',
      lastName: `Bewoner ${i}`,
      birthYear: 1940 + (i % 40),
      phone: '03 238 11 22',
      address: {
        street: 'De Bosschaertstraat',
        houseNumber: String(1 + (i % 90)),
        postalCode: '2020',
        municipality: 'Antwerpen',
        sectorCode: '11002F61-',
      },
      languages: ['nl'],
      contactPreference: 'Phone',
    },
    consentConfirmed: true,
    categoryCode: 'social-contact',
    description: `Oefening ${i}: vereenzaamt sinds de verhuis.`,
    urgency: 'Normal',
  };
}

/** Sends one idempotent referral until it succeeds, noting every attempt's outcome. */
async function sendUntilAccepted(i, token, outcomes) {
  const key = randomUUID();
  const body = JSON.stringify(referral(i));
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const base = bases[(i + attempt) % bases.length];
    let outcome;
    try {
      const response = await fetch(`${base}/api/v1/referrals`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      outcome = String(response.status);
      if (response.status === 503 && response.headers.get('retry-after')) outcome = '503 with Retry-After';
      if (response.headers.get('idempotent-replayed') === 'true') outcome += ' (replayed)';
      const text = await response.text();
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (response.status === 201) return { id: JSON.parse(text).id, attempts: attempt + 1, ms: Date.now() - started };
      if (response.status < 500 && response.status !== 429) {
        return { error: `${response.status} ${text.slice(0, 200)}`, attempts: attempt + 1 };
      }
    } catch (error) {
      outcome = `connection error (${error.cause?.code ?? error.name})`;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    if (Date.now() - started > giveUpAfterMs) return { error: `gave up after ${attempt + 1} attempts`, attempts: attempt + 1 };
    await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 5)));
  }
}

async function intakes() {
  const count = Number(options.count);
  const concurrency = Number(options.concurrency ?? 8);
  const token = await partnerToken(bases[0]);
  const outcomes = {};
  const results = new Array(count);
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await sendUntilAccepted(i, token, outcomes);
      }
    }),
  );
  const ids = results.filter((r) => r.id).map((r) => r.id);
  const summary = {
    sent: count,
    accepted: ids.length,
    distinctIds: new Set(ids).size,
    failed: results.filter((r) => r.error).map((r) => r.error),
    retried: results.filter((r) => r.attempts > 1).length,
    slowestMs: Math.max(...results.filter((r) => r.ms !== undefined).map((r) => r.ms)),
    seconds: (Date.now() - started) / 1000,
    outcomes,
  };
  writeFileSync(options.out, JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary));
}

async function call(base, token, method, path, body, etag) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  if (etag) headers['if-match'] = etag;
  const response = await fetch(`${base}/api/v1${path}`, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} on ${base}: ${response.status} ${text.slice(0, 300)}`);
  return { json: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
}

async function events() {
  const count = Number(options.count);
  const tokens = await Promise.all(bases.map(coordinatorToken));
  const partnerId = JSON.parse(Buffer.from((await partnerToken(bases[0])).split('.')[1], 'base64url')).partner_organisation_id;
  const perBase = Object.fromEntries(bases.map((base) => [base, 0]));
  for (let i = 0; i < count; i++) {
    const b = i % bases.length;
    const [base, token] = [bases[b], tokens[b]];
    const resident = await call(base, token, 'POST', '/residents', {
      firstName: 'Drill',
      lastName: `Doorverwezen ${i}`,
      birthYear: 1950,
      phone: '0475 12 34 56',
      address: { street: 'Sint-Bernardsesteenweg', houseNumber: '12', postalCode: '2020', municipality: 'Antwerpen', sectorCode: '11002F60-' },
      languages: ['nl'],
      contactPreference: 'Phone',
      consents: [{ purpose: 'Intake' }, { purpose: 'PartnerReferral' }],
    });
    const request = await call(base, token, 'POST', '/help-requests', {
      residentId: resident.json.id,
      channel: 'PhoneLine',
      categoryCode: 'housing',
      description: `Oefening ${i}: vocht in de slaapkamer`,
      urgency: 'Normal',
      recurrence: 'OneOff',
      timeWindows: [],
      needs: [],
    });
    const id = request.json.id;
    const triaged = await call(base, token, 'POST', `/help-requests/${id}/triage`, { decidedRoute: 'Heavy', residentChoice: 'AgreesWithAdvice' }, request.etag);
    await call(base, token, 'POST', `/help-requests/${id}/referrals`, { partnerOrganisationId: partnerId, note: 'Oefening' }, triaged.etag);
    perBase[base]++;
  }
  const summary = { referred: count, perBase };
  writeFileSync(options.out, JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary));
}

async function subscribe() {
  const token = await partnerToken(bases[0]);
  const { json } = await call(bases[0], token, 'POST', '/webhook-subscriptions', { url: options.url });
  writeFileSync(options.out, JSON.stringify({ id: json.id, secret: json.secret }));
}

function receiver() {
  createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const line = {
        id: request.headers['webhook-id'],
        timestamp: request.headers['webhook-timestamp'],
        signature: request.headers['webhook-signature'],
        body: Buffer.concat(chunks).toString('utf8'),
      };
      appendFileSync(options.log, JSON.stringify(line) + '\n');
      response.writeHead(200).end();
    });
  }).listen(Number(options.port), '127.0.0.1');
}

function verify() {
  const key = Buffer.from(options.secret.replace(/^whsec_/, ''), 'base64');
  const lines = readFileSync(options.log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const signed = (m) => {
    const expected = createHmac('sha256', key).update(`${m.id}.${m.timestamp}.${m.body}`).digest();
    return (m.signature ?? '').split(' ').some((s) => {
      const given = Buffer.from(s.replace(/^v1,/, ''), 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  };
  const seen = new Map();
  for (const m of lines) seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
  const summary = {
    expected: Number(options.expect),
    received: lines.length,
    distinct: seen.size,
    receivedMoreThanOnce: [...seen.values()].filter((n) => n > 1).length,
    badSignatures: lines.filter((m) => !signed(m)).length,
  };
  writeFileSync(options.out, JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary));
}

const commands = { intakes, events, subscribe, receiver, verify };
if (!commands[command]) {
  console.error(`usage: drill.mjs ${Object.keys(commands).join('|')} [options]; see the top of this file`);
  process.exit(2);
}
await commands[command]();
