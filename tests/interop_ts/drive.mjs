// Drives a built official TypeScript SDK (path in XACHE_TS_SDK) through every public method of every service,
// as one agent, against a running Xache sandbox; then through some of them again with the other argument
// forms that reach other endpoints or request layouts (calls named "<method> [variant]"). Started by tests/interop_ts/run.py, which passes a JSON
// config (XACHE_DRIVE_CONFIG: the sandbox URL, its chain RPC URLs, identities, a loopback LLM endpoint,
// where to write results). Each call is recorded with its outcome and the HTTP exchanges it made:
//   ok          resolved, and the value has what the SDK's own types promise (checked below)
//   refused     threw after the sandbox answered an error status (402 after a payment included)
//   unreadable  threw or returned something wrong although the sandbox answered 2xx
//   not-sent    threw before sending anything to the sandbox (the SDK refused its own call)
//   no-internet it tried to reach a host that is neither loopback nor a redirected public RPC
//
// Where the SDK reads a chain: Solana payments take SOLANA_DEVNET_RPC_URL / SOLANA_RPC_URL (set by run.py,
// the SDK's own setting). The EVM payment pre-flight (src/utils/http.ts builds PaymentHandler without its
// rpcUrls option, so src/payment/PaymentHandler.ts getEVMRpcUrl answers https://sepolia.base.org) and the
// wallet service (src/services/WalletService.ts RPC_ENDPOINTS) have their public RPC URLs hard-coded, with
// no setting. For those four exact URLs only, requests are sent to the sandbox's /rpc/<network> instead:
// through ethers' FetchRequest.registerGetUrl (ethers' own hook) and a wrapper of globalThis.fetch
// (which @solana/web3.js uses). Nothing is answered by the driver itself; every other non-loopback URL is
// refused, so nothing reaches the internet.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const SDK = process.env.XACHE_TS_SDK;
if (!SDK) throw new Error('XACHE_TS_SDK is not set');
const cfg = JSON.parse(fs.readFileSync(process.env.XACHE_DRIVE_CONFIG, 'utf8'));

// ---------------------------------------------------------------------------------------------------------
// Transport: record every exchange; redirect the hard-coded public RPC URLs; refuse the internet.

const PUBLIC_RPC = {
  'https://mainnet.base.org': 'base',
  'https://sepolia.base.org': 'base-sepolia',
  'https://api.mainnet-beta.solana.com': 'solana',
  'https://api.devnet.solana.com': 'solana-devnet',
};
const exchanges = [];
const apiOrigin = new URL(cfg.apiUrl).origin;

function route(url) {
  const u = new URL(url);
  const network = PUBLIC_RPC[u.origin];
  if (network && (u.pathname === '/' || u.pathname === '')) {
    return { url: cfg.rpcUrls[network], kind: 'rpc', redirectedFrom: u.origin };
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(u.hostname);
  if (!loopback) return { url: null, kind: 'internet' };
  if (u.origin === apiOrigin && u.pathname.startsWith('/rpc/')) return { url, kind: 'rpc' };
  return { url, kind: u.origin === apiOrigin ? 'api' : 'other' };
}

class InternetRefused extends Error {}

const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const original = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const r = route(original);
  const entry = { kind: r.kind, method: (init && init.method) || 'GET', url: original };
  exchanges.push(entry);
  if (r.url === null) {
    entry.status = 'refused-internet';
    throw new InternetRefused(`the driver refuses to reach ${original}`);
  }
  if (r.redirectedFrom) entry.to = r.url;
  if (r.kind === 'api') entry.path = new URL(original).pathname + new URL(original).search;
  if (r.kind === 'rpc' && init && typeof init.body === 'string') entry.rpc = rpcMethods(init.body);
  const target = typeof input === 'string' || input instanceof URL ? r.url : new Request(r.url, input);
  const response = await realFetch(target, init);
  entry.status = response.status;
  const headers = new Headers((init && init.headers) || undefined);
  entry.paying = headers.has('payment-signature') || headers.has('x-payment');
  if (r.kind === 'api') {
    let doc;
    try {
      doc = await response.clone().json();
    } catch {
      doc = undefined;
    }
    if (response.status >= 400) {
      entry.error = doc === undefined ? '(no JSON body)' : typeof doc.error === 'string' ? doc.error : doc.error && doc.error.message;
      if (response.status === 402 && doc && Array.isArray(doc.accepts) && doc.accepts[0]) {
        entry.challenged = Number(doc.accepts[0].maxAmountRequired);
      }
    } else {
      entry.data = doc && doc.data; // kept in the results file, for reading what the SDK was given
    }
  }
  return response;
};

function rpcMethods(body) {
  try {
    const doc = JSON.parse(body);
    return (Array.isArray(doc) ? doc : [doc]).map((d) => d.method);
  } catch {
    return [];
  }
}

// The SDK's CommonJS build is loaded: its ESM build imports libsodium-wrappers' ESM entry, which in
// libsodium-wrappers 0.7.16 (what "^0.7.11" installs) imports a ./libsodium.mjs that ships in another package.
// `require` from the SDK's directory gives the same module instances (ethers, @solana/web3.js) as its own.
const sdkRequire = createRequire(path.join(path.resolve(SDK), 'package.json'));
const { ethers } = sdkRequire('ethers');
{
  const { FetchRequest } = ethers;
  const defaultGetUrl = FetchRequest.createGetUrlFunc();
  FetchRequest.registerGetUrl(async (req, signal) => {
    const r = route(req.url);
    const entry = { kind: r.kind, method: req.method, url: req.url, via: 'ethers' };
    exchanges.push(entry);
    if (r.url === null) {
      entry.status = 'refused-internet';
      throw new InternetRefused(`the driver refuses to reach ${req.url}`);
    }
    if (req.body) entry.rpc = rpcMethods(Buffer.from(req.body).toString('utf8'));
    let target = req;
    if (r.redirectedFrom) {
      entry.to = r.url;
      target = req.clone();
      target.url = r.url;
    }
    const response = await defaultGetUrl(target, signal);
    entry.status = response.statusCode;
    return response;
  });
}

const nacl = sdkRequire('tweetnacl');
const bs58mod = sdkRequire('bs58');
const bs58 = bs58mod.default ?? bs58mod;

const sdkPkg = JSON.parse(fs.readFileSync(path.join(SDK, 'package.json'), 'utf8'));
const sdkEntry = ['index.js', 'index.cjs'].map((f) => path.join(path.resolve(SDK), 'dist', f)).find((f) => fs.existsSync(f));
if (!sdkEntry) throw new Error(`no CommonJS build (dist/index.js or dist/index.cjs) in ${SDK}`);
const { XacheClient } = sdkRequire(sdkEntry);

// ---------------------------------------------------------------------------------------------------------
// Identities and wallet signatures.

function parseDid(did) {
  const [, role, family, address] = did.split(':');
  return { role, family, address };
}

function walletSigner(ident) {
  const { family, address } = parseDid(ident.did);
  if (family === 'evm') {
    const wallet = new ethers.Wallet('0x' + ident.private_key);
    return { family, address, wallet, sign: (message) => wallet.signMessage(message) }; // EIP-191 personal_sign
  }
  const secret = Uint8Array.from(Buffer.from(ident.private_key, 'hex'));
  return { family, address, sign: async (message) => bs58.encode(nacl.sign.detached(new TextEncoder().encode(message), secret)) };
}

const agent = cfg.identities.agent;
const owner = cfg.identities.owner;
const peer = cfg.identities.peer;
const spare = cfg.identities.spare;
const ownerSigner = walletSigner(owner);
const agentSigner = walletSigner(agent);
const ownerDid = `did:owner:${ownerSigner.family}:${ownerSigner.address}`;
const family = agentSigner.family;

function client(ident, did = ident.did) {
  return new XacheClient({ apiUrl: cfg.apiUrl, did, privateKey: ident.private_key });
}

