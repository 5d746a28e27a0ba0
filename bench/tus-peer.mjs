// The TUS peer for tus.sh: @tus/server with @tus/file-store writing to DIR, on 127.0.0.1:PORT, path /files.
// Usage: node tus-peer.mjs DIR PORT
import http from 'node:http';
import { Server } from '@tus/server';
import { FileStore } from '@tus/file-store';

const [directory, port] = process.argv.slice(2);
const tus = new Server({ path: '/files', datastore: new FileStore({ directory }) });

http.createServer((req, res) => {
  // TUS 1.0.0 says X-HTTP-Method-Override MUST be honoured; @tus/server 2.x no longer does, and tus-java-client
  // always sends PATCH that way (HttpURLConnection refuses the PATCH verb), so honour it here.
  const override = req.headers['x-http-method-override'];
  if (override) req.method = String(override).toUpperCase();
  return tus.handle(req, res);
}).listen(Number(port), '127.0.0.1', () => console.log(`tus-peer ready on ${port}, storing in ${directory}`));
