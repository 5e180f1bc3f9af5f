"""``XacheClient`` (async) and ``XacheClientSync`` (blocking): one configuration, the same services."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypedDict, Unpack

import httpx
from xache_api import Client as GeneratedClient

from .chain.endpoints import ChainSettings
from .crypto.did import DID, parse_did
from .crypto.encryption import derive_encryption_key
from .crypto.signers import Signer, signer_chain, signer_from_private_key
from .errors import KeyMismatchError, XacheInputError
from .facade.context import ClientContext
from .facade.operations import Async, AsyncExecutor, M, Sync, SyncExecutor
from .logs import logger, setup_logging
from .payments.ledger import PaymentLedger
from .payments.policy import PaymentPolicy
from .pipeline.auth import XacheAuth
from .pipeline.http_client import DEFAULT_TIMEOUT, AsyncXacheHttpClient, XacheHttpClient
from .pipeline.retry import RetryPolicy

if TYPE_CHECKING:
    from .services.budget import BudgetService
    from .services.collective import CollectiveService
    from .services.ephemeral import EphemeralService
    from .services.extraction import ExtractionService
    from .services.facilitators import FacilitatorService
    from .services.identity import IdentityService
    from .services.memory import MemoryService
    from .services.owner import OwnerService
    from .services.receipts import ReceiptsService
    from .services.reputation import ReputationService
    from .services.royalty import RoyaltyService
    from .services.sessions import SessionService
    from .services.wallet import WalletService
    from .services.workspaces import WorkspacesService

__all__ = ["ClientOptions", "XacheClient", "XacheClientSync"]

_DEFAULT_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class ClientOptions(TypedDict, total=False):
    """Keyword options of both clients.

    ``signer`` signs instead of ``private_key`` (an external wallet). ``encryption_key`` is the seed of the
    memory key (default: the private key text). ``payment_policy`` caps automatic payment; ``autopay=False``
    raises ``PaymentRequiredError`` instead. ``timeout`` (seconds or ``httpx.Timeout``, default 30 s) and
    ``max_retries`` (default 2) apply to the httpx client the SDK builds; an injected ``http_client`` keeps
    its own. ``subject_id_variant`` picks the TypeScript (default) or Python SDK's subject-id MAC.
    ``rpc_urls`` (``{"solana-devnet": url, "base-sepolia": url, ...}``) are the JSON-RPC endpoints of payments
    and of ``client.wallet`` (else ``SOLANA_RPC_URL``/``SOLANA_DEVNET_RPC_URL``, else public endpoints);
    ``evm_preflight`` checks the USDC balance before an EVM payment (default: when its RPC URL is configured).
    """

    signer: Signer
    encryption_key: str
    payment_policy: PaymentPolicy
    autopay: bool
    timeout: float | httpx.Timeout
    max_retries: int
    headers: dict[str, str]
    subject_id_variant: Literal["typescript", "python"]
    rpc_urls: Mapping[str, str]
    evm_preflight: bool


class _Settings:
    """The constructor arguments of either client, checked and resolved (environment defaults applied)."""

    def __init__(
        self, api_url: str | None, did: str | None, private_key: str | None, options: ClientOptions
    ) -> None:
        setup_logging()
        unknown = set(options) - set(ClientOptions.__annotations__)
        if unknown:
            raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        signer = options.get("signer")
        encryption_key = options.get("encryption_key")
        api_url = api_url or os.environ.get("XACHE_API_URL")
        if not api_url:
            raise XacheInputError("api_url is required (or set XACHE_API_URL), e.g. https://api.xache.xyz")
        url = httpx.URL(api_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise XacheInputError(f"api_url must be an http(s) URL; got {api_url!r}")
        self.api_url = api_url.rstrip("/")
        private_key = private_key or os.environ.get("XACHE_PRIVATE_KEY") or None
        did_text = did or os.environ.get("XACHE_DID") or None
        if private_key is not None and signer is not None:
            raise XacheInputError("pass private_key or signer, not both")
        parsed: DID | None = parse_did(did_text) if did_text else None
        if private_key is not None:
            if parsed is None:
                raise XacheInputError("a private_key needs its did (or XACHE_DID)")
            signer = signer_from_private_key(parsed, private_key)
        elif signer is not None:
            chain = signer_chain(signer)
            if parsed is None:
                parsed = parse_did(f"did:agent:{chain}:{signer.address}")
            elif parsed.chain != chain or not parsed.matches_address(signer.address):
                raise KeyMismatchError(f"the signer's address {signer.address} does not belong to {parsed}")
        self.did = parsed
        self.signer = signer
        self.chain = ChainSettings(options.get("rpc_urls"), options.get("evm_preflight"))
        self.context = ClientContext(
            did=parsed,
            encryption_key=self._encryption_key(parsed, encryption_key, private_key, signer),
            subject_variant=options.get("subject_id_variant", "typescript"),
            signer=signer,
        )
        self.auth = XacheAuth(
            did=None if parsed is None else str(parsed),
            signer=signer,
            policy=options.get("payment_policy"),
            ledger=PaymentLedger(),
            base_path=url.path,
            autopay=options.get("autopay", True),
            chain=self.chain,
        )
        timeout = options.get("timeout")
        self.http_options: dict[str, Any] = {
            "base_url": self.api_url,
            "auth": self.auth,
            "timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
            "headers": {**_DEFAULT_HEADERS, **options.get("headers", {})},
            "retry": RetryPolicy(max_retries=options.get("max_retries", 2)),
        }

    def adopt(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Send through an injected httpx client: our auth, and our base URL if it has none."""
        http_client.auth = self.auth
        if not str(http_client.base_url):
            http_client.base_url = httpx.URL(self.api_url)
        if not isinstance(http_client, XacheHttpClient | AsyncXacheHttpClient):
            logger.warning(
                "the injected %s does not retry; pass an XacheHttpClient/AsyncXacheHttpClient to keep retries",
                type(http_client).__name__,
            )

    @staticmethod
    def _encryption_key(
        did: DID | None, explicit: str | None, private_key: str | None, signer: Signer | None
    ) -> bytes | None:
        """The memory key: from the explicit seed, else the private key text as given, else the address."""
        if did is None:
            return None
        if explicit is not None:
            return derive_encryption_key(explicit, str(did))
        if private_key is not None:
            return derive_encryption_key(private_key, str(did))
        if signer is not None:
            logger.warning(
                "deriving the memory key from the wallet address: memories are not readable by a client "
                "configured with the private key; pass encryption_key= to choose the key explicitly"
            )
        return derive_encryption_key(did.address, str(did))