const A = client(agent);
const O = client(owner, ownerDid);
const S = client(spare);

// ---------------------------------------------------------------------------------------------------------
// Calls.

const results = [];

function fail(message) {
  throw Object.assign(new Error(message), { unreadable: true });
}

function check(cond, message) {
  if (!cond) fail(message);
}

const TYPES = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  array: (v) => Array.isArray(v),
  object: (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
};

// `spec`: {field: 'type'} with 'type?' for optional (undefined or null allowed) and 'a|b' alternatives.
function shape(value, spec, where = 'result') {
  check(TYPES.object(value), `${where} is not an object: ${JSON.stringify(value)}`);
  for (const [field, want] of Object.entries(spec)) {
    const optional = want.endsWith('?');
    const kinds = want.replace('?', '').split('|');
    const v = value[field];
    if (optional && (v === undefined || v === null)) continue;
    check(
      kinds.some((k) => (k === 'null' ? v === null : TYPES[k](v))),
      `${where}.${field} is ${JSON.stringify(v)}, not ${want}`,
    );
  }
  return value;
}

async function call(name, fn, verify) {
  const start = exchanges.length;
  const entry = { name };
  let value;
  try {
    value = await fn();
    if (verify) await verify(value);
    entry.outcome = 'ok';
  } catch (error) {
    const mine = exchanges.slice(start);
    const api = mine.filter((e) => e.kind === 'api');
    const last = api[api.length - 1];
    if (error instanceof InternetRefused || mine.some((e) => e.status === 'refused-internet')) {
      entry.outcome = 'no-internet';
    } else if (error && error.unreadable) {
      entry.outcome = 'unreadable';
    } else if (api.length === 0) {
      entry.outcome = 'not-sent';
    } else if ((last && typeof last.status === 'number' && last.status >= 400) || error?.statusCode) {
      entry.outcome = 'refused';
    } else {
      entry.outcome = 'unreadable';
    }
    entry.error = `${error?.name || 'Error'}: ${error?.message || String(error)}`.slice(0, 600);
    value = undefined;
  }
  const mine = exchanges.slice(start);
  entry.api = mine.filter((e) => e.kind === 'api').map((e) => `${e.method} ${e.path} -> ${e.status}`);
  entry.answers = mine.filter((e) => e.kind === 'api' && e.data !== undefined).map((e) => e.data);
  entry.rpc = mine.filter((e) => e.kind === 'rpc').flatMap((e) => (e.rpc || []).map((m) => `${m} -> ${e.status}`));
  entry.redirected = [...new Set(mine.filter((e) => e.to).map((e) => e.url))];
  // payments the sandbox refused (a 402 answering a request that carried a payment), with its reason
  entry.paymentsRefused = mine.filter((e) => e.kind === 'api' && e.status === 402 && e.paying).map((e) => e.error);
  // What the SDK paid and the sandbox took: a challenged amount, then that request with a payment answered
  // 2xx (null when a paid request had no challenge before it).
  const challenges = {};
  entry.settled = 0;
  for (const e of mine.filter((x) => x.kind === 'api')) {
    const key = `${e.method} ${e.path}`;
    if (e.status === 402 && e.challenged !== undefined) challenges[key] = e.challenged;
    else if (e.paying && e.status >= 200 && e.status < 300) entry.settled += challenges[key] ?? NaN;
  }
  const errors = mine.filter((e) => e.kind === 'api' && e.status >= 400 && e.status !== 402);
  if (errors.length) entry.apiErrors = [...new Set(errors.map((e) => `${e.status} ${e.error}`))];
  results.push(entry);
  return value;
}

const run = `ts-${family}-${Date.now()}`;
const random = (n) => crypto.randomBytes(n).toString('hex');
const llm = { type: 'endpoint', url: cfg.llmUrl, model: 'interop-llm', format: 'openai' };
const otherFamily = ownerSigner.family;

// -- identity and owner ---------------------------------------------------------------------------------

await call('identity.register', () =>
  A.identity.register({
    walletAddress: agentSigner.address,
    keyType: family === 'evm' ? 'evm' : 'solana',
    chain: family === 'evm' ? 'base' : 'solana',
  }),
  (r) => {
    shape(r, { did: 'string', walletAddress: 'string', keyType: 'string', chain: 'string', createdAt: 'string' });
    check(r.did === agent.did, `registered ${r.did}, not ${agent.did}`);
  });

await call('identity.get', () => A.identity.get(agent.did), (r) => {
  shape(r, { did: 'string', walletAddress: 'string', keyType: 'string', chain: 'string', reputationScore: 'number', createdAt: 'string' });
  check(r.did === agent.did, 'another identity');
});

await call('identity.update', () => A.identity.update(agent.did, { name: 'interop agent', metadata: { run } }), (r) => {
  shape(r, { did: 'string', name: 'string', metadata: 'object?' });
  check(r.name === 'interop agent', 'name not updated');
});

await call('owner.register', () =>
  O.owner.register({
    walletAddress: ownerSigner.address,
    walletChain: otherFamily === 'evm' ? 'evm' : 'solana',
    entityType: 'organization',
    displayName: 'Interop Owner',
    organizationName: 'Interop Org',
    email: 'owner@example.com',
  }),
  (r) => {
    shape(r, { ownerDID: 'string', walletAddress: 'string', walletChain: 'string', entityType: 'string', emailVerified: 'boolean', walletVerified: 'boolean', createdAt: 'string', updatedAt: 'string' });
    check(r.ownerDID === ownerDid, `owner DID ${r.ownerDID}, not ${ownerDid}`);
  });

await call('owner.verifyWallet', async () => {
  const message = `Verify Xache owner ${ownerDid} at ${Date.now()}`;
  return O.owner.verifyWallet({ ownerDID: ownerDid, message, signature: await ownerSigner.sign(message), timestamp: Date.now() });
}, (r) => check(r === true, `verified = ${r}`));

await call('owner.getProfile', () => O.owner.getProfile(), (r) => {
  shape(r, { ownerDID: 'string', walletVerified: 'boolean' });
  check(r.walletVerified === true, 'wallet not verified after verifyWallet');
});

await call('owner.updateProfile', () => O.owner.updateProfile({ displayName: 'Interop Owner 2' }), (r) => {
  shape(r, { ownerDID: 'string', displayName: 'string' });
  check(r.displayName === 'Interop Owner 2', 'displayName not updated');
});

await call('identity.submitClaimRequest', () => O.identity.submitClaimRequest({ agentDID: agent.did }), (r) => {
  shape(r, { claimId: 'string', status: 'string', message: 'string' });
});

await call('identity.getPendingClaimsByOwner', () => O.identity.getPendingClaimsByOwner(), (r) => {
  shape(r, { claims: 'array', count: 'number' });
  check(r.claims.some((c) => c.agentDID === agent.did), 'the claim is not listed');
  shape(r.claims[0], { agentDID: 'string', agentWallet: 'string', requestedAt: 'string', status: 'string' }, 'claims[0]');
});

await call('identity.getPendingClaimsForAgent', () => A.identity.getPendingClaimsForAgent(), (r) => {
  shape(r, { claims: 'array', count: 'number' });
  check(r.claims.some((c) => c.ownerDID === ownerDid), 'the claim is not listed');
  shape(r.claims[0], { claimId: 'string', ownerDID: 'string', ownerWallet: 'string', requestedAt: 'string' }, 'claims[0]');
});

await call('identity.processClaimRequest', async () => {
  const message = `Claim ${agent.did} by ${ownerDid}`;
  return A.identity.processClaimRequest({
    ownerDID: ownerDid,
    approved: true,
    ownerSignature: await ownerSigner.sign(message),
    agentSignature: await agentSigner.sign(message),
    message,
    timestamp: Date.now(),
  });
}, (r) => {
  shape(r, { status: 'string', message: 'string' });
  check(r.status === 'approved', `status ${r.status}`);
});

