from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_config_xache_managed_provider import (
    LlmConfigXacheManagedProvider,
    check_llm_config_xache_managed_provider,
)
from ..models.llm_config_xache_managed_type import (
    LlmConfigXacheManagedType,
    check_llm_config_xache_managed_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LlmConfigXacheManaged")


@_attrs_define
class LlmConfigXacheManaged:
    """
    Attributes:
        type_ (LlmConfigXacheManagedType): Xache-managed LLM (priced higher; traces must be PII-scrubbed).
        provider (LlmConfigXacheManagedProvider | Unset):
        model (str | Unset): Model name. No SDK states a limit: 256 characters.
    """

    type_: LlmConfigXacheManagedType
    provider: LlmConfigXacheManagedProvider | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_llm_config_xache_managed_type(d.pop("type"))

        _provider = d.pop("provider", UNSET)
        provider: LlmConfigXacheManagedProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_llm_config_xache_managed_provider(_provider)

        model = d.pop("model", UNSET)

        llm_config_xache_managed = cls(
            type_=type_,
            provider=provider,
            model=model,
        )

        llm_config_xache_managed.additional_properties = d
        return llm_config_xache_managed

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
