from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reputation_snapshot_weights import ReputationSnapshotWeights


T = TypeVar("T", bound="ReputationSnapshot")


@_attrs_define
class ReputationSnapshot:
    """Reputation snapshot. The Python SDK defaults missing sub-scores to 0.

    Attributes:
        agent_did (str):
        overall (float): Overall score (TS docs: 0–100; the MCP servers treat it as 0–1 — ambiguous).
        timestamp (str | Unset):
        memory_quality (float | Unset):
        contrib_success (float | Unset):
        economic_value (float | Unset):
        network_influence (float | Unset):
        reliability (float | Unset):
        specialization (Any | Unset): Specialization sub-score (the Python SDK defaults it to `[]`; type ambiguous).
        weights (ReputationSnapshotWeights | Unset): Weight per sub-score.
    """

    agent_did: str
    overall: float
    timestamp: str | Unset = UNSET
    memory_quality: float | Unset = UNSET
    contrib_success: float | Unset = UNSET
    economic_value: float | Unset = UNSET
    network_influence: float | Unset = UNSET
    reliability: float | Unset = UNSET
    specialization: Any | Unset = UNSET
    weights: ReputationSnapshotWeights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        overall = self.overall

        timestamp = self.timestamp

        memory_quality = self.memory_quality

        contrib_success = self.contrib_success

        economic_value = self.economic_value

        network_influence = self.network_influence

        reliability = self.reliability

        specialization = self.specialization

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "overall": overall,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if memory_quality is not UNSET:
            field_dict["memoryQuality"] = memory_quality
        if contrib_success is not UNSET:
            field_dict["contribSuccess"] = contrib_success
        if economic_value is not UNSET:
            field_dict["economicValue"] = economic_value
        if network_influence is not UNSET:
            field_dict["networkInfluence"] = network_influence
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if weights is not UNSET:
            field_dict["weights"] = weights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reputation_snapshot_weights import ReputationSnapshotWeights

        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        overall = d.pop("overall")

        timestamp = d.pop("timestamp", UNSET)

        memory_quality = d.pop("memoryQuality", UNSET)

        contrib_success = d.pop("contribSuccess", UNSET)

        economic_value = d.pop("economicValue", UNSET)

        network_influence = d.pop("networkInfluence", UNSET)

        reliability = d.pop("reliability", UNSET)

        specialization = d.pop("specialization", UNSET)

        _weights = d.pop("weights", UNSET)
        weights: ReputationSnapshotWeights | Unset
        if isinstance(_weights, Unset):
            weights = UNSET
        else:
            weights = ReputationSnapshotWeights.from_dict(_weights)

        reputation_snapshot = cls(
            agent_did=agent_did,
            overall=overall,
            timestamp=timestamp,
            memory_quality=memory_quality,
            contrib_success=contrib_success,
            economic_value=economic_value,
            network_influence=network_influence,
            reliability=reliability,
            specialization=specialization,
            weights=weights,
        )

        reputation_snapshot.additional_properties = d
        return reputation_snapshot

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