await call('identity.claimOnChain', () =>
  O.identity.claimOnChain({
    agentDID: peer.did,
    txHash: otherFamily === 'evm' ? '0x' + random(32) : bs58.encode(crypto.randomBytes(64)),
    chain: otherFamily === 'evm' ? 'base' : 'solana',
  }),
  (r) => {
    shape(r, { status: 'string', txHash: 'string', method: 'string', message: 'string' });
    check(r.status === 'approved', `status ${r.status}`);
  });

await call('owner.getOwnedAgents', () => O.owner.getOwnedAgents(), (r) => {
  shape(r, { agents: 'array', count: 'number' });
  const dids = r.agents.map((a) => a.agentDID);
  check(dids.includes(agent.did) && dids.includes(peer.did), `owned: ${dids}`);
  shape(r.agents[0], { agentDID: 'string', walletAddress: 'string', chain: 'string', claimType: 'string', addedAt: 'string' }, 'agents[0]');
});

// -- memory ---------------------------------------------------------------------------------------------

const context = `interop/${run}`;
const stored = { note: 'first memory of the TypeScript interop run', family, n: 1 };
let storageKey;
let storeReceipt;

await call('memory.store', () => A.memory.store({ data: stored, storageTier: 'hot', context, tags: ['interop', family], metadata: { run } }), (r) => {
  shape(r, { storageKey: 'string', storageTier: 'string', size: 'number', receiptId: 'string' });
  storageKey = r.storageKey;
  storeReceipt = r.receiptId;
});

await call('memory.retrieve', () => A.memory.retrieve({ storageKey }), (r) => {
  shape(r, { storageKey: 'string', data: 'object', storageTier: 'string', receiptId: 'string' });
  assert.deepEqual(r.data, stored);
});

await call('memory.list', () => A.memory.list({ context, limit: 10 }), (r) => {
  shape(r, { memories: 'array', total: 'number', limit: 'number', offset: 'number' });
  check(r.memories.some((m) => m.storage_key === storageKey), 'the stored memory is not listed');
  shape(r.memories[0], { storage_key: 'string', agent_did: 'string', storage_tier: 'string', size_bytes: 'number', created_at: 'string', accessed_at: 'string', tags: 'array?', metadata: 'object?' }, 'memories[0]');
});

const batchData = [{ item: 'alpha', family }, { item: 'beta', family }];
let batchKeys = [];
await call('memory.storeBatch', () =>
  A.memory.storeBatch({ items: batchData.map((data) => ({ data, storageTier: 'warm', context, tags: ['batch'] })) }),
  (r) => {
    shape(r, { results: 'array', successCount: 'number', failureCount: 'number', batchReceiptId: 'string' });
    check(r.successCount === 2 && r.failureCount === 0, `success ${r.successCount}, failure ${r.failureCount}`);
    batchKeys = r.results.map((x) => x.storageKey);
    check(batchKeys.every((k) => typeof k === 'string'), 'results without storageKey');
  });

await call('memory.retrieveBatch', () => A.memory.retrieveBatch({ storageKeys: batchKeys }), (r) => {
  shape(r, { results: 'array', successCount: 'number', failureCount: 'number', batchReceiptId: 'string' });
  check(r.results.length === 2 && r.results.every((x) => !x.error), `results ${JSON.stringify(r.results)}`);
  assert.deepEqual(r.results.map((x) => x.data), batchData);
});

await call('memory.probe', () => A.memory.probe({ query: 'first memory of the TypeScript interop run', limit: 5 }), (r) => {
  shape(r, { matches: 'array', total: 'number' });
  check(r.matches.length > 0, 'no match for the stored memory');
  check(r.matches.every((m) => typeof m.storageKey === 'string' && typeof m.category === 'string'), 'match shape');
  check(r.matches.some((m) => m.data !== undefined), 'no decrypted data in the matches');
});

let encryptionKey;
await call('memory.getCurrentEncryptionKey', () => A.memory.getCurrentEncryptionKey(), (r) => {
  check(typeof r === 'string' && Buffer.from(r, 'base64').length === 32, 'not a 32-byte key');
  encryptionKey = r;
});
await call('memory.setEncryptionKey', () => A.memory.setEncryptionKey(encryptionKey));

const stamp = Date.now();
await call('memory.rememberPreference', () => A.memory.rememberPreference({ key: 'theme', value: 'dark', userId: 'u1' }), (r) => check(typeof r === 'string', 'no key'));
await call('memory.rememberFix', () => A.memory.rememberFix({ error: 'TypeError: x is undefined', solution: 'initialise x', context: 'devops' }), (r) => check(typeof r === 'string', 'no key'));
await call('memory.rememberPattern', () => A.memory.rememberPattern({ pattern: 'retry with backoff', success: true, domain: 'devops', confidence: 0.9 }), (r) => check(typeof r === 'string', 'no key'));
await call('memory.rememberConversation', () => A.memory.rememberConversation({ summary: 'talked about retries', turns: 4, startTime: stamp - 60000, participants: ['user', 'agent'] }), (r) => check(typeof r === 'string', 'no key'));
await call('memory.rememberToolConfig', () => A.memory.rememberToolConfig({ toolName: 'grep', config: { flags: '-r' }, version: '3.1' }), (r) => check(typeof r === 'string', 'no key'));
await call('memory.rememberHeuristic', () => A.memory.rememberHeuristic({ domain: 'devops', heuristic: 'pin versions', confidence: 0.8, evidence: 'two outages' }), (r) => check(typeof r === 'string', 'no key'));
await call('memory.rememberOptimization', () => A.memory.rememberOptimization({ operation: 'build', improvement: 'cache deps', metrics: { seconds: 30 } }), (r) => check(typeof r === 'string', 'no key'));

await call('memory.recallPreferences', () => A.memory.recallPreferences({ limit: 10 }), (r) => {
  check(Array.isArray(r) && r.length === 1, `recalled ${JSON.stringify(r)}`);
  check(r[0].data.key === 'theme' && r[0].data.value === 'dark', 'wrong preference');
});
await call('memory.recallFixes', () => A.memory.recallFixes({ domain: 'devops', limit: 10 }), (r) => {
  check(Array.isArray(r) && r.length === 1 && r[0].data.solution === 'initialise x', `recalled ${JSON.stringify(r)}`);
});
await call('memory.recallPatterns', () => A.memory.recallPatterns({ success: true, limit: 10 }), (r) => {
  check(Array.isArray(r) && r.length === 1 && r[0].data.pattern === 'retry with backoff', `recalled ${JSON.stringify(r)}`);
});

await call('memory.delete', () => A.memory.delete(batchKeys[0]), (r) => {
  shape(r, { storageKey: 'string', deleted: 'boolean' });
  check(r.deleted === true, 'not deleted');
});
await call('memory.listDeleted', () => A.memory.listDeleted({ limit: 10 }), (r) => {
  shape(r, { memories: 'array', total: 'number', limit: 'number', offset: 'number' });
  check(r.memories.some((m) => m.storageKey === batchKeys[0]), 'the deleted memory is not listed');
  shape(r.memories[0], { storageKey: 'string', context: 'string', tags: 'array', deletedAt: 'string', createdAt: 'string', storageTier: 'string' }, 'memories[0]');
});
await call('memory.restore', () => A.memory.restore(batchKeys[0]), (r) => {
  shape(r, { storageKey: 'string', restored: 'boolean' });
  check(r.restored === true, 'not restored');
});
await call('memory.purge', async () => {
  await A.memory.delete(batchKeys[1]);
  return A.memory.purge(batchKeys[1]);
}, (r) => {
  shape(r, { storageKey: 'string', purged: 'boolean', r2Deleted: 'boolean' });
  check(r.purged === true, 'not purged');
});

// -- collective -----------------------------------------------------------------------------------------

