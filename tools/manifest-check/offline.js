// Preloaded (node --require) before office-addin-manifest: every outbound connection fails at once.
// Validating manifest.json then uses only the schema bundled in @microsoft/app-manifest; a $schema
// it does not bundle would be downloaded, and instead fails the check with the message below.
"use strict";

const http = require("http");
const https = require("https");
const net = require("net");
const tls = require("tls");

const message = "manifest-check runs offline: no network access (only the schemas bundled in @microsoft/app-manifest are used)";

function refuse(what) {
  return function () {
    throw new Error(`${message}; refused ${what}`);
  };
}

for (const [name, module] of Object.entries({ http, https })) {
  module.request = refuse(`${name}.request`);
  module.get = refuse(`${name}.get`);
}
net.connect = net.createConnection = refuse("net.connect");
tls.connect = refuse("tls.connect");
globalThis.fetch = async (url) => {
  throw new Error(`${message}; refused fetch ${url}`);
};
