from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Eip712Domain")


@_attrs_define
class Eip712Domain:
    """
    Attributes:
        name (str):
        version (str):
        chain_id (Any): Chain id (8453 or 84532; number or string).
        verifying_contract (str):
    """

    name: str
    version: str
    chain_id: Any
    verifying_contract: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        chain_id = self.chain_id

        verifying_contract = self.verifying_contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "chainId": chain_id,
                "verifyingContract": verifying_contract,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        chain_id = d.pop("chainId")

        verifying_contract = d.pop("verifyingContract")

        eip_712_domain = cls(
            name=name,
            version=version,
            chain_id=chain_id,
            verifying_contract=verifying_contract,
        )

        eip_712_domain.additional_properties = d
        return eip_712_domain

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
