/**
 * A graphql-ws client that attacks from a process of its own (so the server's
 * responsiveness is measured without the attacker's work in its event loop).
 * Usage: node ws-attack.js '<json>'; it prints "ready" and attacks when a line
 * arrives on stdin. The json:
 *   { url, ip, connections, subscriptions, token?, query, expectErrors }:
 * opens `connections` sockets claiming X-Forwarded-For `ip`, sends
 * `subscriptions` subscribe messages on each acknowledged one, and prints
 * { closed: { <code>: n }, errors: { <extensions.code>: n } } once every
 * socket is closed or has received `expectErrors` errors (10 s at most).
 */
const WebSocket = require('ws');

const { url, ip, connections, subscriptions, token, query, expectErrors } = JSON.parse(process.argv[2]);
const summary = { closed: {}, errors: {} };
const sockets = [];
let pending = connections;
/** Prints the summary, then closes what is still open properly (a dropped connection would be logged). */
const report = (extra = {}) => {
  process.stdout.write(JSON.stringify({ ...summary, ...extra }));
  const open = sockets.filter((socket) => socket.readyState !== WebSocket.CLOSED);
  let left = open.length;
  if (!left) process.exit(0);
  for (const socket of open) {
    socket.once('close', () => --left || process.exit(0));
    socket.close(1000);
  }
  setTimeout(() => process.exit(0), 2000);
};
const done = () => {
  if (--pending === 0) report();
};

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  setTimeout(() => report({ timedOut: true }), 10_000).unref();
  for (let i = 0; i < connections; i++) attack();
});

function attack() {
  const socket = new WebSocket(url, 'graphql-transport-ws', { headers: { 'x-forwarded-for': ip } });
  sockets.push(socket);
  let errors = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'connection_ack') {
      for (let id = 1; id <= subscriptions; id++) socket.send(JSON.stringify({ id: String(id), type: 'subscribe', payload: { query } }));
    } else if (message.type === 'error') {
      const code = message.payload[0]?.extensions?.code ?? 'none';
      summary.errors[code] = (summary.errors[code] ?? 0) + 1;
      if (++errors === expectErrors) finish();
    }
  });
  socket.on('close', (code) => {
    if (!finished) summary.closed[code] = (summary.closed[code] ?? 0) + 1;
    finish();
  });
  socket.on('error', () => {});
}
