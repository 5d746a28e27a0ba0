// Small HTTP helpers for pagination.sh (Node 20+, no dependencies; fetch keeps connections alive).
//   node loader.mjs create BASE TOKEN COUNT [CONCURRENCY]  -> creates COUNT workspaces, prints "created N in S s"
//   node loader.mjs cursor BASE TOKEN PAGE                 -> follows `cursor` from page 1, prints the cursor of PAGE
const [mode, base, token, nArg, concurrencyArg] = process.argv.slice(2);
const auth = { Authorization: `Bearer ${token}` };

async function create(count, concurrency) {
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < count) {
      const i = next++;
      const res = await fetch(`${base}/v1/workspaces`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `bench-${i}`, description: 'pagination bench', tags: ['bench'] }),
      });
      const body = await res.text();
      if (res.status !== 201) throw new Error(`POST /v1/workspaces #${i}: ${res.status} ${body}`);
      if ((i + 1) % 10000 === 0) console.error(`  ${i + 1} workspaces`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  console.log(`created ${count} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function cursorOf(page) {
  let cursor;
  for (let p = 1; p < page; p++) {
    const url = cursor === undefined ? `${base}/v1/workspaces` : `${base}/v1/workspaces?cursor=${encodeURIComponent(cursor)}`;
    const res = await fetch(url, { headers: auth });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body)}`);
    if (!body.cursor) throw new Error(`page ${p} has no cursor: the listing has only ${p} pages (${body.items.length} items on the last)`);
    cursor = body.cursor;
  }
  console.log(cursor);
}

if (mode === 'create') await create(Number(nArg), Number(concurrencyArg ?? 16));
else if (mode === 'cursor') await cursorOf(Number(nArg));
else { console.error('usage: loader.mjs create|cursor BASE TOKEN N [CONCURRENCY]'); process.exit(2); }
