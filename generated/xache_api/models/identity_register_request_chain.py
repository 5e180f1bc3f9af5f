from typing import Literal

IdentityRegisterRequestChain = Literal["base", "solana"]

IDENTITY_REGISTER_REQUEST_CHAIN_VALUES: set[IdentityRegisterRequestChain] = {
    "base",
    "solana",
}


def check_identity_register_request_chain(value: str) -> IdentityRegisterRequestChain:
    if value in IDENTITY_REGISTER_REQUEST_CHAIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDENTITY_REGISTER_REQUEST_CHAIN_VALUES!r}"
    )
