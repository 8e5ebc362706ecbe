import { Redis } from 'ioredis';

/**
 * Redis is what several nodes share (rate limits, IP blocks, revocation messages), never what a
 * request depends on: while it is down or frozen every use of it falls back to this node's own
 * state at once. The client is bounded so that a server that stops answering cannot hold a
 * request, and an outage is logged when it begins and when it ends, not once per command.
 */

/** Where an outage is reported: the app passes its pino logger. */
export type RedisLog = {
  warn(details: object, message: string): void;
  info(message: string): void;
};

/** A command without an answer by then is given up on, and its caller falls back. */
const COMMAND_TIMEOUT_MS = 500;
/** A connection silent this long while a command waits is dropped and replaced: a frozen server. */
const SOCKET_TIMEOUT_MS = 1_000;
/** After a command failed, none is sent for this long: during an outage requests fall back at once. */
const PAUSE_AFTER_FAILURE_MS = 3_000;
/** Reconnects at least this often, so that limits are shared again soon after Redis is back. */
const MAX_RECONNECT_DELAY_MS = 2_000;

type Health = {
  log: RedisLog;
  /** Connected once: until then, commands wait for the first connection (bounded by the timeout). */
  everReady: boolean;
  /** An outage has been logged and its end has not. */
  inOutage: boolean;
  /** Epoch ms before which no command is sent, after a failure. */
  pausedUntil: number;
};

const healthOf = new WeakMap<Redis, Health>();

/** The app's Redis client: bounded, and watched so that its users know when to fall back. */
export function createRedis(url: string, log: RedisLog): Redis {
  const client = new Redis(url, {
    commandTimeout: COMMAND_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
  });
  const health: Health = { log, everReady: false, inOutage: false, pausedUntil: 0 };
  healthOf.set(client, health);
  // A listener also keeps ioredis from printing every connection error to the console.
  client.on('error', (error: unknown) => wentDown(health, error));
  client.on('ready', () => {
    health.everReady = true;
    cameBack(health);
  });
  return client;
}

function wentDown(health: Health, error: unknown): void {
  health.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
  if (health.inOutage) return;
  health.inOutage = true;
  health.log.warn(
    { err: error },
    'Redis unavailable: until it answers again, rate limits and IP blocks count on this node alone, and other nodes see revocations when their cache entries expire',
  );
}

function cameBack(health: Health): void {
  health.pausedUntil = 0;
  if (!health.inOutage) return;
  health.inOutage = false;
  health.log.info('Redis answers again: rate limits, IP blocks and revocations are shared by the nodes');
}

function watched(redis: Redis): Health {
  const health = healthOf.get(redis);
  // A programming error, found by the first test that uses the client: an unwatched client's outage would go unlogged.
  if (!health) throw new Error('Create Redis clients with createRedis, which watches their health');
  return health;
}

/** Whether a command is worth sending now: connected (or not yet tried) and no failure in the last few seconds. */
function usable(redis: Redis, health: Health): boolean {
  if (Date.now() < health.pausedUntil) return false;
  return redis.status === 'ready' || (!health.everReady && !health.inOutage);
}

/**
 * `tryRedis(command, orElse)`: the command's answer while Redis is usable, else (or when the
 * command fails, which is logged) the answer of `orElse`; never Redis's error. Checks at once that
 * `redis` was made by `createRedis`.
 */
export function withRedis(redis: Redis) {
  const health = watched(redis);
  return async function tryRedis<T>(command: (redis: Redis) => Promise<T>, orElse: () => T | Promise<T>): Promise<T> {
    if (!usable(redis, health)) return orElse();
    let result: T;
    try {
      result = await command(redis);
    } catch (error) {
      wentDown(health, error);
      return orElse();
    }
    cameBack(health);
    return result;
  };
}

/**
 * Calls `onMessage` with every message published on `channel`, from a connection of its own (a
 * subscribed connection may send nothing else). Its subscription waits for Redis however long it
 * is away, and is renewed on every reconnection.
 */
export function subscribe(redis: Redis, channel: string, onMessage: (message: string) => void): { close(): void } {
  const health = watched(redis);
  const subscriber = redis.duplicate({ commandTimeout: undefined, maxRetriesPerRequest: null });
  // The same outage as the main client's, which logs it.
  subscriber.on('error', () => undefined);
  subscriber.on('message', (_channel: string, message: string) => onMessage(message));
  let closed = false;
  subscriber.subscribe(channel).catch((error: unknown) => {
    // Closing rejects a subscription still waiting for Redis; anything else means no messages will come.
    if (!closed) health.log.warn({ err: error, channel }, 'Redis subscription failed: this node hears of changes elsewhere only when its cache entries expire');
  });
  return {
    close() {
      closed = true;
      subscriber.disconnect();
    },
  };
}
