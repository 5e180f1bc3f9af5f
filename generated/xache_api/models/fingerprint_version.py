from typing import Literal

FingerprintVersion = Literal[1]

FINGERPRINT_VERSION_VALUES: set[FingerprintVersion] = {
    1,
}


def check_fingerprint_version(value: int) -> FingerprintVersion:
    if value in FINGERPRINT_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINGERPRINT_VERSION_VALUES!r}"
    )
