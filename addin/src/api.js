// Talks to the OutlookReferral API: one callApi, with failures turned into words a rep can act on.
import { API_BASE } from "./config.js";

/**
 * A failed API call. Carries the RFC 7807 problem fields when the API sent them.
 * `detail` includes the field messages (for a generic notice); `errors` keeps them per field (for a form).
 */
export class ApiError extends Error {
  /**
   * @param {{ title: string, detail?: string, status: number, errors?: Record<string, string[]>,
   *   code?: string, dueAt?: string, existingReferralId?: string }} problem
   */
  constructor({ title, detail, status, errors = {}, code = "", dueAt = null, existingReferralId = null }) {
    super(detail ? `${title} ${detail}` : title);
    this.name = "ApiError";
    this.title = title;
    this.detail = detail ?? "";
    this.status = status;
    this.errors = errors;
    this.code = code;
    this.dueAt = dueAt;
    this.existingReferralId = existingReferralId;
  }
}

/**
 * Calls the API and returns its JSON body.
 * @param {string} path Path from the site root, such as "/api/referrals".
 * @param {RequestInit} [options] fetch options; method, body and extra headers.
 * @returns {Promise<any>} The parsed JSON, or null for an empty response.
 * @throws {ApiError} When the API cannot be reached or answers with an error.
 */
export async function callApi(path, options = {}) {
  let response;
  try {
    response = await fetch(API_BASE + path, {
      ...options,
      headers: { Accept: "application/json", ...options.headers },
    });
  } catch {
    throw new ApiError({
      title: "Can't reach the OutlookReferral service.",
      detail: "Check your network connection, then retry.",
      status: 0,
    });
  }
  if (!response.ok) {
    throw await problemFrom(response);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * Sends a JSON body (POST unless told otherwise) and returns the JSON answer.
 * @param {string} path
 * @param {object | null} body Null sends no body.
 * @param {string} [method]
 * @returns {Promise<any>}
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
  });
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