const pattern = `Retry idempotent requests with jittered backoff (${run})`;
let heuristicId;
await call('collective.contribute', () =>
  A.collective.contribute({
    pattern,
    patternHash: crypto.createHash('sha256').update(pattern).digest('hex'),
    domain: 'devops',
    tags: ['retries', 'http'],
    metrics: { successRate: 0.9, sampleSize: 20, confidence: 0.85 },
    encryptedContentRef: `interop://${run}`,
    contextType: 'heuristic',
  }),
  (r) => {
    shape(r, { heuristicId: 'string', pattern: 'string', domain: 'string', tags: 'array', receiptId: 'string' });
    heuristicId = r.heuristicId;
  });

await call('collective.query', () => A.collective.query({ queryText: 'retry requests with backoff', domain: 'devops', limit: 5 }), (r) => {
  shape(r, { matches: 'array', totalCost: 'string', royaltiesUSD: 'string', receiptId: 'string' });
  check(r.matches.length > 0, 'no match');
  shape(r.matches[0], { heuristicId: 'string', pattern: 'string', domain: 'string', tags: 'array' }, 'matches[0]');
});

await call('collective.listHeuristics', () => A.collective.listHeuristics({ domain: 'devops', limit: 10 }), (r) => {
  shape(r, { heuristics: 'array', total: 'number', limit: 'number', offset: 'number' });
  check(r.heuristics.length > 0, 'none listed');
  shape(r.heuristics[0], { heuristicKey: 'string', description: 'string', domain: 'string', tags: 'array', contributorDID: 'string', createdAt: 'string' }, 'heuristics[0]');
});

// -- budget ---------------------------------------------------------------------------------------------

const budgetShape = { limitCents: 'number', spentCents: 'number', remainingCents: 'number', percentageUsed: 'number', currentPeriod: 'string' };
await call('budget.getStatus', () => A.budget.getStatus(), (r) => shape(r, budgetShape));
await call('budget.updateLimit', () => A.budget.updateLimit(5000), (r) => {
  shape(r, { limitCents: 'number', updated: 'boolean' });
  check(r.limitCents === 5000 && r.updated === true, JSON.stringify(r));
});
await call('budget.canAfford', () => A.budget.canAfford(1), (r) => check(r === true, `canAfford ${r}`));
await call('budget.getFormattedStatus', () => A.budget.getFormattedStatus(), (r) => {
  shape(r, { limit: 'string', spent: 'string', remaining: 'string', percentageUsed: 'string' });
  check(r.limit === '$50.00', `limit ${r.limit}`);
});
await call('budget.onAlert', () => A.budget.onAlert(() => {}));
await call('budget.getActiveAlerts', () => A.budget.getActiveAlerts(), (r) => check(Array.isArray(r), 'not an array'));
await call('budget.isThresholdCrossed', () => A.budget.isThresholdCrossed(50), (r) => check(r === false, `crossed ${r}`));
await call('budget.getFleetStatus', () => O.budget.getFleetStatus(), (r) => {
  shape(r, { ownerDID: 'string', fleetBudgetCapCents: 'number?', totalSpentCents: 'number', totalSpentUSD: 'string', agentCount: 'number', totalAgentLimitsCents: 'number', agents: 'array' });
  check(r.agents.some((a) => a.agentDID === agent.did), 'the owned agent is not in the fleet');
});
await call('budget.updateFleetCap', () => O.budget.updateFleetCap(100000), (r) => {
  shape(r, { ownerDID: 'string', fleetBudgetCapCents: 'number', updated: 'boolean' });
  check(r.fleetBudgetCapCents === 100000, JSON.stringify(r));
});

// -- receipts -------------------------------------------------------------------------------------------

const receiptShape = { receiptId: 'string', agentDID: 'string', operation: 'string', amountUSD: 'string', timestamp: 'string' };
await call('receipts.list', () => A.receipts.list({ limit: 20 }), (r) => {
  shape(r, { receipts: 'array', total: 'number', limit: 'number', offset: 'number' });
  check(r.receipts.some((x) => x.receiptId === storeReceipt), 'the store receipt is not listed');
  shape(r.receipts[0], receiptShape, 'receipts[0]');
});
await call('receipts.getProof', () => A.receipts.getProof(storeReceipt), (r) => {
  shape(r, { receiptId: 'string', merkleProof: 'array', merkleRoot: 'string' });
});
await call('receipts.getAnalytics', () => A.receipts.getAnalytics(), (r) => {
  shape(r, { operations: 'array', totalSpent: 'string', period: 'object' });
  check(r.operations.length > 0, 'no operations');
  shape(r.operations[0], { operation: 'string', count: 'number', totalCost: 'string' }, 'operations[0]');
});
await call('receipts.getByOperation', () => A.receipts.getByOperation('memory.store', 10), (r) => {
  check(Array.isArray(r) && r.length > 0 && r.every((x) => x.operation === 'memory.store'), `got ${JSON.stringify(r).slice(0, 200)}`);
});
await call('receipts.getTotalSpending', () => A.receipts.getTotalSpending(), (r) => check(typeof r === 'number' && r > 0, `spent ${r}`));
await call('receipts.listAnchors', () => A.receipts.listAnchors({ limit: 5 }), (r) => {
  shape(r, { anchors: 'array', total: 'number', period: 'object' });
});

// -- reputation -----------------------------------------------------------------------------------------

const snapshotShape = { agentDID: 'string', timestamp: 'string', overall: 'number', memoryQuality: 'number', contribSuccess: 'number', economicValue: 'number', networkInfluence: 'number', reliability: 'number', specialization: 'number', weights: 'object' };
await call('reputation.getReputation', () => A.reputation.getReputation(), (r) => shape(r, snapshotShape));
await call('reputation.getHistory', () => A.reputation.getHistory(agent.did, 10), (r) => {
  check(Array.isArray(r) && r.length > 0, 'no history');
  shape(r[0], snapshotShape, 'history[0]');
});
await call('reputation.getTopAgents', () => A.reputation.getTopAgents(10), (r) => {
  check(Array.isArray(r) && r.length > 0, 'empty leaderboard');
  shape(r[0], { agentDID: 'string', walletAddress: 'string', reputationScore: 'number', operationCount: 'number', totalEarnedUSD: 'string' }, 'top[0]');
});
const domainShape = { domain: 'string', score: 'number', contributionCount: 'number', successRate: 'number', totalEarnedUSD: 'string' };
await call('reputation.getDomainReputation', () => A.reputation.getDomainReputation('devops'), (r) => {
  shape(r, domainShape);
  check(r.contributionCount >= 1, 'the contribution is not counted');
});
await call('reputation.getAllDomainReputations', () => A.reputation.getAllDomainReputations(agent.did), (r) => {
  check(Array.isArray(r) && r.length > 0, 'none');
  shape(r[0], domainShape, 'domains[0]');
});

// The same methods reach other endpoints with / without an agent DID: "<method> [variant]" calls.
await call('reputation.getReputation [agentDID]', () => A.reputation.getReputation(agent.did), (r) => {
  shape(r, snapshotShape);
  check(r.agentDID === agent.did, 'another agent');
});
await call('reputation.getHistory [own]', () => A.reputation.getHistory(undefined, 5), (r) => {
  check(Array.isArray(r) && r.length > 0, 'no history');
  shape(r[0], snapshotShape, 'history[0]');
});
await call('reputation.getDomainReputation [agentDID]', () => A.reputation.getDomainReputation('devops', agent.did), (r) => {
  shape(r, domainShape);
  check(r.contributionCount >= 1, 'the contribution is not counted');
});
await call('reputation.getAllDomainReputations [own]', () => A.reputation.getAllDomainReputations(), (r) => {
  check(Array.isArray(r) && r.length > 0, 'none');
  shape(r[0], domainShape, 'domains[0]');
});

