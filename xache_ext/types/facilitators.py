"""Results of the facilitator service, and the preferences that steer its selection."""

from __future__ import annotations

from typing import Literal

import attrs

from .base import Result, result

__all__ = ["ChainType", "FacilitatorConfig", "FacilitatorPreferences", "FacilitatorSelection"]

ChainType = Literal["evm", "solana"]


@result
class FacilitatorConfig(Result):
    """One facilitator (``pay_to`` maps chain → network → address)."""

    id: str
    name: str
    chains: list[str]
    networks: list[str]
    schemes: list[str]
    priority: float
    healthy: bool = True
    avg_latency_ms: float | None = None
    last_health_check: int | None = None
    pay_to: dict[str, dict[str, str]] | None = None


@attrs.define
class FacilitatorPreferences:
    """Preferences that steer :meth:`~xache_ext.services.facilitators.FacilitatorService.select`."""

    preferred_facilitators: list[str] = attrs.Factory(list)
    avoid_networks: list[str] = attrs.Factory(list)
    max_latency_ms: float | None = None
    preferred_chain: ChainType | None = None


@result
class FacilitatorSelection(Result):
    """The chosen facilitator, why, and the other candidates (computed by the client)."""

    facilitator: FacilitatorConfig
    reason: Literal["preference", "priority", "latency", "fallback"]
    alternatives: list[FacilitatorConfig]
