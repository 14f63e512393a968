// @ts-check
// Gets the access token for our API: none in the demo; otherwise MSAL nested app authentication (NAA), silent
// first, a popup when interaction is required, and the Office dialog where a popup cannot open.
import { API_BASE, MSAL_URL, SIGN_IN_DIALOG_URL } from "./config.js";

/**
 * @typedef {import("../types/api").ClientConfig} ClientConfig
 * @typedef {typeof import("@azure/msal-browser")} Msal MSAL's module, as the vendored UMD build defines it.
 * @typedef {import("@azure/msal-browser").IPublicClientApplication} MsalApp
 * @typedef {import("@azure/msal-browser").AccountInfo} AccountInfo
 * @typedef {{ config: ClientConfig, msal?: undefined, app?: undefined } | { config: ClientConfig, msal: Msal, app: MsalApp }} Session
 *   In the demo only the config; in Entra mode also MSAL and its app.
 */

/** A sign-in that did not give a token: closed, blocked, refused. `cause` keeps MSAL's error. */
export class SignInError extends Error {
  /** @param {string} message @param {unknown} [cause] */
  constructor(message, cause) {
    super(message, { cause });
    this.name = "SignInError";
  }
}

/** One session per page: the config, and in Entra mode MSAL's app. @type {Promise<Session> | null} */
let session = null;
/** One token request at a time: the pane's parallel calls must not open three popups. @type {Promise<string> | null} */
let pending = null;
/** The account MSAL signed in; NAA does not support setActiveAccount, so it is kept here. @type {AccountInfo | null} */
let account = null;
/** A token the Office dialog gave: MSAL in the pane does not cache it, so it is kept until it (nearly) expires. @type {string | null} */
let dialogAnswer = null;

/**
 * The Authorization header for an API call: empty in the demo (the API signs the demo rep in), else the bearer
 * ACCESS token for our API's scopes (never the ID token).
 * @returns {Promise<Record<string, string>>}
 * @throws {SignInError}
 */
export async function authorizationHeader() {
  const { config } = await start();
  if (config.demo) return {};
  return { Authorization: `Bearer ${await apiToken({})}` };
}

/**
 * Answers the API's 401 challenge (Graph needs consent or another sign-in step): consents to the Graph
 * `scopes` interactively, then gets a new API token carrying `claims`. The caller retries its call once.
 * @param {{ scopes?: string[] | null, claims?: string | null }} challenge The 401 body's fields.
 * @returns {Promise<void>}
 * @throws {SignInError}
 */
export async function answerChallenge({ scopes, claims }) {
  const { config } = await start();
  if (config.demo) throw new SignInError("The demo cannot answer a sign-in challenge.");
  /** @type {{ claims?: string }} */
  const extra = claims ? { claims } : {};
  if (scopes?.length) await interactive({ scopes, ...extra });
  await apiToken({ ...extra, forceRefresh: true });
}

/**
 * Reads the client config and, outside the demo, creates MSAL's nestable app (it falls back to a standard
 * PublicClientApplication by itself when the host offers no NAA bridge).
 * @returns {Promise<Session>}
 */
function start() {
  session ??= (async () => {
    const response = await fetch(`${API_BASE}/api/client-config`, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new SignInError(`The sign-in settings did not load (${response.status}).`);
    /** @type {ClientConfig} */
    const config = await response.json();
    if (config.demo) return { config };
    if (!config.clientId) throw new SignInError("The sign-in settings name no application.");
    const msal = await loadMsal();
    const app = await msal.createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority ?? undefined },
      cache: { cacheLocation: "localStorage" },
    });
    return { config, msal, app };
  })().catch((error) => {
    session = null; // Retry may try again.
    throw error instanceof SignInError ? error : new SignInError("Sign-in could not start.", error);
  });
  return session;
}

/**
 * The Entra session: MSAL and its app. Only token requests call it, and the demo never asks for a token.
 * @returns {Promise<{ config: ClientConfig, msal: Msal, app: MsalApp }>}
 * @throws {SignInError}
 */
async function entra() {
  const started = await start();
  if (!started.app) throw new SignInError("The demo signs in without Microsoft 365.");
  return started;
}

/**
 * A token for the API's scopes: silent first, interactive when MSAL says so.
 * @param {{ claims?: string, forceRefresh?: boolean }} extra
 * @returns {Promise<string>} The access token.
 */
