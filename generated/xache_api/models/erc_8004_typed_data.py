from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eip_712_domain import Eip712Domain
    from ..models.erc_8004_feedback_auth_message import Erc8004FeedbackAuthMessage
    from ..models.erc_8004_typed_data_types import Erc8004TypedDataTypes


T = TypeVar("T", bound="Erc8004TypedData")


@_attrs_define
class Erc8004TypedData:
    """EIP-712 typed data the wallet must sign.

    Attributes:
        domain (Eip712Domain):
        types (Erc8004TypedDataTypes):
        primary_type (str): `FeedbackAuth`.
        message (Erc8004FeedbackAuthMessage): All values are decimal/hex strings.
    """

    domain: Eip712Domain
    types: Erc8004TypedDataTypes
    primary_type: str
    message: Erc8004FeedbackAuthMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain.to_dict()

        types = self.types.to_dict()

        primary_type = self.primary_type

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "types": types,
                "primaryType": primary_type,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.eip_712_domain import Eip712Domain
        from ..models.erc_8004_feedback_auth_message import Erc8004FeedbackAuthMessage
        from ..models.erc_8004_typed_data_types import Erc8004TypedDataTypes

        d = dict(src_dict)
        domain = Eip712Domain.from_dict(d.pop("domain"))

        types = Erc8004TypedDataTypes.from_dict(d.pop("types"))

        primary_type = d.pop("primaryType")

        message = Erc8004FeedbackAuthMessage.from_dict(d.pop("message"))

        erc_8004_typed_data = cls(
            domain=domain,
            types=types,
            primary_type=primary_type,
            message=message,
        )

        erc_8004_typed_data.additional_properties = d
        return erc_8004_typed_data

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