class _ClientBase(Generic[M]):
    """What both clients share. Services are built on first use, so importing the SDK stays cheap."""

    def _setup(self, settings: _Settings, executor: SyncExecutor | AsyncExecutor) -> None:
        self._settings = settings
        self._executor = executor
        self.api = GeneratedClient(base_url=settings.api_url)
        """The generated low-level client (``xache_api``), sending through this client: signed and paid."""

    @functools.cached_property
    def identity(self) -> IdentityService[M]:
        """Agent identities and ownership claims."""
        from .services.identity import IdentityService

        return IdentityService(self._executor, self._settings.context)

    @functools.cached_property
    def memory(self) -> MemoryService[M]:
        """Encrypted memory."""
        from .services.memory import MemoryService

        return MemoryService(self._executor, self._settings.context)

    @functools.cached_property
    def collective(self) -> CollectiveService[M]:
        """The collective heuristics marketplace."""
        from .services.collective import CollectiveService

        return CollectiveService(self._executor, self._settings.context)

    @functools.cached_property
    def budget(self) -> BudgetService[M]:
        """The monthly budget and its alerts."""
        from .services.budget import BudgetService

        return BudgetService(self._executor, self._settings.context)

    @functools.cached_property
    def receipts(self) -> ReceiptsService[M]:
        """Receipts, proofs, analytics and anchors."""
        from .services.receipts import ReceiptsService

        return ReceiptsService(self._executor, self._settings.context)

    @functools.cached_property
    def owner(self) -> OwnerService[M]:
        """Owner registration, profile, owned agents and subject purges."""
        from .services.owner import OwnerService

        return OwnerService(self._executor, self._settings.context)

    @functools.cached_property
    def sessions(self) -> SessionService[M]:
        """x402 v2 wallet sessions."""
        from .services.sessions import SessionService

        return SessionService(self._executor, self._settings.context)

    @functools.cached_property
    def facilitators(self) -> FacilitatorService[M]:
        """Payment facilitators (listed once per 5 minutes) and selection among them."""
        from .services.facilitators import FacilitatorService

        return FacilitatorService(self._executor, self._settings.context)

    @functools.cached_property
    def extraction(self) -> ExtractionService[M]:
        """LLM memory extraction from agent traces (paid)."""
        from .services.extraction import ExtractionService

        return ExtractionService(self._executor, self._settings.context)

    @functools.cached_property
    def workspaces(self) -> WorkspacesService[M]:
        """Owner-only workspaces: membership, budget and analytics of a group of agents."""
        from .services.workspaces import WorkspacesService

        return WorkspacesService(self._executor, self._settings.context)

    @functools.cached_property
    def ephemeral(self) -> EphemeralService[M]:
        """Ephemeral working-memory sessions (slots, renewal, promotion to memories)."""
        from .services.ephemeral import EphemeralService

        return EphemeralService(self._executor, self._settings.context)

    @functools.cached_property
    def reputation(self) -> ReputationService[M]:
        """Reputation scores, leaderboard, domain expertise and ERC-8004 export."""
        from .services.reputation import ReputationService

        return ReputationService(self._executor, self._settings.context)

    @functools.cached_property
    def royalty(self) -> RoyaltyService[M]:
        """Royalty revenue, pending payouts, platform totals and top earners."""
        from .services.royalty import RoyaltyService

        return RoyaltyService(self._executor, self._settings.context)

    @functools.cached_property
    def wallet(self) -> WalletService[M]:
        """USDC balances over JSON-RPC (no Xache call) and the Coinbase Onramp URL."""
        from .services.wallet import WalletService

        return WalletService(self._executor, self._settings.context, self._settings.chain)

    @property
    def did(self) -> str | None:
        """The DID this client signs as."""
        return None if self._settings.did is None else str(self._settings.did)

    @property
    def api_url(self) -> str:
        """The base URL of the API."""
        return self._settings.api_url

    @property
    def payments(self) -> PaymentLedger:
        """Every payment this client has signed."""
        return self._settings.auth.ledger

    @property
    def payment_policy(self) -> PaymentPolicy:
        """The caps and callbacks that govern automatic payment."""
        return self._settings.auth.policy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_url={self.api_url!r}, did={self.did!r})"


