from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_config_endpoint_format import (
    LlmConfigEndpointFormat,
    check_llm_config_endpoint_format,
)
from ..models.llm_config_endpoint_type import (
    LlmConfigEndpointType,
    check_llm_config_endpoint_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LlmConfigEndpoint")


@_attrs_define
class LlmConfigEndpoint:
    """
    Attributes:
        type_ (LlmConfigEndpointType): Custom LLM endpoint.
        url (str): The endpoint, an http(s) URL of at most 2,048 characters (no SDK limit; the usual URL limit).
        auth_token (str | Unset): Sent by the server as a Bearer token. No SDK states a limit: 8,192 characters (room
            for a JWT).
        model (str | Unset): Model name. No SDK states a limit: 256 characters.
        format_ (LlmConfigEndpointFormat | Unset): Endpoint API format (server default `openai`).
    """

    type_: LlmConfigEndpointType
    url: str
    auth_token: str | Unset = UNSET
    model: str | Unset = UNSET
    format_: LlmConfigEndpointFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url = self.url

        auth_token = self.auth_token

        model = self.model

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if auth_token is not UNSET:
            field_dict["authToken"] = auth_token
        if model is not UNSET:
            field_dict["model"] = model
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_llm_config_endpoint_type(d.pop("type"))

        url = d.pop("url")

        auth_token = d.pop("authToken", UNSET)

        model = d.pop("model", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: LlmConfigEndpointFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_llm_config_endpoint_format(_format_)

        llm_config_endpoint = cls(
            type_=type_,
            url=url,
            auth_token=auth_token,
            model=model,
            format_=format_,
        )

        llm_config_endpoint.additional_properties = d
        return llm_config_endpoint

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
