from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnerUpdateRequest")


@_attrs_define
class OwnerUpdateRequest:
    """
    Attributes:
        display_name (str | Unset): Display name. No SDK states a limit: 256 characters is generous for a display name.
        organization_name (str | Unset): Organization name. No SDK states a limit: 256 characters is generous for a
            display name.
        email (str | Unset): Contact email: `local@domain`, at most 254 characters (the SMTP limit of RFC 5321; no SDK
            checks it).
    """

    display_name: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        organization_name = self.organization_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        organization_name = d.pop("organizationName", UNSET)

        email = d.pop("email", UNSET)

        owner_update_request = cls(
            display_name=display_name,
            organization_name=organization_name,
            email=email,
        )

        owner_update_request.additional_properties = d
        return owner_update_request

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
