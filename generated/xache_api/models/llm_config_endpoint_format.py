from typing import Literal

LlmConfigEndpointFormat = Literal["anthropic", "cohere", "openai"]

LLM_CONFIG_ENDPOINT_FORMAT_VALUES: set[LlmConfigEndpointFormat] = {
    "anthropic",
    "cohere",
    "openai",
}


def check_llm_config_endpoint_format(value: str) -> LlmConfigEndpointFormat:
    if value in LLM_CONFIG_ENDPOINT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_CONFIG_ENDPOINT_FORMAT_VALUES!r}"
    )