// ERC-8004 needs an EVM signer: the agent's own wallet, or (for a Solana agent) its owner's EVM wallet.
const erc8004Signer = agentSigner.family === 'evm' ? agentSigner : ownerSigner;
let erc8004;
await call('reputation.buildERC8004Authorization', () =>
  A.reputation.buildERC8004Authorization({ walletAddress: erc8004Signer.address, expiryDays: 30, indexLimit: 50, network: 'base-sepolia' }),
  (r) => {
    shape(r, { typedData: 'object', authorization: 'object' });
    shape(r.authorization, { agentId: 'string', clientAddress: 'string', indexLimit: 'number', expiry: 'number', chainId: 'number', identityRegistry: 'string', signerAddress: 'string' }, 'authorization');
    shape(r.typedData, { domain: 'object', types: 'object', primaryType: 'string', message: 'object' }, 'typedData');
    erc8004 = r;
  });
await call('reputation.submitERC8004Authorization', async () => {
  const { domain, types, message } = erc8004.typedData;
  const signature = await erc8004Signer.wallet.signTypedData(domain, { FeedbackAuth: types.FeedbackAuth }, message);
  return A.reputation.submitERC8004Authorization({ authorization: erc8004.authorization, signature, network: 'base-sepolia' });
}, (r) => {
  shape(r, { success: 'boolean', authorizationId: 'string', expiresAt: 'string', indexLimit: 'number', message: 'string' });
  check(r.success === true, 'not enabled');
});
await call('reputation.getERC8004Status', () => A.reputation.getERC8004Status(), (r) => {
  shape(r, { enabled: 'boolean', isValid: 'boolean' });
  check(r.enabled === true && r.isValid === true, JSON.stringify(r));
});
await call('reputation.disableERC8004Export', () => A.reputation.disableERC8004Export(), (r) => {
  shape(r, { success: 'boolean', message: 'string' });
});

// -- royalty --------------------------------------------------------------------------------------------

const revenueShape = { agentDID: 'string', totalEarnedUSD: 'string', heuristicCount: 'number', topHeuristics: 'array', earningsByDomain: 'object', monthlyEarnings: 'array' };
const payoutShape = { agentDID: 'string', pendingPayouts: 'array', totalPendingCount: 'number', totalPendingAmount: 'string' };
await call('royalty.getRevenueStats', () => A.royalty.getRevenueStats(agent.did), (r) => {
  shape(r, revenueShape);
  check(r.heuristicCount >= 1, 'the contributed heuristic is not counted');
});
await call('royalty.getPendingPayouts', () => A.royalty.getPendingPayouts(agent.did), (r) => shape(r, payoutShape));
await call('royalty.getPlatformRevenue', () => A.royalty.getPlatformRevenue(), (r) => {
  shape(r, { totalRevenue: 'string', totalAgents: 'number', totalHeuristics: 'number', totalQueries: 'number', averageRevenuePerAgent: 'string' });
});
await call('royalty.getTopEarners', () => A.royalty.getTopEarners(5), (r) => {
  shape(r, { topEarners: 'array', total: 'number' });
});
await call('royalty.getMyRevenue', () => A.royalty.getMyRevenue(), (r) => shape(r, revenueShape));
await call('royalty.getMyPendingPayouts', () => A.royalty.getMyPendingPayouts(), (r) => shape(r, payoutShape));

// -- extraction and auto-contribute ---------------------------------------------------------------------

const trace = 'User asked how to make deploys reliable; agent found that pinning versions avoided two outages.';
const extractionShape = (r) => {
  shape(r, { extractions: 'array', metadata: 'object' });
  shape(r.metadata, { extractionTime: 'number', llmProvider: 'string', llmModel: 'string', totalExtractions: 'number', storedCount: 'number' }, 'metadata');
  check(r.extractions.length > 0, 'nothing extracted');
  shape(r.extractions[0], { type: 'string', confidence: 'number', data: 'object' }, 'extractions[0]');
};
await call('extraction.extract', () => A.extraction.extract({ trace, llmConfig: llm, options: { confidenceThreshold: 0.5, contextHint: 'devops' } }), extractionShape);
await call('extraction.extractWithAnthropic', () => A.extraction.extractWithAnthropic({ trace, apiKey: 'sk-ant-interop', model: 'claude-3-5-haiku-latest' }), extractionShape);
await call('extraction.extractWithOpenAI', () => A.extraction.extractWithOpenAI({ trace, apiKey: 'sk-interop', model: 'gpt-4o-mini' }), extractionShape);
await call('extraction.extractWithOllama', () => A.extraction.extractWithOllama({ trace, url: cfg.llmUrl, model: 'llama3' }), extractionShape);
await call('extraction.extractWithCustomEndpoint', () => A.extraction.extractWithCustomEndpoint({ trace, url: cfg.llmUrl, authToken: 'local-token', model: 'local', format: 'openai' }), extractionShape);
await call('extraction.extractWithXacheLLM', () => A.extraction.extractWithXacheLLM({ trace, provider: 'anthropic' }), extractionShape);

// A second client of the same agent, so that auto-contribute does not act on the other extractions here.
const A2 = client(agent);
await call('extraction.getAutoContributeService', () => A2.extraction.getAutoContributeService(), (r) => check(r === undefined, 'configured without autoContribute'));
await call('extraction.initAutoContribute', () => A2.extraction.initAutoContribute({ enabled: true, confidenceThreshold: 0.8, minReputation: 0, maxPerDay: 5 }));
const auto = A2.extraction.getAutoContributeService();
const insight = { type: 'DOMAIN_HEURISTIC', confidence: 0.95, data: { domain: 'devops', pattern: `pin dependency versions (${run})` }, reasoning: 'two outages avoided' };
await call('autoContribute.isEnabled', () => auto.isEnabled(), (r) => check(r === true, 'not enabled'));
await call('autoContribute.getRemainingContributions', () => auto.getRemainingContributions(), (r) => check(r === 5, `remaining ${r}`));
await call('autoContribute.evaluate', () => auto.evaluate([insight], 'extraction-1'), (r) => {
  shape(r, { contributed: 'array', skipped: 'array' });
  check(r.contributed.length === 1, `contributed none; skipped: ${JSON.stringify(r.skipped.map((s) => s.reason))}`);
});
await call('autoContribute.getState', () => auto.getState(), (r) => {
  shape(r, { contributionsToday: 'number', lastContributionAt: 'number', dayStartedAt: 'number', pendingDelayed: 'array' });
});
await call('autoContribute.updateConfig', () => auto.updateConfig({ delayHours: 1e-7 }));
await call('autoContribute.processDelayed', async () => {
  const later = { ...insight, data: { ...insight.data, pattern: `cache build dependencies (${run})` } };
  await auto.evaluate([later]); // queued: delayHours > 0
  await new Promise((resolve) => setTimeout(resolve, 20));
  return auto.processDelayed();
}, (r) => check(Array.isArray(r) && r.length === 1, `contributed ${JSON.stringify(r)}`));

// -- facilitators ---------------------------------------------------------------------------------------

