// Uploads one file with tus-js-client in Node, as a user of the library would, and prints one JSON line:
// {"ok":true,"url":...} or {"ok":false,"status":<HTTP status>,"body":...,"error":...}.
// Usage: node tus-upload.mjs '<json: {endpoint, token, file, options}>'; options go to tus.Upload unchanged.
import { readFileSync } from 'node:fs';
import * as tus from 'tus-js-client';

const { endpoint, token, file, options = {} } = JSON.parse(process.argv[2]);
const bytes = readFileSync(file);

const result = await new Promise((resolve) => {
  const upload = new tus.Upload(bytes, {
    endpoint,
    retryDelays: null,
    ...options,
    headers: { Authorization: `Bearer ${token}`, ...(options.headers ?? {}) },
    onSuccess: () => resolve({ ok: true, url: upload.url }),
    onError: (error) => resolve({
      ok: false,
      status: error.originalResponse ? error.originalResponse.getStatus() : null,
      body: error.originalResponse ? error.originalResponse.getBody() : null,
      error: String(error.message).split('\n')[0],
    }),
  });
  upload.start();
});
console.log(JSON.stringify(result));
