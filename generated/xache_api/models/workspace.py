from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """
    Attributes:
        workspace_id (str): e.g. `ws_…`.
        owner_did (str):
        workspace_name (str):
        enabled (bool):
        created_at (str):
        updated_at (str):
        description (None | str | Unset):
        budget_limit_cents (int | None | Unset):
        enabled_chains (list[str] | Unset):
    """

    workspace_id: str
    owner_did: str
    workspace_name: str
    enabled: bool
    created_at: str
    updated_at: str
    description: None | str | Unset = UNSET
    budget_limit_cents: int | None | Unset = UNSET
    enabled_chains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        owner_did = self.owner_did

        workspace_name = self.workspace_name

        enabled = self.enabled

        created_at = self.created_at

        updated_at = self.updated_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        budget_limit_cents: int | None | Unset
        if isinstance(self.budget_limit_cents, Unset):
            budget_limit_cents = UNSET
        else:
            budget_limit_cents = self.budget_limit_cents

        enabled_chains: list[str] | Unset = UNSET
        if not isinstance(self.enabled_chains, Unset):
            enabled_chains = self.enabled_chains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
                "ownerDID": owner_did,
                "workspaceName": workspace_name,
                "enabled": enabled,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if budget_limit_cents is not UNSET:
            field_dict["budgetLimitCents"] = budget_limit_cents
        if enabled_chains is not UNSET:
            field_dict["enabledChains"] = enabled_chains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        owner_did = d.pop("ownerDID")

        workspace_name = d.pop("workspaceName")

        enabled = d.pop("enabled")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_budget_limit_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        budget_limit_cents = _parse_budget_limit_cents(d.pop("budgetLimitCents", UNSET))

        enabled_chains = cast(list[str], d.pop("enabledChains", UNSET))

        workspace = cls(
            workspace_id=workspace_id,
            owner_did=owner_did,
            workspace_name=workspace_name,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            budget_limit_cents=budget_limit_cents,
            enabled_chains=enabled_chains,
        )

        workspace.additional_properties = d
        return workspace

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
