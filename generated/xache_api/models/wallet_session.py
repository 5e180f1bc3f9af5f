from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletSession")


@_attrs_define
class WalletSession:
    """
    Attributes:
        session_id (str):
        wallet_address (str):
        chain (str): `evm` or `solana`.
        network (str):
        created_at (int): Unix milliseconds.
        expires_at (int): Unix milliseconds.
        scope (list[str]):
        max_amount (str | Unset): Atomic units.
        amount_spent (str | Unset): Atomic units.
        agent_did (str | Unset):
    """

    session_id: str
    wallet_address: str
    chain: str
    network: str
    created_at: int
    expires_at: int
    scope: list[str]
    max_amount: str | Unset = UNSET
    amount_spent: str | Unset = UNSET
    agent_did: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        wallet_address = self.wallet_address

        chain = self.chain

        network = self.network

        created_at = self.created_at

        expires_at = self.expires_at

        scope = self.scope

        max_amount = self.max_amount

        amount_spent = self.amount_spent

        agent_did = self.agent_did

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "walletAddress": wallet_address,
                "chain": chain,
                "network": network,
                "createdAt": created_at,
                "expiresAt": expires_at,
                "scope": scope,
            }
        )
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if amount_spent is not UNSET:
            field_dict["amountSpent"] = amount_spent
        if agent_did is not UNSET:
            field_dict["agentDID"] = agent_did

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        wallet_address = d.pop("walletAddress")

        chain = d.pop("chain")

        network = d.pop("network")

        created_at = d.pop("createdAt")

        expires_at = d.pop("expiresAt")

        scope = cast(list[str], d.pop("scope"))

        max_amount = d.pop("maxAmount", UNSET)

        amount_spent = d.pop("amountSpent", UNSET)

        agent_did = d.pop("agentDID", UNSET)

        wallet_session = cls(
            session_id=session_id,
            wallet_address=wallet_address,
            chain=chain,
            network=network,
            created_at=created_at,
            expires_at=expires_at,
            scope=scope,
            max_amount=max_amount,
            amount_spent=amount_spent,
            agent_did=agent_did,
        )

        wallet_session.additional_properties = d
        return wallet_session

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