function apiToken(extra) {
  pending ??= (async () => {
    const { config, msal, app } = await entra();
    const request = { scopes: config.apiScopes, ...extra };
    if (dialogAnswer && !extra.claims && !extra.forceRefresh && stillValid(dialogAnswer)) return dialogAnswer;
    dialogAnswer = null;
    try {
      const result = await app.acquireTokenSilent({ ...request, account: account ?? app.getAllAccounts()[0] });
      account = result.account ?? account;
      return result.accessToken;
    } catch (error) {
      if (!needsInteraction(error, msal)) throw new SignInError("Sign-in failed.", error);
    }
    const { accessToken, viaDialog } = await interactive(request);
    if (viaDialog) dialogAnswer = accessToken;
    return accessToken;
  })().finally(() => {
    pending = null;
  });
  return pending;
}

/**
 * Signs in with a popup; where the popup cannot open (Outlook without NAA, a blocker), in the Office dialog.
 * @param {{ scopes: string[], claims?: string }} request
 * @returns {Promise<{ accessToken: string, viaDialog: boolean }>}
 */
async function interactive(request) {
  const { msal, app } = await entra();
  try {
    const result = await app.acquireTokenPopup(request);
    account = result.account ?? account;
    return { accessToken: result.accessToken, viaDialog: false };
  } catch (error) {
    const blocked = error instanceof msal.BrowserAuthError && error.errorCode === "popup_window_error";
    // Dialog API 1.1: every Outlook with NAA's fallback has it, but a host may not (typeof, not the types' word).
    if (blocked && typeof window.Office?.context?.ui?.displayDialogAsync === "function") {
      return { accessToken: await dialogToken(request), viaDialog: true };
    }
    throw new SignInError("Sign-in was cancelled or blocked.", error);
  }
}

/**
 * True when a silent failure means "ask the rep": MSAL's InteractionRequiredAuthError, or no account yet.
 * @param {unknown} error
 * @param {Msal} msal
 * @returns {boolean}
 */
function needsInteraction(error, msal) {
  return error instanceof msal.InteractionRequiredAuthError || errorCodeOf(error) === "no_account_error";
}

/**
 * MSAL's errorCode on whatever it threw, or null.
 * @param {unknown} error
 * @returns {string | null}
 */
function errorCodeOf(error) {
  return typeof error === "object" && error !== null && "errorCode" in error && typeof error.errorCode === "string" ? error.errorCode : null;
}

/**
 * False when a JWT's `exp` is less than five minutes away. A token that is not a readable JWT is kept until the API
 * refuses it (a 401 challenge asks again).
 * @param {string} token
 * @returns {boolean}
 */
function stillValid(token) {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replaceAll("-", "+").replaceAll("_", "/")));
    return typeof payload.exp !== "number" || payload.exp * 1000 - Date.now() > 5 * 60 * 1000;
  } catch {
    return true;
  }
}

/**
 * Runs dialog.html in Office's dialog; it signs in with standard MSAL and sends back the access token.
 * @param {{ scopes: string[], claims?: string }} request
 * @returns {Promise<string>}
 */
function dialogToken(request) {
  const url = new URL(SIGN_IN_DIALOG_URL);
  url.searchParams.set("scopes", request.scopes.join(" "));
  if (request.claims) url.searchParams.set("claims", request.claims);
  const office = window.Office;
  /** @type {Promise<string>} */
  const answered = new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url.href, { height: 60, width: 30 }, (opened) => {
      if (opened.status !== office.AsyncResultStatus.Succeeded) {
        reject(new SignInError("The sign-in window did not open.", opened.error));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        /** @type {{ accessToken?: string, error?: string }} */
        let answer = {};
        try {
          answer = JSON.parse("message" in arg ? arg.message : "");
        } catch {
          // Not ours: treated as a failure below.
        }
        if (answer.accessToken) resolve(answer.accessToken);
        else reject(new SignInError(answer.error || "Sign-in failed in the dialog."));
      });
      // 12006: the rep closed the dialog.
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) =>
        reject(new SignInError("error" in arg && arg.error === 12006 ? "The sign-in window was closed." : "Sign-in failed in the dialog.")));
    });
  });
  return answered;
}

/**
 * MSAL's module: the vendored UMD build, loaded on first need (it defines window.msal).
 * @returns {Promise<Msal>}
 * @throws {SignInError}
 */
async function loadMsal() {
  if (!window.msal) {
    await new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = MSAL_URL;
      script.onload = resolve;
      script.onerror = () => reject(new SignInError("The sign-in library did not load."));
      document.head.append(script);
    });
  }
  if (!window.msal) throw new SignInError("The sign-in library did not load.");
  return window.msal;
}
