from typing import Literal

ExportEphemeralSessionFormat = Literal["audit", "json", "markdown"]

EXPORT_EPHEMERAL_SESSION_FORMAT_VALUES: set[ExportEphemeralSessionFormat] = {
    "audit",
    "json",
    "markdown",
}


def check_export_ephemeral_session_format(value: str) -> ExportEphemeralSessionFormat:
    if value in EXPORT_EPHEMERAL_SESSION_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_EPHEMERAL_SESSION_FORMAT_VALUES!r}"
    )
