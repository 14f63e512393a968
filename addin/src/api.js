// @ts-check
// Talks to the OutlookReferral API: one callApi, signed in (bearer access token), with failures turned into words a rep can act on.
import { answerChallenge, authorizationHeader } from "./auth.js";
import { API_BASE } from "./config.js";

/**
 * The RFC 7807 problem details the API sends, with its extensions (all optional: a proxy may send anything).
 * @typedef {{ title?: string, detail?: string, errors?: Record<string, string[]>, code?: string,
 *   dueAt?: string | null, existingReferralId?: string | null, scopes?: unknown, claims?: unknown }} Problem
 */

/**
 * A failed API call. Carries the RFC 7807 problem fields when the API sent them.
 * `detail` includes the field messages (for a generic notice); `errors` keeps them per field (for a form).
 */
export class ApiError extends Error {
  /**
   * @param {{ title: string, detail?: string, status: number, errors?: Record<string, string[]>,
   *   code?: string, dueAt?: string | null, existingReferralId?: string | null, retryAfter?: number | null }} problem
   */
  constructor({ title, detail, status, errors = {}, code = "", dueAt = null, existingReferralId = null, retryAfter = null }) {
    super(detail ? `${title} ${detail}` : title);
    this.name = "ApiError";
    this.title = title;
    this.detail = detail ?? "";
    this.status = status;
    this.errors = errors;
    this.code = code;
    this.dueAt = dueAt;
    this.existingReferralId = existingReferralId;
    /** Seconds the API asked us to wait before trying again (its Retry-After), or null. */
    this.retryAfter = retryAfter;
  }
}

/**
 * Calls the API and returns its JSON body. Outside the demo it sends the rep's access token; when the API
 * answers 401 with a challenge (`scopes`, `claims`), the rep completes it and the call is made once more.
 * @param {string} path Path from the site root, such as "/api/referrals".
 * @param {RequestInit} [options] fetch options; method, body and extra headers.
 * @returns {Promise<unknown>} The parsed JSON, or null for an empty response: the caller says what it expects
 *   (the shapes are in ../types/api.d.ts).
 * @throws {ApiError} When sign-in fails, the API cannot be reached or it answers with an error.
 */
export async function callApi(path, options = {}) {
  let response = await send(path, options);
  const challenge = response.status === 401 ? await challengeFrom(response) : null;
  if (challenge) {
    await signedIn(() => answerChallenge(challenge));
    response = await send(path, options);
  }
  if (!response.ok) {
    throw await problemFrom(response);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * One request with the Authorization header (none in the demo).
 * @param {string} path
 * @param {RequestInit} options
 * @returns {Promise<Response>}
 * @throws {ApiError}
 */
async function send(path, options) {
  const authorization = await signedIn(authorizationHeader);
  try {
    return await fetch(API_BASE + path, {
      ...options,
      headers: { Accept: "application/json", ...authorization, ...options.headers },
    });
  } catch {
    throw new ApiError({
      title: "Can't reach the OutlookReferral service.",
      detail: "Check your network connection, then retry.",
      status: 0,
    });
  }
}

/**
 * Runs a sign-in step; its failure becomes the pane's "Sign in to Microsoft 365" message.
 * @template T
 * @param {() => Promise<T>} step
 * @returns {Promise<T>}
 * @throws {ApiError}
 */
async function signedIn(step) {
  try {
    return await step();
  } catch (error) {
    throw new ApiError({
      title: "Sign in to Microsoft 365 to see your referrals.",
      detail: `${error instanceof Error ? error.message : String(error)} Retry to sign in again.`,
      status: 401,
      code: "sign-in",
    });
  }
}

/**
 * The challenge in a 401 body (the API's problem details carry `scopes` and `claims`), or null.
 * @param {Response} response
 * @returns {Promise<{ scopes: string[] | null, claims: string | null } | null>}
 */
async function challengeFrom(response) {
  /** @type {Problem | null} */
  let body;
  try {
    body = await response.clone().json();
  } catch {
    return null;
  }
  const scopes = Array.isArray(body?.scopes) && body.scopes.length ? body.scopes : null;
  const claims = typeof body?.claims === "string" && body.claims ? body.claims : null;
  return scopes || claims ? { scopes, claims } : null;
}

/**
 * Sends a JSON body (POST unless told otherwise) and returns the JSON answer.
 * @param {string} path
 * @param {object | null} body Null sends no body.
 * @param {string} [method]
 * @returns {Promise<unknown>}
 * @throws {ApiError}
 */
export function sendJson(path, body, method = "POST") {
  return callApi(path, body === null
    ? { method }
    : { method, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
}

/**
 * Reads a problem+json body (or whatever came back) into an ApiError.
 * @param {Response} response A response with an error status.
 * @returns {Promise<ApiError>}
 */
async function problemFrom(response) {
  /** @type {Problem} */
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone has to speak.
  }
  const fieldErrors = Object.values(problem.errors ?? {}).flat().join(" ");
  return new ApiError({
    title: problem.title || fallbackTitle(response.status),
    detail: [problem.detail, fieldErrors].filter(Boolean).join(" ") || fallbackDetail(response.status),
    status: response.status,
    errors: problem.errors ?? {},
    code: problem.code ?? "",
    dueAt: problem.dueAt ?? null,
    existingReferralId: problem.existingReferralId ?? null,
    retryAfter: secondsToWait(response.headers.get("Retry-After")),
  });
}

/**
 * Retry-After in whole seconds; null when absent or given as a date.
 * @param {string | null} header
 * @returns {number | null}
 */
function secondsToWait(header) {
  return header && /^\d+$/.test(header.trim()) ? Number(header.trim()) : null;
}

/**
 * A plain sentence for a status code when the API sent no title.
 * @param {number} status HTTP status code.
 * @returns {string}
 */
function fallbackTitle(status) {
  if (status === 401) return "You're signed out.";
  if (status === 403) return "Your account isn't allowed to do that.";
  if (status === 404) return "That item no longer exists.";
  if (status >= 500) return "Something went wrong on our side.";
  return "The request didn't work.";
}

/**
 * What the rep can do about a status code when the API gave no detail.
 * @param {number} status HTTP status code.
 * @returns {string}
 */
function fallbackDetail(status) {
  if (status === 401) return "Close and reopen the pane to sign in again.";
  if (status >= 500) return "This is usually temporary. Retry in a minute.";
  return "";
}