const agentChain = family === 'evm' ? 'evm' : 'solana';
const agentNetwork = family === 'evm' ? 'base-sepolia' : 'solana-devnet';
await call('facilitators.setPreferences', () => A.facilitators.setPreferences({ preferredFacilitators: ['cdp'], preferredChain: agentChain }));
await call('facilitators.getPreferences', () => A.facilitators.getPreferences(), (r) => check(r.preferredChain === agentChain, JSON.stringify(r)));
await call('facilitators.getSelectionHeader', () => A.facilitators.getSelectionHeader(), (r) => check(r['X-Preferred-Chain'] === agentChain, JSON.stringify(r)));
await call('facilitators.clearPreferences', () => A.facilitators.clearPreferences(), () => check(Object.keys(A.facilitators.getPreferences()).length === 0, 'not cleared'));
const fetchedFacilitators = () => {
  const mine = exchanges.filter((e) => e.kind === 'api' && e.path === '/v1/facilitators');
  check(mine.length > 0 && mine.every((e) => e.status === 200), 'the facilitator list was not fetched from the sandbox');
};
await call('facilitators.list', () => A.facilitators.list(), (r) => {
  fetchedFacilitators();
  check(Array.isArray(r) && r.length > 0, 'none');
  shape(r[0], { id: 'string', name: 'string', chains: 'array', networks: 'array', schemes: 'array', priority: 'number' }, 'facilitators[0]');
});
await call('facilitators.getEnvironment', () => A.facilitators.getEnvironment(), (r) => check(r === 'testnet', r));
await call('facilitators.getDefaultNetwork', () => A.facilitators.getDefaultNetwork(), (r) => check(typeof r === 'string' && r.length > 0, r));
await call('facilitators.get', () => A.facilitators.get('cdp'), (r) => check(r && r.id === 'cdp', JSON.stringify(r)));
await call('facilitators.select', () => A.facilitators.select({ chain: agentChain }), (r) => {
  check(r !== null, `no facilitator for ${agentChain}, though the sandbox asks this agent to pay on ${agentNetwork}`);
  check(r.facilitator.networks.includes(agentNetwork), JSON.stringify(r));
});
await call('facilitators.supports', () => A.facilitators.supports('cdp', { chain: agentChain, network: agentNetwork }), (r) => check(r === true, `supports ${agentNetwork}: ${r}`));
await call('facilitators.clearCache', async () => {
  A.facilitators.clearCache();
  const before = exchanges.length;
  await A.facilitators.list();
  check(exchanges.slice(before).some((e) => e.path === '/v1/facilitators'), 'cache not cleared');
});

// -- wallet sessions ------------------------------------------------------------------------------------

const sessionShape = { sessionId: 'string', walletAddress: 'string', chain: 'string', network: 'string', createdAt: 'number', expiresAt: 'number', scope: 'array', amountSpent: 'string', maxAmount: 'string?' };
async function sessionOptions() {
  const signedMessage = `Xache session for ${agent.did} at ${Date.now()}`;
  return {
    walletAddress: agentSigner.address,
    chain: agentChain,
    network: agentNetwork,
    scope: ['memory:store', 'memory:retrieve'],
    durationSeconds: 600,
    maxAmount: '1000000',
    signedMessage,
    signature: await agentSigner.sign(signedMessage),
  };
}
let session;
await call('sessions.create', async () => A.sessions.create(await sessionOptions()), (r) => {
  shape(r, sessionShape);
  session = r;
});
await call('sessions.get', () => A.sessions.get(session.sessionId, agentSigner.address), (r) => {
  shape(r, sessionShape);
  check(r.sessionId === session.sessionId, 'another session');
});
await call('sessions.listByWallet', () => A.sessions.listByWallet(agentSigner.address), (r) => {
  check(Array.isArray(r) && r.some((s) => s.sessionId === session.sessionId), 'not listed');
});
await call('sessions.validate', () => A.sessions.validate(session.sessionId, agentSigner.address, { amount: '1000', scope: 'memory:store' }), (r) => {
  shape(r, { valid: 'boolean', hasBudget: 'boolean?' });
  check(r.valid === true, JSON.stringify(r));
});
await call('sessions.getRemainingTime', () => A.sessions.getRemainingTime(session), (r) => check(r > 0 && r <= 600, `remaining ${r}`));
await call('sessions.isExpired', () => A.sessions.isExpired(session), (r) => check(r === false, 'expired'));
await call('sessions.getRemainingBudget', () => A.sessions.getRemainingBudget(session), (r) => check(r === '1000000', `budget ${r}`));
await call('sessions.setCurrentSession', () => A.sessions.setCurrentSession(session.sessionId));
await call('sessions.getCurrentSessionId', () => A.sessions.getCurrentSessionId(), (r) => check(r === session.sessionId, r));
await call('sessions.hasActiveSession', () => A.sessions.hasActiveSession(), (r) => check(r === true, 'no session'));
await call('sessions.getSessionHeader', () => A.sessions.getSessionHeader(), (r) => check(r['X-Session-Id'] === session.sessionId, JSON.stringify(r)));
await call('sessions.revoke', () => A.sessions.revoke(session.sessionId, agentSigner.address), async () => {
  check(!A.sessions.hasActiveSession(), 'still active');
  const left = await A.sessions.listByWallet(agentSigner.address);
  check(!left.some((s) => s.sessionId === session.sessionId), 'still listed');
});
await call('sessions.createAndActivate', async () => A.sessions.createAndActivate(await sessionOptions()), (r) => {
  shape(r, sessionShape);
  check(A.sessions.getCurrentSessionId() === r.sessionId, 'not activated');
});

// -- workspaces -----------------------------------------------------------------------------------------

const workspaceShape = { workspaceId: 'string', ownerDID: 'string', workspaceName: 'string', enabled: 'boolean', createdAt: 'string', updatedAt: 'string', description: 'string?', budgetLimitCents: 'number?', enabledChains: 'array?' };
let workspace;
await call('workspaces.create', () => O.workspaces.create({ workspaceName: `Interop ${run}`, description: 'driven by the TS SDK', budgetLimitCents: 10000, enabledChains: [agentChain] }), (r) => {
  shape(r, workspaceShape);
  workspace = r;
});
await call('workspaces.list', () => O.workspaces.list(), (r) => {
  shape(r, { workspaces: 'array', count: 'number' });
  check(r.workspaces.some((w) => w.workspaceId === workspace.workspaceId), 'not listed');
});
await call('workspaces.get', () => O.workspaces.get(workspace.workspaceId), (r) => shape(r, workspaceShape));
await call('workspaces.update', () => O.workspaces.update(workspace.workspaceId, { description: 'updated', budgetLimitCents: 20000 }), (r) => {
  shape(r, workspaceShape);
  check(r.description === 'updated' && r.budgetLimitCents === 20000, JSON.stringify(r));
});
await call('workspaces.addAgent', () => O.workspaces.addAgent(workspace.workspaceId, { agentDID: agent.did, role: 'admin' }), (r) => {
  shape(r, { workspaceId: 'string', agentDID: 'string', role: 'string', addedAt: 'string' });
});
await call('workspaces.getAnalytics', () => O.workspaces.getAnalytics(workspace.workspaceId), (r) => {
  shape(r, { workspaceId: 'string', totalAgents: 'number', totalMemories: 'number', totalSpentUSD: 'string', totalOperations: 'number', operationsByType: 'object', periodStart: 'string', periodEnd: 'string' });
  check(r.totalAgents === 1 && r.totalOperations > 0, JSON.stringify(r));
});
await call('workspaces.getBudget', () => O.workspaces.getBudget(workspace.workspaceId), (r) => {
  shape(r, { workspaceId: 'string', budgetLimitCents: 'number', totalSpentCents: 'number', remainingCents: 'number', percentageUsed: 'number', agentBudgets: 'array' });
});
await call('workspaces.removeAgent', () => O.workspaces.removeAgent(workspace.workspaceId, agent.did));
await call('workspaces.delete', () => O.workspaces.delete(workspace.workspaceId), async () => {
  const after = await O.workspaces.get(workspace.workspaceId);
  check(after.enabled === false, 'still enabled');
});

// -- wallet (balances over the chain's JSON-RPC) --------------------------------------------------------

const balanceShape = { balance: 'number', balanceRaw: 'string', address: 'string', network: 'string' };
await call('wallet.getBalance', () => A.wallet.getBalance(), (r) => {
  shape(r, balanceShape);
  check(r.network === agentNetwork && r.balance > 0 && r.balance < 100, `balance ${JSON.stringify(r)}`);
});
await call('wallet.getOnrampUrl', () => A.wallet.getOnrampUrl({ amount: 10 }), (r) => check(r.startsWith('https://pay.coinbase.com/'), r));
await call('wallet.needsFunding', () => A.wallet.needsFunding({ threshold: 1 }), (r) => {
  shape(r, { needsFunding: 'boolean', balance: 'number', threshold: 'number', network: 'string', address: 'string' });
  check(r.needsFunding === false, JSON.stringify(r));
});
await call('wallet.getAllBalances', () => A.wallet.getAllBalances(), (r) => {
  check(Array.isArray(r) && r.length === 2, `balances ${JSON.stringify(r)}`);
  r.forEach((b, i) => shape(b, balanceShape, `balances[${i}]`));
});

