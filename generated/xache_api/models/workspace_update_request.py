from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_update_request_enabled_chains_item import (
    WorkspaceUpdateRequestEnabledChainsItem,
    check_workspace_update_request_enabled_chains_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceUpdateRequest")


@_attrs_define
class WorkspaceUpdateRequest:
    """
    Attributes:
        workspace_name (str | Unset): Workspace name. No SDK states a limit: 256 characters is generous for a display
            name.
        description (str | Unset): Workspace description. No SDK states a limit: 2,000 characters is generous.
        budget_limit_cents (int | Unset):
        enabled_chains (list[WorkspaceUpdateRequestEnabledChainsItem] | Unset): Chains enabled for the workspace, each
            at most once.
        enabled (bool | Unset):
    """

    workspace_name: str | Unset = UNSET
    description: str | Unset = UNSET
    budget_limit_cents: int | Unset = UNSET
    enabled_chains: list[WorkspaceUpdateRequestEnabledChainsItem] | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_name = self.workspace_name

        description = self.description

        budget_limit_cents = self.budget_limit_cents

        enabled_chains: list[str] | Unset = UNSET
        if not isinstance(self.enabled_chains, Unset):
            enabled_chains = []
            for enabled_chains_item_data in self.enabled_chains:
                enabled_chains_item: str = enabled_chains_item_data
                enabled_chains.append(enabled_chains_item)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name
        if description is not UNSET:
            field_dict["description"] = description
        if budget_limit_cents is not UNSET:
            field_dict["budgetLimitCents"] = budget_limit_cents
        if enabled_chains is not UNSET:
            field_dict["enabledChains"] = enabled_chains
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_name = d.pop("workspaceName", UNSET)

        description = d.pop("description", UNSET)

        budget_limit_cents = d.pop("budgetLimitCents", UNSET)

        _enabled_chains = d.pop("enabledChains", UNSET)
        enabled_chains: list[WorkspaceUpdateRequestEnabledChainsItem] | Unset = UNSET
        if _enabled_chains is not UNSET:
            enabled_chains = []
            for enabled_chains_item_data in _enabled_chains:
                enabled_chains_item = (
                    check_workspace_update_request_enabled_chains_item(
                        enabled_chains_item_data
                    )
                )

                enabled_chains.append(enabled_chains_item)

        enabled = d.pop("enabled", UNSET)

        workspace_update_request = cls(
            workspace_name=workspace_name,
            description=description,
            budget_limit_cents=budget_limit_cents,
            enabled_chains=enabled_chains,
            enabled=enabled,
        )

        workspace_update_request.additional_properties = d
        return workspace_update_request

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
