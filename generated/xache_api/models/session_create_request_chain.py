from typing import Literal

SessionCreateRequestChain = Literal["evm", "solana"]

SESSION_CREATE_REQUEST_CHAIN_VALUES: set[SessionCreateRequestChain] = {
    "evm",
    "solana",
}


def check_session_create_request_chain(value: str) -> SessionCreateRequestChain:
    if value in SESSION_CREATE_REQUEST_CHAIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_CREATE_REQUEST_CHAIN_VALUES!r}"
    )
