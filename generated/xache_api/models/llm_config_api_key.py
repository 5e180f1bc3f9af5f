from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_config_api_key_provider import (
    LlmConfigApiKeyProvider,
    check_llm_config_api_key_provider,
)
from ..models.llm_config_api_key_type import (
    LlmConfigApiKeyType,
    check_llm_config_api_key_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LlmConfigApiKey")


@_attrs_define
class LlmConfigApiKey:
    """
    Attributes:
        type_ (LlmConfigApiKeyType): Bring your own provider API key.
        provider (LlmConfigApiKeyProvider):
        api_key (str): The provider API key. No SDK states a limit: 1,024 characters is generous.
        model (str | Unset): Model name. No SDK states a limit: 256 characters.
    """

    type_: LlmConfigApiKeyType
    provider: LlmConfigApiKeyProvider
    api_key: str
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        provider: str = self.provider

        api_key = self.api_key

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "provider": provider,
                "apiKey": api_key,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_llm_config_api_key_type(d.pop("type"))

        provider = check_llm_config_api_key_provider(d.pop("provider"))

        api_key = d.pop("apiKey")

        model = d.pop("model", UNSET)

        llm_config_api_key = cls(
            type_=type_,
            provider=provider,
            api_key=api_key,
            model=model,
        )

        llm_config_api_key.additional_properties = d
        return llm_config_api_key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
