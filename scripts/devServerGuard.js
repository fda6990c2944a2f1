/*
 * The dev server for this machine (issue #28): what `npm start` serves to whom. It listens on
 * localhost unless `npm start -- --host <address>` says otherwise; then other machines get the
 * add-in's pages but never its source maps (the full source) nor the dev server's asset listing.
 * There is no wildcard CORS: only Excel on the web's own origins may read the functions' metadata
 * (functions.json, functions-da.json), which Excel on the web fetches by XMLHttpRequest from its
 * origin (office-js #3970, Excel-Custom-Functions #212); nothing else is read cross-origin.
 */

/** Excel on the web's origins: excel.officeapps.live.com and its regional kin, office.com, cloud.microsoft. */
const OFFICE_ORIGIN = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|cloud\.microsoft)$/i;
const METADATA = /^\/functions(-[a-z]{2})?\.json$/;

function isLoopback(address) {
  return address === "::1" || /^(::ffff:)?127\./.test(address ?? "");
}

/** Express-style middleware: refuses what is for this machine only, and answers CORS for Office. */
function guard(req, res, next) {
  const pathname = (req.url ?? "/").split("?")[0];
  if (!isLoopback(req.socket.remoteAddress) && (/\.map$/i.test(pathname) || pathname.startsWith("/webpack-dev-server"))) {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end("Not found: served to this machine only\n");
    return;
  }
  const origin = req.headers.origin;
  if (METADATA.test(pathname)) {
    res.setHeader("Vary", "Origin");
    if (typeof origin === "string" && OFFICE_ORIGIN.test(origin)) res.setHeader("Access-Control-Allow-Origin", origin);
  }
  next();
}

module.exports = { guard, isLoopback, OFFICE_ORIGIN };
