"""Facilitators: the x402 payment facilitators the API offers, listed once per 5 minutes, and selection."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any, Literal, get_args

from xache_api.api.facilitators import list_facilitators

from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import check_one_of, require_text
from ..types.base import Result, read, result
from ..types.facilitators import ChainType, FacilitatorConfig, FacilitatorPreferences, FacilitatorSelection

__all__ = ["FacilitatorService"]

CACHE_SECONDS = 300.0


@result
class _FacilitatorList(Result):
    facilitators: list[FacilitatorConfig]
    environment: str = "testnet"
    default_network: str = "base-sepolia"


class FacilitatorService(Service[M]):
    """``list`` asks the API (unsigned) at most once per 5 minutes; the rest works on that list."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._preferences = FacilitatorPreferences()
        self._cached: list[FacilitatorConfig] = []
        self._environment = "testnet"
        self._default_network = "base-sepolia"
        self._fetched_at = 0.0

    def set_preferences(self, preferences: Mapping[str, Any]) -> None:
        """Set any of ``preferred_facilitators``, ``avoid_networks``, ``max_latency_ms``, ``preferred_chain``."""
        if not isinstance(preferences, Mapping):
            raise ValidationError(
                f"preferences must be a dict; got {type(preferences).__name__}", field="preferences"
            )
        for key in ("preferred_facilitators", "avoid_networks", "max_latency_ms", "preferred_chain"):
            if key in preferences:
                setattr(self._preferences, key, preferences[key])

    def get_preferences(self) -> FacilitatorPreferences:
        """The current preferences."""
        return self._preferences

    def clear_preferences(self) -> None:
        """Forget all preferences."""
        self._preferences = FacilitatorPreferences()

    def clear_cache(self) -> None:
        """Make the next ``list`` ask the API again."""
        self._cached = []
        self._fetched_at = 0.0

    def _fresh(self) -> bool:
        return bool(self._cached) and time.monotonic() - self._fetched_at < CACHE_SECONDS

    def _list(self, force_refresh: bool = False) -> Op[list[FacilitatorConfig]]:
        if force_refresh or not self._fresh():
            listed = read(_FacilitatorList, (yield build(list_facilitators._get_kwargs)))
            self._cached = listed.facilitators
            self._environment = listed.environment
            self._default_network = listed.default_network
            self._fetched_at = time.monotonic()
        return list(self._cached)

    @operation
    def list(self, force_refresh: bool = False) -> Op[list[FacilitatorConfig]]:
        """The facilitators (from the 5-minute cache unless ``force_refresh``)."""
        return (yield from self._list(force_refresh))

    @operation
    def get(self, facilitator_id: str) -> Op[FacilitatorConfig | None]:
        """The facilitator with this id, or ``None``."""
        require_text("facilitator_id", facilitator_id)
        facilitators = yield from self._list()
        return next((f for f in facilitators if f.id == facilitator_id), None)

    @operation
    def get_environment(self) -> Op[str]:
        """``testnet`` or ``mainnet``."""
        yield from self._list()
        return self._environment

    @operation
    def get_default_network(self) -> Op[str]:
        """The API's default payment network."""
        yield from self._list()
        return self._default_network

    @operation
    def select(
        self, chain: ChainType, network: str | None = None, scheme: str = "exact"
    ) -> Op[FacilitatorSelection | None]:
        """The best facilitator for a chain/network/scheme: preferences, then priority, then latency."""
        check_one_of("chain", chain, get_args(ChainType))
        facilitators = yield from self._list()
        if network is None:
            if chain == "solana":
                network = "solana" if self._environment == "mainnet" else "solana-devnet"
            else:
                network = self._default_network
        prefs = self._preferences
        candidates = [
            f
            for f in facilitators
            if chain in f.chains and network in f.networks and scheme in f.schemes and f.healthy
        ]
        if prefs.avoid_networks:
            candidates = [f for f in candidates if not any(n in f.networks for n in prefs.avoid_networks)]
        if not candidates:
            return None
        preferred = [f for f in candidates if f.id in prefs.preferred_facilitators]
        if preferred:
            candidates = preferred
        if prefs.max_latency_ms:
            limit = prefs.max_latency_ms
            fast = [f for f in candidates if f.avg_latency_ms is None or f.avg_latency_ms <= limit]
            candidates = fast or candidates
        candidates.sort(
            key=lambda f: (-f.priority, f.avg_latency_ms if f.avg_latency_ms is not None else 1e18)
        )
        chosen = candidates[0]
        reason: Literal["preference", "priority", "latency", "fallback"] = "priority"
        if chosen.id in prefs.preferred_facilitators:
            reason = "preference"
        elif len(candidates) > 1 and chosen.avg_latency_ms is not None:
            reason = "latency"
        elif len(candidates) == 1:
            reason = "fallback"
        return FacilitatorSelection(facilitator=chosen, reason=reason, alternatives=candidates[1:])

    @operation
    def supports(
        self, facilitator_id: str, chain: ChainType, network: str, scheme: str = "exact"
    ) -> Op[bool]:
        """Whether that facilitator handles this chain, network and scheme (and is healthy)."""
        require_text("facilitator_id", facilitator_id)
        facilitators = yield from self._list()
        f = next((f for f in facilitators if f.id == facilitator_id), None)
        return (
            f is not None
            and chain in f.chains
            and network in f.networks
            and scheme in f.schemes
            and f.healthy
        )
