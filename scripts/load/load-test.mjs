// The load generator of scripts/load-test.sh: a mix of reads and writes, each kind at its own fixed rate, for a fixed
// duration against a running API with the demo networks. Each kind is its own autocannon run (all at the same time),
// so every kind gets its own latency percentiles.
//   node load-test.mjs --api URL [--duration 300] [--scale 1] --markdown FILE --json FILE
// Exits 1 when any request failed (a connection error, a timeout or a non-2xx answer).
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

const args = Object.fromEntries(
  process.argv.slice(2).flatMap((value, i, all) => (value.startsWith('--') ? [[value.slice(2), all[i + 1]]] : [])),
);
const api = `${args.api}/api/v1`;
const duration = Number(args.duration ?? 300);
const scale = Number(args.scale ?? 1);
const password = 'WarmeWijk-demo-2026';
if (scale < 1) {
  // autocannon's fixed rate is whole requests per second, and the dashboard runs at 1/s at scale 1.
  console.error('--scale must be at least 1: every kind needs at least one request per second.');
  process.exit(2);
}

async function request(method, path, token, body, form) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body) headers['content-type'] = 'application/json';
  const response = await fetch(`${api}${path}`, { method, headers, body: form ?? (body && JSON.stringify(body)) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const signIn = async (role) =>
  (await request('POST', '/auth/login', null, { email: `${role}@kiel.demo.warmewijk.be`, password })).accessToken;
const coordinator = await signIn('coordinator');
const fieldWorker = await signIn('fieldworker');
const analyst = await signIn('analyst');
const partner = (
  await request('POST', '/auth/token', null, null,
    new URLSearchParams({ grant_type: 'client_credentials', client_id: 'kiel-partner', client_secret: 'demo-partner-secret-kiel' }))
).accessToken;

const requestIds = (await request('GET', '/help-requests?limit=100', coordinator)).items.map((r) => r.id);
const neighbourhoodIds = (await request('GET', '/neighbourhoods', analyst)).items.map((n) => n.id);
const residentIds = [];
for (let i = 0; i < 20; i++) {
  const resident = await request('POST', '/residents', fieldWorker, {
    firstName: 'Last',
    lastName: `Test ${i}`,
    birthYear: 1935 + i,
    phone: '0475 12 34 56',
    address: { street: 'Sint-Bernardsesteenweg', houseNumber: String(10 + i), postalCode: '2020', municipality: 'Antwerpen', sectorCode: '11002F60-' },
    languages: ['nl'],
    contactPreference: 'Phone',
    consents: [{ purpose: 'Intake' }],
  });
  residentIds.push(resident.id);
}

let turn = 0;
const next = (list) => list[turn++ % list.length];
const json = (token) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

const intake = () =>
  JSON.stringify({
    residentId: next(residentIds),
    channel: 'HomeVisit',
    categoryCode: 'shopping',
    description: 'Wekelijks boodschappen doen',
    urgency: 'Normal',
    recurrence: 'Weekly',
    timeWindows: [{ day: 'Tuesday', from: '10:00', until: '12:00' }],
    needs: [],
  });
const referral = () =>
  JSON.stringify({
    resident: {
      firstName: 'Last',
      lastName: `Doorverwezen ${turn++}`,
      birthYear: 1944,
      phone: '03 238 11 22',
      address: { street: 'De Bosschaertstraat', houseNumber: '5', postalCode: '2020', municipality: 'Antwerpen', sectorCode: '11002F61-' },
      languages: ['nl'],
      contactPreference: 'Phone',
    },
    consentConfirmed: true,
    categoryCode: 'social-contact',
    description: 'Vereenzaamt sinds de verhuis.',
    urgency: 'Normal',
  });

// Requests per second of each kind at scale 1: what a busy network's staff and partners might send at peak.
const kinds = [
  { name: 'Inbox (GET /help-requests)', rate: 15, method: 'GET', token: coordinator, path: () => '/help-requests?limit=25' },
  { name: 'Request page (GET /help-requests/{id}, audited)', rate: 10, method: 'GET', token: coordinator, path: () => `/help-requests/${next(requestIds)}` },
  { name: 'Intake (POST /help-requests, Idempotency-Key)', rate: 5, method: 'POST', token: fieldWorker, path: () => '/help-requests', body: intake, idempotent: true },
  { name: 'Partner referral (POST /referrals)', rate: 2, method: 'POST', token: partner, path: () => '/referrals', body: referral, idempotent: true },
  { name: 'Neighbourhood indicators (GET)', rate: 2, method: 'GET', token: analyst, path: () => `/neighbourhoods/${next(neighbourhoodIds)}/indicators` },
  { name: 'Dashboard, last 12 months (GET /reports/dashboard)', rate: 1, method: 'GET', token: coordinator, path: () => '/reports/dashboard' },
];

const runs = await Promise.all(
  kinds.map((kind) =>
    autocannon({
      url: args.api,
      duration,
      overallRate: kind.rate * scale,
      connections: Math.max(2, Math.ceil(kind.rate * scale)),
      timeout: 30,
      requests: [
        {
          method: kind.method,
          setupRequest: (req) => ({
            ...req,
            path: `/api/v1${kind.path()}`,
            headers: { ...json(kind.token), ...(kind.idempotent ? { 'idempotency-key': randomUUID() } : {}) },
            body: kind.body?.(),
          }),
        },
      ],
    }).then((result) => ({ kind, result })),
  ),
);

const rows = runs.map(({ kind, result }) => ({
  name: kind.name,
  target: kind.rate * scale,
  total: result.requests.total,
  rate: result.requests.total / result.duration,
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
  failed: result.errors + result.timeouts + result.non2xx,
  statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)])),
}));
const total = rows.reduce((sum, r) => sum + r.total, 0);
const failed = rows.reduce((sum, r) => sum + r.failed, 0);
const markdown = [
  `${total} requests in ${duration} s (${(total / duration).toFixed(1)}/s of ${kinds.reduce((s, k) => s + k.rate * scale, 0)}/s planned), **${failed} failed**.`,
  '',
  '| Kind | Planned /s | Sent /s | p50 ms | p90 ms | p99 ms | max ms | Failed | Statuses |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.target} | ${r.rate.toFixed(1)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.failed} | ${Object.entries(r.statuses).map(([c, n]) => `${c}: ${n}`).join(', ')} |`,
  ),
].join('\n');
writeFileSync(args.markdown, markdown + '\n');
writeFileSync(args.json, JSON.stringify(rows, null, 2));
console.log(markdown);
process.exit(failed === 0 ? 0 : 1);
