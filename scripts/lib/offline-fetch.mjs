// Preloaded into `observable build` (node --import) by scripts/build-site.ts: any outside request
// fails at once with the URL it tried, instead of hanging on DNS or silently depending on the
// npm registry. If this fires, the npm cache filled by scripts/lib/npm-cache.ts misses an entry.
const realFetch = globalThis.fetch;
const localHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

globalThis.fetch = async function offlineFetch(input, init) {
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  if (localHosts.has(url.hostname)) return realFetch(input, init);
  const message = `offline build: blocked request to ${url.href}`;
  process.stderr.write(`\n${message}\n`);
  process.exitCode = 1;
  throw new Error(message);
};
