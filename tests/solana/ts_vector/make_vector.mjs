// Regenerates ../vectors/exact-svm-ts.json with the official TypeScript SDK's own libraries
// (@solana/web3.js ^1.87, @solana/spl-token ^0.3.11, the versions of xache-protocol 5.13.0), calling them the
// way its SolanaPaymentHandler.createPaymentPayload does, on fixed inputs (ed25519 is deterministic).
// Usage: npm install '@solana/web3.js@^1.87.0' '@solana/spl-token@^0.3.11' && node make_vector.mjs > out.json
import { createHash } from 'node:crypto';
import {
  ComputeBudgetProgram, Keypair, PublicKey, TransactionMessage, VersionedTransaction,
} from '@solana/web3.js';
import { createTransferCheckedInstruction, getAssociatedTokenAddress, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import bs58 from 'bs58';

const seed = (label) => createHash('sha256').update(label).digest();
const key = (label) => Keypair.fromSeed(seed(label));

async function build(c) {
  const agent = key(c.agent);
  const mint = new PublicKey(c.asset);
  const payTo = new PublicKey(c.payTo);
  const feePayer = new PublicKey(c.feePayer);
  const source = await getAssociatedTokenAddress(mint, agent.publicKey, false, TOKEN_PROGRAM_ID);
  const destination = await getAssociatedTokenAddress(mint, payTo, false, TOKEN_PROGRAM_ID);
  const instructions = [
    ComputeBudgetProgram.setComputeUnitLimit({ units: 200_000 }),
    ComputeBudgetProgram.setComputeUnitPrice({ microLamports: 1_000 }),
    createTransferCheckedInstruction(source, mint, destination, agent.publicKey, BigInt(c.amount), 6, [],
      TOKEN_PROGRAM_ID),
  ];
  const message = new TransactionMessage({ payerKey: feePayer, recentBlockhash: c.blockhash, instructions })
    .compileToV0Message();
  const tx = new VersionedTransaction(message);
  tx.sign([agent]);
  const transaction = Buffer.from(tx.serialize()).toString('base64');
  const payload = {
    x402Version: 2,
    paymentPayload: { scheme: 'exact', network: c.network, payload: { transaction } },
    paymentRequirements: {
      scheme: 'exact', network: c.network, maxAmountRequired: c.amount, resource: c.resource,
      description: 'Payment required', mimeType: 'application/json', payTo: c.payTo, maxTimeoutSeconds: 120,
      asset: c.asset,
    },
  };
  return {
    ...c,
    agentSeedHex: seed(c.agent).toString('hex'),
    agentAddress: agent.publicKey.toBase58(),
    sourceAta: source.toBase58(),
    destinationAta: destination.toBase58(),
    transaction,
    header: Buffer.from(JSON.stringify(payload)).toString('base64'),
  };
}

const devnet = '4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU';
const mainnet = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const cases = [
  { agent: 'xache-vector-agent-1', network: 'solana-devnet', asset: devnet, amount: '2000',
    payTo: Keypair.fromSeed(seed('xache-vector-payto')).publicKey.toBase58(),
    feePayer: Keypair.fromSeed(seed('xache-vector-feepayer')).publicKey.toBase58(),
    blockhash: bs58.encode(seed('xache-vector-blockhash-1')),
    resource: 'http://127.0.0.1:8787/v1/memory/store' },
  { agent: 'xache-vector-agent-2', network: 'solana', asset: mainnet, amount: '11000',
    payTo: Keypair.fromSeed(seed('xache-vector-payto-2')).publicKey.toBase58(),
    feePayer: Keypair.fromSeed(seed('xache-vector-feepayer-2')).publicKey.toBase58(),
    blockhash: bs58.encode(seed('xache-vector-blockhash-2')),
    resource: 'https://api.xache.xyz/v1/collective/query' },
  { agent: 'xache-vector-agent-3', network: 'solana-devnet', asset: devnet, amount: '18446744073709551615',
    payTo: Keypair.fromSeed(seed('xache-vector-payto-3')).publicKey.toBase58(),
    feePayer: Keypair.fromSeed(seed('xache-vector-feepayer-3')).publicKey.toBase58(),
    blockhash: bs58.encode(seed('xache-vector-blockhash-3')),
    resource: '' },
];
const out = [];
for (const c of cases) out.push(await build(c));
console.log(JSON.stringify({ generator: 'tests/solana/ts_vector/make_vector.mjs', cases: out }, null, 2));