class XacheClient(_ClientBase[Async]):
    """The async Xache client.

    ``api_url``, ``did`` and ``private_key`` default to ``XACHE_API_URL``, ``XACHE_DID`` and
    ``XACHE_PRIVATE_KEY``. Pass ``signer`` instead of a key to sign with an external wallet. Requests are
    signed, retried (``max_retries``) and, on HTTP 402, paid within ``payment_policy``.
    """

    def __init__(
        self,
        api_url: str | None = None,
        did: str | None = None,
        private_key: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = _Settings(api_url, did, private_key, options)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = AsyncXacheHttpClient(**settings.http_options)
        else:
            settings.adopt(http_client)
        self._http = http_client
        self._setup(settings, AsyncExecutor(http_client))
        self.api.set_async_httpx_client(http_client)

    async def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class XacheClientSync(_ClientBase[Sync]):
    """The blocking twin of :class:`XacheClient`, with the same arguments and services."""

    def __init__(
        self,
        api_url: str | None = None,
        did: str | None = None,
        private_key: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = _Settings(api_url, did, private_key, options)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = XacheHttpClient(**settings.http_options)
        else:
            settings.adopt(http_client)
        self._http = http_client
        self._setup(settings, SyncExecutor(http_client))
        self.api.set_httpx_client(http_client)

    def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
