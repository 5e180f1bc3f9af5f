from typing import Literal

OwnerRegisterRequestWalletChain = Literal["evm", "solana"]

OWNER_REGISTER_REQUEST_WALLET_CHAIN_VALUES: set[OwnerRegisterRequestWalletChain] = {
    "evm",
    "solana",
}


def check_owner_register_request_wallet_chain(
    value: str,
) -> OwnerRegisterRequestWalletChain:
    if value in OWNER_REGISTER_REQUEST_WALLET_CHAIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OWNER_REGISTER_REQUEST_WALLET_CHAIN_VALUES!r}"
    )
