import { Client } from 'undici';

export type LatencySummary = { requests: number; p50: number; p99: number; max: number; errors: number };

/**
 * Open-loop load, as a crowd of independent users makes it: `connections` kept-alive connections,
 * and requests that leave on a fixed schedule (`rate` a second, round-robin over the connections)
 * whether or not earlier ones have been answered. Latency is counted from the scheduled time, so
 * a stalled server is charged for the requests it kept waiting (no coordinated omission).
 *
 * autocannon's rate option cannot do this: it releases each second's requests together, so every
 * connection fires at the same instant.
 */
export async function openLoop(options: {
  url: string;
  connections: number;
  rate: number;
  durationSeconds: number;
  headers: (i: number) => Record<string, string>;
}): Promise<LatencySummary> {
  const url = new URL(options.url);
  const clients = Array.from({ length: options.connections }, () => new Client(url.origin, { pipelining: 1 }));
  // Every connection is open before the clock starts.
  await Promise.all(clients.map((client, i) => send(client, url.pathname, options.headers(i))));

  const total = options.rate * options.durationSeconds;
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let next = 0;
  while (next < total) {
    const now = performance.now();
    for (; next < total && start + (next * 1000) / options.rate <= now; next++) {
      const due = start + (next * 1000) / options.rate;
      const client = clients[next % clients.length] as Client;
      pending.push(
        send(client, url.pathname, options.headers(next)).then(
          (ok) => {
            latencies.push(performance.now() - due);
            if (!ok) errors++;
          },
          () => void errors++,
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(pending);
  await Promise.all(clients.map((client) => client.close()));

  return summarise(latencies, errors);
}

/**
 * The strictest shape of "1,000 at once": `connections` kept-alive connections, and at the start
 * of each second every one of them sends a request at the same instant, so that many are in
 * flight together. Latency is counted from that instant. Each connection's first request, which
 * opens it, is not counted.
 */
export async function burstLoop(options: { url: string; connections: number; seconds: number; headers: (i: number) => Record<string, string> }): Promise<LatencySummary> {
  const url = new URL(options.url);
  const clients = Array.from({ length: options.connections }, () => new Client(url.origin, { pipelining: 1 }));
  await Promise.all(clients.map((client, i) => send(client, url.pathname, options.headers(i))));

  const latencies: number[] = [];
  let errors = 0;
  const first = performance.now() + 200;
  for (let second = 0; second < options.seconds; second++) {
    const due = first + second * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const released = performance.now();
    await Promise.all(
      clients.map((client, i) =>
        send(client, url.pathname, options.headers(i)).then(
          (ok) => {
            latencies.push(performance.now() - released);
            if (!ok) errors++;
          },
          () => void errors++,
        ),
      ),
    );
  }
  await Promise.all(clients.map((client) => client.close()));
  return summarise(latencies, errors);
}

function summarise(latencies: number[], errors: number): LatencySummary {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { requests: latencies.length, p50: at(0.5), p99: at(0.99), max: at(1), errors };
}

async function send(client: Client, path: string, headers: Record<string, string>): Promise<boolean> {
  const response = await client.request({ path, method: 'GET', headers });
  await response.body.dump();
  return response.statusCode < 300;
}
