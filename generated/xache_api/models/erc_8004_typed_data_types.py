from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eip_712_type_field import Eip712TypeField


T = TypeVar("T", bound="Erc8004TypedDataTypes")


@_attrs_define
class Erc8004TypedDataTypes:
    """
    Attributes:
        eip712_domain (list[Eip712TypeField] | Unset):
        feedback_auth (list[Eip712TypeField] | Unset):
    """

    eip712_domain: list[Eip712TypeField] | Unset = UNSET
    feedback_auth: list[Eip712TypeField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eip712_domain: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.eip712_domain, Unset):
            eip712_domain = []
            for eip712_domain_item_data in self.eip712_domain:
                eip712_domain_item = eip712_domain_item_data.to_dict()
                eip712_domain.append(eip712_domain_item)

        feedback_auth: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feedback_auth, Unset):
            feedback_auth = []
            for feedback_auth_item_data in self.feedback_auth:
                feedback_auth_item = feedback_auth_item_data.to_dict()
                feedback_auth.append(feedback_auth_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eip712_domain is not UNSET:
            field_dict["EIP712Domain"] = eip712_domain
        if feedback_auth is not UNSET:
            field_dict["FeedbackAuth"] = feedback_auth

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.eip_712_type_field import Eip712TypeField

        d = dict(src_dict)
        _eip712_domain = d.pop("EIP712Domain", UNSET)
        eip712_domain: list[Eip712TypeField] | Unset = UNSET
        if _eip712_domain is not UNSET:
            eip712_domain = []
            for eip712_domain_item_data in _eip712_domain:
                eip712_domain_item = Eip712TypeField.from_dict(eip712_domain_item_data)

                eip712_domain.append(eip712_domain_item)

        _feedback_auth = d.pop("FeedbackAuth", UNSET)
        feedback_auth: list[Eip712TypeField] | Unset = UNSET
        if _feedback_auth is not UNSET:
            feedback_auth = []
            for feedback_auth_item_data in _feedback_auth:
                feedback_auth_item = Eip712TypeField.from_dict(feedback_auth_item_data)

                feedback_auth.append(feedback_auth_item)

        erc_8004_typed_data_types = cls(
            eip712_domain=eip712_domain,
            feedback_auth=feedback_auth,
        )

        erc_8004_typed_data_types.additional_properties = d
        return erc_8004_typed_data_types

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
