from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_create_request_chain import (
    SessionCreateRequestChain,
    check_session_create_request_chain,
)
from ..models.session_create_request_network import (
    SessionCreateRequestNetwork,
    check_session_create_request_network,
)
from ..models.session_create_request_scope_item import (
    SessionCreateRequestScopeItem,
    check_session_create_request_scope_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionCreateRequest")


@_attrs_define
class SessionCreateRequest:
    """
    Attributes:
        wallet_address (str): The session wallet. An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.
        chain (SessionCreateRequestChain):
        network (SessionCreateRequestNetwork):
        signed_message (str): SIWE / CAIP-122 message. No SDK states a limit: 10,000 characters (a SIWE message has
            about 500).
        signature (str): Signature of `signedMessage`. Format not defined by the SDKs; 1,024 characters is generous (an
            EVM signature is 132, a base58 ed25519 signature at most 88).
        scope (list[SessionCreateRequestScopeItem] | Unset): Scopes (TS always sends, default `["*"]`); at most the five
            scope values.
        duration_seconds (int | Unset): Session lifetime (doc default 3600).
        max_amount (str | Unset): Spending cap in atomic units: a uint256 in decimal (at most 78 digits).
        agent_did (str | Unset): Agent bound to the session (TS always sends the client DID; Python never sends it). DID
            as the TS SDK's `validateDID` accepts it (reference §1.7): `did:<agent|owner>:evm:0x` + 40 hex, or
            `did:<agent|owner>:sol:` + a 32–44-character base58 address.
    """

    wallet_address: str
    chain: SessionCreateRequestChain
    network: SessionCreateRequestNetwork
    signed_message: str
    signature: str
    scope: list[SessionCreateRequestScopeItem] | Unset = UNSET
    duration_seconds: int | Unset = UNSET
    max_amount: str | Unset = UNSET
    agent_did: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        chain: str = self.chain

        network: str = self.network

        signed_message = self.signed_message

        signature = self.signature

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item: str = scope_item_data
                scope.append(scope_item)

        duration_seconds = self.duration_seconds

        max_amount = self.max_amount

        agent_did = self.agent_did

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletAddress": wallet_address,
                "chain": chain,
                "network": network,
                "signedMessage": signed_message,
                "signature": signature,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if agent_did is not UNSET:
            field_dict["agentDID"] = agent_did

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wallet_address = d.pop("walletAddress")

        chain = check_session_create_request_chain(d.pop("chain"))

        network = check_session_create_request_network(d.pop("network"))

        signed_message = d.pop("signedMessage")

        signature = d.pop("signature")

        _scope = d.pop("scope", UNSET)
        scope: list[SessionCreateRequestScopeItem] | Unset = UNSET
        if _scope is not UNSET:
            scope = []
            for scope_item_data in _scope:
                scope_item = check_session_create_request_scope_item(scope_item_data)

                scope.append(scope_item)

        duration_seconds = d.pop("durationSeconds", UNSET)

        max_amount = d.pop("maxAmount", UNSET)

        agent_did = d.pop("agentDID", UNSET)

        session_create_request = cls(
            wallet_address=wallet_address,
            chain=chain,
            network=network,
            signed_message=signed_message,
            signature=signature,
            scope=scope,
            duration_seconds=duration_seconds,
            max_amount=max_amount,
            agent_did=agent_did,
        )

        session_create_request.additional_properties = d
        return session_create_request

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
