from typing import Literal

MemoryProbeRequestVersion = Literal[1]

MEMORY_PROBE_REQUEST_VERSION_VALUES: set[MemoryProbeRequestVersion] = {
    1,
}


def check_memory_probe_request_version(value: int) -> MemoryProbeRequestVersion:
    if value in MEMORY_PROBE_REQUEST_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_PROBE_REQUEST_VERSION_VALUES!r}"
    )
