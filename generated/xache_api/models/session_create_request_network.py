from typing import Literal

SessionCreateRequestNetwork = Literal["base", "base-sepolia", "solana", "solana-devnet"]

SESSION_CREATE_REQUEST_NETWORK_VALUES: set[SessionCreateRequestNetwork] = {
    "base",
    "base-sepolia",
    "solana",
    "solana-devnet",
}


def check_session_create_request_network(value: str) -> SessionCreateRequestNetwork:
    if value in SESSION_CREATE_REQUEST_NETWORK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_CREATE_REQUEST_NETWORK_VALUES!r}"
    )
