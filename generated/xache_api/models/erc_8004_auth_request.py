from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.erc_8004_authorization import Erc8004Authorization
    from ..models.erc_8004_typed_data import Erc8004TypedData


T = TypeVar("T", bound="Erc8004AuthRequest")


@_attrs_define
class Erc8004AuthRequest:
    """
    Attributes:
        typed_data (Erc8004TypedData): EIP-712 typed data the wallet must sign.
        authorization (Erc8004Authorization): ERC-8004 feedback authorization (numbers as numbers).
    """

    typed_data: Erc8004TypedData
    authorization: Erc8004Authorization
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        typed_data = self.typed_data.to_dict()

        authorization = self.authorization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "typedData": typed_data,
                "authorization": authorization,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.erc_8004_authorization import Erc8004Authorization
        from ..models.erc_8004_typed_data import Erc8004TypedData

        d = dict(src_dict)
        typed_data = Erc8004TypedData.from_dict(d.pop("typedData"))

        authorization = Erc8004Authorization.from_dict(d.pop("authorization"))

        erc_8004_auth_request = cls(
            typed_data=typed_data,
            authorization=authorization,
        )

        erc_8004_auth_request.additional_properties = d
        return erc_8004_auth_request

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
