from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_on_chain_request_chain import (
    ClaimOnChainRequestChain,
    check_claim_on_chain_request_chain,
)

T = TypeVar("T", bound="ClaimOnChainRequest")


@_attrs_define
class ClaimOnChainRequest:
    """
    Attributes:
        agent_did (str): Agent being claimed. DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character base58 address.
        tx_hash (str): Solana transaction signature or EVM transaction hash. Neither SDK checks its format (the server
            does); 128 characters is generous (an EVM hash has 66, a base58 Solana signature at most 88).
        chain (ClaimOnChainRequestChain): Chain of the transaction.
    """

    agent_did: str
    tx_hash: str
    chain: ClaimOnChainRequestChain
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        tx_hash = self.tx_hash

        chain: str = self.chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "txHash": tx_hash,
                "chain": chain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        tx_hash = d.pop("txHash")

        chain = check_claim_on_chain_request_chain(d.pop("chain"))

        claim_on_chain_request = cls(
            agent_did=agent_did,
            tx_hash=tx_hash,
            chain=chain,
        )

        claim_on_chain_request.additional_properties = d
        return claim_on_chain_request

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
