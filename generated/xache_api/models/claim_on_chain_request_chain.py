from typing import Literal

ClaimOnChainRequestChain = Literal["base", "solana"]

CLAIM_ON_CHAIN_REQUEST_CHAIN_VALUES: set[ClaimOnChainRequestChain] = {
    "base",
    "solana",
}


def check_claim_on_chain_request_chain(value: str) -> ClaimOnChainRequestChain:
    if value in CLAIM_ON_CHAIN_REQUEST_CHAIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_ON_CHAIN_REQUEST_CHAIN_VALUES!r}"
    )