// -- knowledge graph ------------------------------------------------------------------------------------

const subjectId = await A.deriveSubjectId(`customer-${run}`);
const subject = A.createSubjectContext(subjectId);
const entityShape = { key: 'string', name: 'string', type: 'string', summary: 'string', attributes: 'object', storageKey: 'string', validFrom: 'string', version: 'number' };
await call('graph.addEntity', () => A.graph.addEntity({ subject, name: 'Alice', type: 'person', summary: 'an engineer', attributes: { team: 'infra' } }), (r) => shape(r, entityShape));
await call('graph.addRelationship', async () => {
  await A.graph.addEntity({ subject, name: 'Acme', type: 'organization', summary: 'a company' });
  return A.graph.addRelationship({ subject, from: 'Alice', to: 'Acme', type: 'works_at', description: 'since 2020' });
}, (r) => shape(r, { fromKey: 'string', toKey: 'string', type: 'string', description: 'string', storageKey: 'string', version: 'number' }));
await call('graph.load', () => A.graph.load({ subject }), (r) => {
  check(r.entityCount === 2 && r.relationshipCount === 1, `entities ${r.entityCount}, relationships ${r.relationshipCount}`);
  check(r.entities.some((e) => e.name === 'Alice' && e.attributes.team === 'infra'), 'Alice not decrypted');
});
await call('graph.query', () => A.graph.query({ subject, startEntity: 'Alice', depth: 1 }), (r) => {
  check(r.entityCount === 2 && r.relationshipCount === 1, `entities ${r.entityCount}, relationships ${r.relationshipCount}`);
});
await call('graph.extract', () => A.graph.extract({ subject, trace: 'Bob joined Acme as a designer.', llmConfig: llm }), (r) => {
  shape(r, { entities: 'array', relationships: 'array', temporalUpdates: 'array', stored: 'number', receipts: 'array' });
  check(r.entities.some((e) => e.name === 'Bob') && r.relationships.length === 1 && r.stored >= 2, JSON.stringify(r).slice(0, 300));
  check(r.entities.every((e) => e.storageKey), 'entities without storageKey');
});
await call('graph.ask', () => A.graph.ask({ subject, question: 'Where does Alice work?', llmConfig: llm }), (r) => {
  shape(r, { answer: 'string', sources: 'array', confidence: 'number' });
  check(/Acme/.test(r.answer) && r.sources.some((s) => s.name === 'Alice'), JSON.stringify(r));
});
await call('graph.mergeEntities', () => A.graph.mergeEntities({ subject, sourceName: 'Bob', targetName: 'Alice' }), (r) => {
  shape(r, entityShape);
  check(r.name === 'Alice' && r.version === 2, JSON.stringify(r));
});
await call('graph.getEntityHistory', () => A.graph.getEntityHistory({ subject, name: 'Alice' }), (r) => {
  check(Array.isArray(r) && r.length === 2 && r[0].version === 1 && r[1].version === 2, `history ${JSON.stringify(r).slice(0, 300)}`);
});
await call('graph.getEntityAt', () => A.graph.getEntityAt({ subject, name: 'Alice', at: new Date().toISOString() }), (r) => {
  check(r !== null, 'no version valid now');
  shape(r, entityShape);
});
await call('graph.deriveEntityKey', () => A.graph.deriveEntityKey('Alice'), (r) => check(/^[0-9a-f]{64}$/.test(r), r));

// -- ephemeral ------------------------------------------------------------------------------------------

const ephemeralShape = { sessionKey: 'string', agentDID: 'string', status: 'string', window: 'number', maxWindows: 'number', ttlSeconds: 'number', createdAt: 'string', expiresAt: 'string', cumulativeCost: 'number', activeSlots: 'array', totalSize: 'number', slotSizes: 'object' };
let eph;
await call('ephemeral.createSession', () => A.ephemeral.createSession({ ttlSeconds: 600, maxWindows: 3, metadata: { run } }), (r) => {
  shape(r, ephemeralShape);
  eph = r;
});
await call('ephemeral.getSession', () => A.ephemeral.getSession(eph.sessionKey), (r) => {
  shape(r, ephemeralShape);
  check(r.status === 'active', r.status);
});
await call('ephemeral.writeSlot', async () => {
  await A.ephemeral.writeSlot(eph.sessionKey, 'facts', { user: 'prefers dark mode' });
  await A.ephemeral.writeSlot(eph.sessionKey, 'scratch', { note: 'temporary' });
});
await call('ephemeral.readSlot', () => A.ephemeral.readSlot(eph.sessionKey, 'facts'), (r) => assert.deepEqual(r, { user: 'prefers dark mode' }));
await call('ephemeral.readAllSlots', () => A.ephemeral.readAllSlots(eph.sessionKey), (r) => {
  check(TYPES.object(r) && r.facts && r.facts.user === 'prefers dark mode', JSON.stringify(r));
});
await call('ephemeral.clearSlot', () => A.ephemeral.clearSlot(eph.sessionKey, 'scratch'), async () => {
  const after = await A.ephemeral.readSlot(eph.sessionKey, 'scratch');
  check(Object.keys(after).length === 0, JSON.stringify(after));
});
await call('ephemeral.getStructured', () => A.ephemeral.getStructured(eph.sessionKey), (r) => {
  shape(r, { sessionKey: 'string', entities: 'array', relationships: 'array', summary: 'string' });
});
await call('ephemeral.exportSession', () => A.ephemeral.exportSession(eph.sessionKey, 'json'), (r) => check(r !== undefined && r !== null, 'nothing exported'));
await call('ephemeral.listSessions', () => A.ephemeral.listSessions({ status: 'active', limit: 10, offset: 0 }), (r) => {
  shape(r, { sessions: 'array', total: 'number', page: 'number', pageSize: 'number', totalPages: 'number' });
  check(r.sessions.some((s) => s.sessionKey === eph.sessionKey), 'not listed');
});
await call('ephemeral.getStats', () => A.ephemeral.getStats(), (r) => {
  shape(r, { activeSessions: 'number', totalSessions: 'number', todaySpend: 'number', avgDurationMinutes: 'number', promoteRate: 'number', totalPromoted: 'number' });
});
await call('ephemeral.renewSession', () => A.ephemeral.renewSession(eph.sessionKey), (r) => {
  shape(r, ephemeralShape);
  check(r.window === 2, `window ${r.window}`);
});
await call('ephemeral.promoteSession', () => A.ephemeral.promoteSession(eph.sessionKey), (r) => {
  shape(r, { memoriesCreated: 'number', memoryIds: 'array', receiptId: 'string?' });
  check(r.memoriesCreated >= 1, JSON.stringify(r));
});
await call('ephemeral.terminateSession', async () => {
  const other = await A.ephemeral.createSession({ ttlSeconds: 300 });
  await A.ephemeral.terminateSession(other.sessionKey);
  const after = await A.ephemeral.getSession(other.sessionKey);
  check(after === null || after.status === 'terminated', JSON.stringify(after));
});

// -- the same methods with the other argument forms users pass ("<method> [variant]") ---------------------

const today = new Date().toISOString().slice(0, 10);
await call('memory.store [immediate anchoring, expiry, subject]', () =>
  A.memory.store({
    data: { note: 'anchored now' },
    storageTier: 'cold',
    context,
    anchoring: 'immediate',
    expiresAt: new Date(Date.now() + 86400000).toISOString(),
    subject: A.createSegmentContext('enterprise'),
  }),
  (r) => {
    shape(r, { storageKey: 'string', storageTier: 'string', size: 'number', receiptId: 'string' });
    storageKey = r.storageKey;
  });
