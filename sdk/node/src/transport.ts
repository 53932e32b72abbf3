import { randomInt, randomUUID } from "node:crypto";
import { ApiError, ConnectionError } from "./errors.js";

/** How often and after how long a failed call is tried again (full jitter below an exponential bound). */
export interface RetryOptions {
  maxRetries: number;
  firstWaitMs: number;
  maxWaitMs: number;
}

export const DEFAULT_RETRIES: RetryOptions = { maxRetries: 3, firstWaitMs: 500, maxWaitMs: 8000 };

/** A server error, or the same key still being worked on, calls for another try; any other 4xx does not. */
export function retries(status: number, code: string): boolean {
  return status >= 500 || (status === 409 && code === "IDEMPOTENT_REQUEST_PROCESSING");
}

export function waitBefore(retry: number, options: RetryOptions): number {
  const bound = Math.min(options.maxWaitMs, options.firstWaitMs * 2 ** Math.min(retry - 1, 20));
  return bound <= 0 ? 0 : randomInt(0, bound + 1);
}

export interface TransportOptions {
  baseUrl: string;
  secretKey: string;
  retry: RetryOptions;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * One exchange with Paygrid, retried. A POST carries an Idempotency-Key (the caller's, or a new UUID) that every
 * retry repeats, so a retry never moves money twice.
 */
export class Transport {
  private readonly authorization: string;

  constructor(private readonly options: TransportOptions) {
    this.authorization = "Basic " + Buffer.from(options.secretKey + ":").toString("base64");
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>("GET", path, undefined, undefined);
  }

  post<T>(path: string, body: unknown, idempotencyKey?: string): Promise<T> {
    return this.send<T>("POST", path, body, idempotencyKey ?? randomUUID());
  }

  /**
   * DELETE is idempotent by itself: retried like a GET, without a key. A retry that finds nothing (404) means an
   * earlier attempt did it and its answer was lost: undefined, not an error.
   */
  delete<T>(path: string): Promise<T | undefined> {
    return this.send<T>("DELETE", path, undefined, undefined);
  }

  private async send<T>(method: string, path: string, body: unknown, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = {
      Authorization: this.authorization, Accept: "application/json", "User-Agent": "paygrid-node/1.0.0",
    };
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const url = new URL(path, this.options.baseUrl.endsWith("/") ? this.options.baseUrl : this.options.baseUrl + "/");
    let last: unknown;
    for (let attempt = 0; attempt <= this.options.retry.maxRetries; attempt++) {
      if (attempt > 0) await this.options.sleep(waitBefore(attempt, this.options.retry));
      let response: Response;
      try {
        response = await fetch(url, {
          method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: "manual",
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (networkError) {
        last = networkError;   // try again with the same key
        continue;
      }
      const text = await response.text();
      if (response.status < 300) return (text === "" ? undefined : JSON.parse(text)) as T;
      if (method === "DELETE" && attempt > 0 && response.status === 404) return undefined as T;
      const refused = problem(response.status, text, path);
      if (!retries(refused.status, refused.code)) throw refused;
      last = refused;
    }
    throw new ConnectionError(`No answer from Paygrid for ${method} ${path} after ${this.options.retry.maxRetries + 1}`
      + ` attempts: ${last instanceof Error ? last.message : String(last)}`, idempotencyKey, last);
  }
}

function problem(status: number, text: string, path: string): ApiError {
  try {
    const body = JSON.parse(text) as { code?: string; message?: string };
    if (body.code) return new ApiError(status, body.code, body.message ?? text, path);
  } catch {
    // a proxy's page: keep the status and the text
  }
  return new ApiError(status, `HTTP_${status}`, text, path);
}
