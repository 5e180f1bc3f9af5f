from typing import Literal

IdentityRegisterRequestKeyType = Literal["evm", "solana"]

IDENTITY_REGISTER_REQUEST_KEY_TYPE_VALUES: set[IdentityRegisterRequestKeyType] = {
    "evm",
    "solana",
}


def check_identity_register_request_key_type(
    value: str,
) -> IdentityRegisterRequestKeyType:
    if value in IDENTITY_REGISTER_REQUEST_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDENTITY_REGISTER_REQUEST_KEY_TYPE_VALUES!r}"
    )