await call('memory.retrieve [immediate anchoring, subject access]', () =>
  A.memory.retrieve({ storageKey, anchoring: 'immediate', subject: { ...A.createSegmentContext('enterprise'), includeSegment: true, includeGlobal: true } }),
  (r) => assert.deepEqual(r.data, { note: 'anchored now' }));
await call('memory.list [no options]', () => A.memory.list(), (r) => {
  shape(r, { memories: 'array', total: 'number', limit: 'number', offset: 'number' });
  check(r.total > 0, 'empty');
});
await call('memory.list [tier, sort, paging, segment]', () =>
  A.memory.list({ tier: 'cold', sortBy: 'created', limit: 5, offset: 0, scope: 'SEGMENT', segmentId: 'enterprise' }),
  (r) => check(r.memories.some((m) => m.storage_key === storageKey), 'the segment memory is not listed'));
await call('memory.probe [category, scope]', () => A.memory.probe({ query: 'anchored now', category: 'fact', limit: 3, scope: { scope: 'SEGMENT', includeGlobal: true } }), (r) => {
  shape(r, { matches: 'array', total: 'number' });
});
await call('collective.query [immediate anchoring]', () => A.collective.query({ queryText: 'jittered backoff retries', anchoring: 'immediate' }), (r) => {
  shape(r, { matches: 'array', totalCost: 'string', royaltiesUSD: 'string', receiptId: 'string' });
});
await call('collective.listHeuristics [no options]', () => A.collective.listHeuristics(), (r) => {
  shape(r, { heuristics: 'array', total: 'number', limit: 'number', offset: 'number' });
});
await call('receipts.list [defaults]', () => A.receipts.list(), (r) => shape(r, { receipts: 'array', total: 'number', limit: 'number', offset: 'number' }));
await call('receipts.getAnalytics [date range]', () => A.receipts.getAnalytics({ startDate: today, endDate: new Date().toISOString() }), (r) => {
  shape(r, { operations: 'array', totalSpent: 'string', period: 'object' });
  check(r.operations.length > 0, 'nothing in the range of today');
});
await call('receipts.listAnchors [time range]', () =>
  A.receipts.listAnchors({ from: new Date(Date.now() - 3600000).toISOString(), to: new Date(Date.now() + 3600000).toISOString(), limit: 10 }),
  (r) => {
    shape(r, { anchors: 'array', total: 'number', period: 'object' });
    check(r.anchors.length > 0, 'no anchor in the last hour');
  });
await call('budget.updateFleetCap [remove]', () => O.budget.updateFleetCap(null), (r) => {
  shape(r, { ownerDID: 'string', updated: 'boolean' });
  check(r.fleetBudgetCapCents === null, JSON.stringify(r));
});
await call('identity.processClaimRequest [reject]', async () => {
  await O.identity.submitClaimRequest({ agentDID: spare.did, webhookUrl: 'https://example.com/hook' });
  return S.identity.processClaimRequest({ ownerDID: ownerDid, approved: false, rejectionReason: 'not mine' });
}, (r) => check(r.status === 'rejected', JSON.stringify(r)));
await call('sessions.validate [no options]', () => A.sessions.validate(A.sessions.getCurrentSessionId(), agentSigner.address), (r) => {
  check(r.valid === true, JSON.stringify(r));
});
await call('ephemeral.createSession [no options]', () => A.ephemeral.createSession(), (r) => {
  shape(r, ephemeralShape);
  eph = r;
});
await call('ephemeral.exportSession [markdown]', () => A.ephemeral.exportSession(eph.sessionKey, 'markdown'), (r) => check(r !== undefined && r !== null, 'nothing exported'));
await call('ephemeral.exportSession [audit]', () => A.ephemeral.exportSession(eph.sessionKey, 'audit'), (r) => check(r !== undefined && r !== null, 'nothing exported'));
await call('ephemeral.listSessions [no options]', () => A.ephemeral.listSessions(), (r) => {
  shape(r, { sessions: 'array', total: 'number', page: 'number', pageSize: 'number', totalPages: 'number' });
  check(r.total >= 2, `total ${r.total}`);
});
await call('wallet.getBalance [mainnet]', () => A.wallet.getBalance(family === 'evm' ? 'base' : 'solana'), (r) => shape(r, balanceShape));
await call('workspaces.create [name only]', () => O.workspaces.create({ workspaceName: `Minimal ${run}` }), (r) => shape(r, workspaceShape));

// -- last: purge the graph's subject, delete an identity ------------------------------------------------

await call('owner.purgeSubject', () => O.owner.purgeSubject({ subjectId, deleteReceipts: false }), (r) => {
  shape(r, { subjectId: 'string', memoriesDeleted: 'number' });
  check(r.memoriesDeleted >= 3, `deleted ${r.memoriesDeleted}`);
});
await call('owner.purgeSubject [with receipts]', async () => {
  const other = A.createSubjectContext(await A.deriveSubjectId(`second-customer-${run}`));
  await A.memory.store({ data: { n: 2 }, storageTier: 'hot', subject: other });
  return O.owner.purgeSubject({ subjectId: other.subjectId, deleteReceipts: true });
}, (r) => {
  shape(r, { subjectId: 'string', memoriesDeleted: 'number', receiptsDeleted: 'number' });
  check(r.memoriesDeleted === 1 && r.receiptsDeleted === 1, JSON.stringify(r));
});
await call('identity.delete', () => S.identity.delete(spare.did), (r) => shape(r, { message: 'string' }));

// ---------------------------------------------------------------------------------------------------------
// Every public method of every service must have been driven: the SDK's declarations say which are public.

const declarations = fs.readFileSync(path.join(SDK, 'dist', 'index.d.mts'), 'utf8');
const SERVICES = {
  identity: 'IdentityService', memory: 'MemoryService', collective: 'CollectiveService', budget: 'BudgetService',
  receipts: 'ReceiptService', reputation: 'ReputationService', extraction: 'ExtractionService',
  facilitators: 'FacilitatorService', sessions: 'SessionService', royalty: 'RoyaltyService',
  workspaces: 'WorkspaceService', owner: 'OwnerService', wallet: 'WalletService', graph: 'GraphService',
  ephemeral: 'EphemeralService', autoContribute: 'AutoContributeService',
};
const publicMethods = [];
for (const [prop, cls] of Object.entries(SERVICES)) {
  const body = declarations.split(`declare class ${cls} {`)[1]?.split('\n}')[0];
  if (!body) throw new Error(`${cls} is not declared in dist/index.d.mts`);
  for (const m of body.matchAll(/^ {4}([A-Za-z0-9_]+)(?:<[^>]*>)?\(/gm)) {
    if (m[1] !== 'constructor') publicMethods.push(`${prop}.${m[1]}`);
  }
}
// a service the client has and this driver does not know of
const unknownServices = Object.values(A)
  .map((v) => v && v.constructor && v.constructor.name)
  .filter((name) => /Service$/.test(name || '') && !Object.values(SERVICES).includes(name));
const driven = new Set(results.map((r) => r.name.split(' ')[0]));
const output = {
  sdkVersion: sdkPkg.version,
  family,
  agent: agent.did,
  owner: ownerDid,
  publicMethods,
  notDriven: publicMethods.filter((m) => !driven.has(m)),
  notPublic: [...driven].filter((m) => !publicMethods.includes(m)),
  unknownServices,
  internetRefused: exchanges.filter((e) => e.status === 'refused-internet').map((e) => e.url),
  redirectedRpc: [...new Set(exchanges.filter((e) => e.to).map((e) => `${e.url} -> ${e.to}`))],
  calls: results,
};
fs.writeFileSync(cfg.out, JSON.stringify(output, null, 1));
process.exit(0);
