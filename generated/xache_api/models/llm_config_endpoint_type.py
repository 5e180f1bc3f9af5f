from typing import Literal

LlmConfigEndpointType = Literal["endpoint"]

LLM_CONFIG_ENDPOINT_TYPE_VALUES: set[LlmConfigEndpointType] = {
    "endpoint",
}


def check_llm_config_endpoint_type(value: str) -> LlmConfigEndpointType:
    if value in LLM_CONFIG_ENDPOINT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_CONFIG_ENDPOINT_TYPE_VALUES!r}"
    )
