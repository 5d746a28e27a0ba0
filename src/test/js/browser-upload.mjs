// A page on one origin uploads a file with tus-js-client to the emulator on another origin, in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core), so CORS is really exercised: preflights for
// POST/PATCH with TUS headers, and reading Location and Upload-Offset from the responses.
// Prints one JSON line: {"ok":true,"url":...,"md5":<what the page then read from the API>} or {"ok":false,...}.
// Usage: node browser-upload.mjs '<json: {api, resourceId, token, file, chromium}>'
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const { api, resourceId, token, file, chromium: executablePath = '/usr/bin/chromium' } = JSON.parse(process.argv[2]);
const tusBundle = readFileSync(fileURLToPath(import.meta.resolve('tus-js-client/dist/tus.min.js')));
const page = `<!doctype html><meta charset="utf-8"><title>upload</title><script src="/tus.min.js"></script>`;

// the page's origin: 127.0.0.1 on its own port, while the API is localhost on another
const site = createServer((request, response) => {
  if (request.url === '/tus.min.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(tusBundle);
  } else {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  }
});
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${site.address().port}`;

// headless, with a fresh temporary profile (--user-data-dir) that playwright makes and deletes per launch
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage();
  const consoleLines = [];
  tab.on('console', (message) => consoleLines.push(message.text()));
  await tab.goto(origin + '/');
  const result = await tab.evaluate(async ({ api, resourceId, token, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'application/octet-stream' });
    const auth = { Authorization: `Bearer ${token}` };
    const uploaded = await new Promise((resolve) => {
      const upload = new tus.Upload(blob, {
        endpoint: `${api}/v1/upload/${resourceId}/tus`,
        headers: auth,
        chunkSize: 64 * 1024,
        retryDelays: null,
        metadata: { filename: 'from-browser.bin', filetype: 'application/octet-stream' },
        onSuccess: () => resolve({ ok: true, url: upload.url }),
        onError: (error) => resolve({ ok: false, error: String(error) }),
      });
      upload.start();
    });
    if (!uploaded.ok) {
      return uploaded;
    }
    const read = await fetch(`${api}/v1/resources/files/${resourceId}`, { headers: auth });
    return { ...uploaded, readStatus: read.status, md5: (await read.json()).md5, pageOrigin: location.origin };
  }, { api, resourceId, token, base64: readFileSync(file).toString('base64') });
  console.log(JSON.stringify({ ...result, console: consoleLines }));
} finally {
  await browser.close();
  site.close();
}
