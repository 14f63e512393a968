// @ts-check
// Runs in dialog.html: standard MSAL (redirect) gets the API's access token and sends it to the pane with messageParent.

import { byId } from "./dom.js";

const status = byId("dialog-status");

/**
 * Sends the pane the outcome: the access token (never the ID token), or an error in words.
 * @param {{ accessToken?: string, error?: string }} answer
 */
function reply(answer) {
  window.Office.context.ui.messageParent(JSON.stringify(answer));
}

/**
 * Signs in: a redirect coming back is finished first; else silent for a known account; else redirect away to sign in.
 * The pane passes the scopes (and any claims from a challenge) in the query string.
 */
async function signIn() {
  await window.Office.onReady();
  /** @type {import("../types/api").ClientConfig} */
  const config = await (await fetch("/api/client-config", { headers: { Accept: "application/json" } })).json();
  // dialog.html loads the vendored MSAL before this module.
  if (!window.msal || !config.clientId) throw new Error("Sign-in is not set up.");
  const app = new window.msal.PublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority ?? undefined, redirectUri: location.origin + location.pathname },
    cache: { cacheLocation: "localStorage" },
  });
  await app.initialize();
  const returned = await app.handleRedirectPromise();
  if (returned) {
    reply({ accessToken: returned.accessToken });
    return;
  }
  const query = new URLSearchParams(location.search);
  const scopes = (query.get("scopes") || config.apiScopes.join(" ")).split(" ").filter(Boolean);
  const claims = query.get("claims") || undefined;
  const account = app.getAllAccounts()[0];
  if (account && !claims) {
    try {
      reply({ accessToken: (await app.acquireTokenSilent({ scopes, account })).accessToken });
      return;
    } catch {
      // Interaction needed: redirect below.
    }
  }
  await app.acquireTokenRedirect({ scopes, claims, account });
}

signIn().catch((error) => {
  status.textContent = "Sign-in didn't work. Close this window and try again.";
  reply({ error: error?.message || "Sign-in failed." });
});
