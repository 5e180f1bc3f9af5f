from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.erc_8004_authorize_request_network import (
    Erc8004AuthorizeRequestNetwork,
    check_erc_8004_authorize_request_network,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.erc_8004_authorization import Erc8004Authorization


T = TypeVar("T", bound="Erc8004AuthorizeRequest")


@_attrs_define
class Erc8004AuthorizeRequest:
    """
    Attributes:
        authorization (Erc8004Authorization): ERC-8004 feedback authorization (numbers as numbers).
        signature (str): EIP-712 signature over `typedData`: `0x` + 65 bytes in hex (130 digits), or the 64-byte compact
            form (EIP-2098).
        network (Erc8004AuthorizeRequestNetwork | Unset): Network (SDK default `base-sepolia`).
    """

    authorization: Erc8004Authorization
    signature: str
    network: Erc8004AuthorizeRequestNetwork | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization = self.authorization.to_dict()

        signature = self.signature

        network: str | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorization": authorization,
                "signature": signature,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.erc_8004_authorization import Erc8004Authorization

        d = dict(src_dict)
        authorization = Erc8004Authorization.from_dict(d.pop("authorization"))

        signature = d.pop("signature")

        _network = d.pop("network", UNSET)
        network: Erc8004AuthorizeRequestNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = check_erc_8004_authorize_request_network(_network)

        erc_8004_authorize_request = cls(
            authorization=authorization,
            signature=signature,
            network=network,
        )

        erc_8004_authorize_request.additional_properties = d
        return erc_8004_authorize_request

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
