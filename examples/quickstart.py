"""The founding example: register an agent, store an encrypted memory, query the collective.

Run it with ``make demo`` (which starts a local sandbox and sets the variables below), or point it at any
Xache server with XACHE_API_URL, XACHE_DID, XACHE_PRIVATE_KEY and XACHE_WALLET.
"""

import asyncio
import os

from xache_ext import XacheClient

API_URL = os.environ["XACHE_API_URL"]
DID = os.environ["XACHE_DID"]
PRIVATE_KEY = os.environ["XACHE_PRIVATE_KEY"]
WALLET = os.environ["XACHE_WALLET"]


async def main() -> None:
    async with XacheClient(api_url=API_URL, did=DID, private_key=PRIVATE_KEY) as client:
        identity = await client.identity.register(wallet_address=WALLET, key_type="evm", chain="base")
        print(f"DID: {identity.did}")
        memory = await client.memory.store(data={"key": "value"}, storage_tier="hot")
        print(f"Memory ID: {memory.memory_id}")
        results = await client.collective.query(
            query_text="How to optimize gas usage", domain="ethereum", limit=10
        )
        print(f"Matches: {len(results.matches)}")


if __name__ == "__main__":
    asyncio.run(main())
