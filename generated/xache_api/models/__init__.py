"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anchor import Anchor
    from .anchor_chain_status import AnchorChainStatus
    from .anchor_list import AnchorList
    from .anchor_list_response import AnchorListResponse
    from .anchor_period import AnchorPeriod
    from .anchoring_mode import AnchoringMode
    from .budget_status import BudgetStatus
    from .budget_status_response import BudgetStatusResponse
    from .budget_update_request import BudgetUpdateRequest
    from .budget_update_response import BudgetUpdateResponse
    from .budget_update_result import BudgetUpdateResult
    from .claim_on_chain_request import ClaimOnChainRequest
    from .claim_on_chain_request_chain import ClaimOnChainRequestChain
    from .claim_on_chain_response import ClaimOnChainResponse
    from .claim_on_chain_result import ClaimOnChainResult
    from .claim_process_request import ClaimProcessRequest
    from .claim_process_response import ClaimProcessResponse
    from .claim_process_result import ClaimProcessResult
    from .claim_request_request import ClaimRequestRequest
    from .claim_request_response import ClaimRequestResponse
    from .claim_request_result import ClaimRequestResult
    from .collective_contribute_request import CollectiveContributeRequest
    from .collective_query_request import CollectiveQueryRequest
    from .collective_query_response import CollectiveQueryResponse
    from .collective_query_result import CollectiveQueryResult
    from .contribute_response import ContributeResponse
    from .contribute_result import ContributeResult
    from .deleted_memory_item import DeletedMemoryItem
    from .deleted_memory_list import DeletedMemoryList
    from .deleted_memory_list_response import DeletedMemoryListResponse
    from .domain_reputation import DomainReputation
    from .domain_reputation_list_response import DomainReputationListResponse
    from .domain_reputation_response import DomainReputationResponse
    from .eip_712_domain import Eip712Domain
    from .eip_712_type_field import Eip712TypeField
    from .ephemeral_entity import EphemeralEntity
    from .ephemeral_export_response import EphemeralExportResponse
    from .ephemeral_promote_response import EphemeralPromoteResponse
    from .ephemeral_promote_result import EphemeralPromoteResult
    from .ephemeral_relationship import EphemeralRelationship
    from .ephemeral_session import EphemeralSession
    from .ephemeral_session_create_request import EphemeralSessionCreateRequest
    from .ephemeral_session_list import EphemeralSessionList
    from .ephemeral_session_list_response import EphemeralSessionListResponse
    from .ephemeral_session_response import EphemeralSessionResponse
    from .ephemeral_session_slot_sizes import EphemeralSessionSlotSizes
    from .ephemeral_slot_content import EphemeralSlotContent
    from .ephemeral_slot_content_response import EphemeralSlotContentResponse
    from .ephemeral_slot_name import EphemeralSlotName
    from .ephemeral_slot_write_request import EphemeralSlotWriteRequest
    from .ephemeral_slots import EphemeralSlots
    from .ephemeral_slots_response import EphemeralSlotsResponse
    from .ephemeral_stats import EphemeralStats
    from .ephemeral_stats_response import EphemeralStatsResponse
    from .ephemeral_structured import EphemeralStructured
    from .ephemeral_structured_response import EphemeralStructuredResponse
    from .erc_8004_auth_request import Erc8004AuthRequest
    from .erc_8004_auth_request_response import Erc8004AuthRequestResponse
    from .erc_8004_authorization import Erc8004Authorization
    from .erc_8004_authorize_request import Erc8004AuthorizeRequest
    from .erc_8004_authorize_request_network import Erc8004AuthorizeRequestNetwork
    from .erc_8004_authorize_response import Erc8004AuthorizeResponse
    from .erc_8004_authorize_result import Erc8004AuthorizeResult
    from .erc_8004_feedback_auth_message import Erc8004FeedbackAuthMessage
    from .erc_8004_status import Erc8004Status
    from .erc_8004_status_response import Erc8004StatusResponse
    from .erc_8004_typed_data import Erc8004TypedData
    from .erc_8004_typed_data_types import Erc8004TypedDataTypes
    from .error_detail import ErrorDetail
    from .error_detail_details import ErrorDetailDetails
    from .error_envelope import ErrorEnvelope
    from .export_ephemeral_session_format import ExportEphemeralSessionFormat
    from .extract_options import ExtractOptions
    from .extract_request import ExtractRequest
    from .extract_response import ExtractResponse
    from .extract_result import ExtractResult
    from .extraction import Extraction
    from .extraction_metadata import ExtractionMetadata
    from .facilitator import Facilitator
    from .facilitator_list import FacilitatorList
    from .facilitator_list_response import FacilitatorListResponse
    from .facilitator_pay_to import FacilitatorPayTo
    from .facilitator_pay_to_evm import FacilitatorPayToEvm
    from .facilitator_pay_to_solana import FacilitatorPayToSolana
    from .fingerprint import Fingerprint
    from .fingerprint_version import FingerprintVersion
    from .fleet_agent_budget import FleetAgentBudget
    from .fleet_budget_status import FleetBudgetStatus
    from .fleet_budget_status_response import FleetBudgetStatusResponse
    from .fleet_budget_update_request import FleetBudgetUpdateRequest
    from .fleet_budget_update_response import FleetBudgetUpdateResponse
    from .fleet_budget_update_result import FleetBudgetUpdateResult
    from .get_erc_8004_auth_request_network import GetErc8004AuthRequestNetwork
    from .heuristic_list import HeuristicList
    from .heuristic_list_response import HeuristicListResponse
    from .heuristic_match import HeuristicMatch
    from .heuristic_metrics import HeuristicMetrics
    from .heuristic_summary import HeuristicSummary
    from .identity import Identity
    from .identity_register_request import IdentityRegisterRequest
    from .identity_register_request_chain import IdentityRegisterRequestChain
    from .identity_register_request_key_type import IdentityRegisterRequestKeyType
    from .identity_registration import IdentityRegistration
    from .identity_registration_response import IdentityRegistrationResponse
    from .identity_response import IdentityResponse
    from .identity_update_request import IdentityUpdateRequest
    from .json_object import JsonObject
    from .leaderboard_entry import LeaderboardEntry
    from .leaderboard_page import LeaderboardPage
    from .leaderboard_response import LeaderboardResponse
    from .legacy_payment_challenge import LegacyPaymentChallenge
    from .legacy_payment_error import LegacyPaymentError
    from .legacy_payment_required import LegacyPaymentRequired
    from .list_ephemeral_sessions_status import ListEphemeralSessionsStatus
    from .list_memories_sort_by import ListMemoriesSortBy
    from .llm_config_api_key import LlmConfigApiKey
    from .llm_config_api_key_provider import LlmConfigApiKeyProvider
    from .llm_config_api_key_type import LlmConfigApiKeyType
    from .llm_config_endpoint import LlmConfigEndpoint
    from .llm_config_endpoint_format import LlmConfigEndpointFormat
    from .llm_config_endpoint_type import LlmConfigEndpointType
    from .llm_config_xache_managed import LlmConfigXacheManaged
    from .llm_config_xache_managed_provider import LlmConfigXacheManagedProvider
    from .llm_config_xache_managed_type import LlmConfigXacheManagedType
    from .memory_batch_retrieve_item_result import MemoryBatchRetrieveItemResult
    from .memory_batch_retrieve_response import MemoryBatchRetrieveResponse
    from .memory_batch_retrieve_result import MemoryBatchRetrieveResult
    from .memory_batch_store_item_result import MemoryBatchStoreItemResult
    from .memory_batch_store_response import MemoryBatchStoreResponse
    from .memory_batch_store_result import MemoryBatchStoreResult
    from .memory_category import MemoryCategory
    from .memory_delete_response import MemoryDeleteResponse
    from .memory_delete_result import MemoryDeleteResult
    from .memory_list import MemoryList
    from .memory_list_item import MemoryListItem
    from .memory_list_response import MemoryListResponse
    from .memory_probe_match import MemoryProbeMatch
    from .memory_probe_request import MemoryProbeRequest
    from .memory_probe_request_version import MemoryProbeRequestVersion
    from .memory_probe_response import MemoryProbeResponse
    from .memory_probe_result import MemoryProbeResult
    from .memory_purge_response import MemoryPurgeResponse
    from .memory_purge_result import MemoryPurgeResult
    from .memory_restore_response import MemoryRestoreResponse
    from .memory_restore_result import MemoryRestoreResult
    from .memory_retrieve_batch_request import MemoryRetrieveBatchRequest
    from .memory_retrieve_request import MemoryRetrieveRequest
    from .memory_retrieve_response import MemoryRetrieveResponse
    from .memory_retrieve_result import MemoryRetrieveResult
    from .memory_scope import MemoryScope
    from .memory_store_batch_item import MemoryStoreBatchItem
    from .memory_store_batch_request import MemoryStoreBatchRequest
    from .memory_store_request import MemoryStoreRequest
    from .memory_store_response import MemoryStoreResponse
    from .memory_store_result import MemoryStoreResult
    from .message_response import MessageResponse
    from .message_result import MessageResult
    from .meta import Meta
    from .monthly_earning import MonthlyEarning
    from .operation_usage import OperationUsage
    from .owned_agent import OwnedAgent
    from .owned_agent_list import OwnedAgentList
    from .owned_agent_list_response import OwnedAgentListResponse
    from .owner import Owner
    from .owner_profile_response import OwnerProfileResponse
    from .owner_profile_result import OwnerProfileResult
    from .owner_register_request import OwnerRegisterRequest
    from .owner_register_request_entity_type import OwnerRegisterRequestEntityType
    from .owner_register_request_wallet_chain import OwnerRegisterRequestWalletChain
    from .owner_response import OwnerResponse
    from .owner_result import OwnerResult
    from .owner_update_request import OwnerUpdateRequest
    from .owner_verify_wallet_request import OwnerVerifyWalletRequest
    from .payment_requirement import PaymentRequirement
    from .payment_requirement_extra import PaymentRequirementExtra
    from .pending_claim_by_owner import PendingClaimByOwner
    from .pending_claim_for_agent import PendingClaimForAgent
    from .pending_claims_by_owner import PendingClaimsByOwner
    from .pending_claims_by_owner_response import PendingClaimsByOwnerResponse
    from .pending_claims_for_agent import PendingClaimsForAgent
    from .pending_claims_for_agent_response import PendingClaimsForAgentResponse
    from .pending_payout import PendingPayout
    from .pending_payouts import PendingPayouts
    from .pending_payouts_response import PendingPayoutsResponse
    from .platform_revenue import PlatformRevenue
    from .platform_revenue_response import PlatformRevenueResponse
    from .receipt import Receipt
    from .receipt_list import ReceiptList
    from .receipt_list_response import ReceiptListResponse
    from .receipt_proof import ReceiptProof
    from .receipt_proof_response import ReceiptProofResponse
    from .reputation_history_response import ReputationHistoryResponse
    from .reputation_snapshot import ReputationSnapshot
    from .reputation_snapshot_response import ReputationSnapshotResponse
    from .reputation_snapshot_weights import ReputationSnapshotWeights
    from .revenue_stats import RevenueStats
    from .revenue_stats_earnings_by_domain import RevenueStatsEarningsByDomain
    from .revenue_stats_response import RevenueStatsResponse
    from .session_create_request import SessionCreateRequest
    from .session_create_request_chain import SessionCreateRequestChain
    from .session_create_request_network import SessionCreateRequestNetwork
    from .session_create_request_scope_item import SessionCreateRequestScopeItem
    from .session_validate_request import SessionValidateRequest
    from .session_validate_request_scope import SessionValidateRequestScope
    from .session_validate_response import SessionValidateResponse
    from .session_validate_result import SessionValidateResult
    from .storage_tier import StorageTier
    from .subject_context import SubjectContext
    from .subject_purge_request import SubjectPurgeRequest
    from .subject_purge_response import SubjectPurgeResponse
    from .subject_purge_result import SubjectPurgeResult
    from .subject_scope import SubjectScope
    from .success_response import SuccessResponse
    from .success_result import SuccessResult
    from .top_earner import TopEarner
    from .top_earners import TopEarners
    from .top_earners_response import TopEarnersResponse
    from .top_heuristic import TopHeuristic
    from .usage_analytics import UsageAnalytics
    from .usage_analytics_response import UsageAnalyticsResponse
    from .usage_period import UsagePeriod
    from .wallet_session import WalletSession
    from .wallet_session_list import WalletSessionList
    from .wallet_session_list_response import WalletSessionListResponse
    from .wallet_session_response import WalletSessionResponse
    from .wallet_session_result import WalletSessionResult
    from .wallet_verification_response import WalletVerificationResponse
    from .wallet_verification_result import WalletVerificationResult
    from .workspace import Workspace
    from .workspace_add_agent_request import WorkspaceAddAgentRequest
    from .workspace_add_agent_request_role import WorkspaceAddAgentRequestRole
    from .workspace_agent_budget import WorkspaceAgentBudget
    from .workspace_analytics import WorkspaceAnalytics
    from .workspace_analytics_operations_by_type import (
        WorkspaceAnalyticsOperationsByType,
    )
    from .workspace_analytics_response import WorkspaceAnalyticsResponse
    from .workspace_analytics_result import WorkspaceAnalyticsResult
    from .workspace_budget import WorkspaceBudget
    from .workspace_budget_response import WorkspaceBudgetResponse
    from .workspace_budget_result import WorkspaceBudgetResult
    from .workspace_create_request import WorkspaceCreateRequest
    from .workspace_create_request_enabled_chains_item import (
        WorkspaceCreateRequestEnabledChainsItem,
    )
    from .workspace_list import WorkspaceList
    from .workspace_list_response import WorkspaceListResponse
    from .workspace_member import WorkspaceMember
    from .workspace_member_response import WorkspaceMemberResponse
    from .workspace_member_result import WorkspaceMemberResult
    from .workspace_response import WorkspaceResponse
    from .workspace_result import WorkspaceResult
    from .workspace_update_request import WorkspaceUpdateRequest
    from .workspace_update_request_enabled_chains_item import (
        WorkspaceUpdateRequestEnabledChainsItem,
    )
    from .x402_payment_required import X402PaymentRequired

_MODULES = {
    "Anchor": ".anchor",
    "AnchorChainStatus": ".anchor_chain_status",
    "AnchorList": ".anchor_list",
    "AnchorListResponse": ".anchor_list_response",
    "AnchorPeriod": ".anchor_period",
    "AnchoringMode": ".anchoring_mode",
    "BudgetStatus": ".budget_status",
    "BudgetStatusResponse": ".budget_status_response",
    "BudgetUpdateRequest": ".budget_update_request",
    "BudgetUpdateResponse": ".budget_update_response",
    "BudgetUpdateResult": ".budget_update_result",
    "ClaimOnChainRequest": ".claim_on_chain_request",
    "ClaimOnChainRequestChain": ".claim_on_chain_request_chain",
    "ClaimOnChainResponse": ".claim_on_chain_response",
    "ClaimOnChainResult": ".claim_on_chain_result",
    "ClaimProcessRequest": ".claim_process_request",
    "ClaimProcessResponse": ".claim_process_response",
    "ClaimProcessResult": ".claim_process_result",
    "ClaimRequestRequest": ".claim_request_request",
    "ClaimRequestResponse": ".claim_request_response",
    "ClaimRequestResult": ".claim_request_result",
    "CollectiveContributeRequest": ".collective_contribute_request",
    "CollectiveQueryRequest": ".collective_query_request",
    "CollectiveQueryResponse": ".collective_query_response",
    "CollectiveQueryResult": ".collective_query_result",
    "ContributeResponse": ".contribute_response",
    "ContributeResult": ".contribute_result",
    "DeletedMemoryItem": ".deleted_memory_item",
    "DeletedMemoryList": ".deleted_memory_list",
    "DeletedMemoryListResponse": ".deleted_memory_list_response",
    "DomainReputation": ".domain_reputation",
    "DomainReputationListResponse": ".domain_reputation_list_response",
    "DomainReputationResponse": ".domain_reputation_response",
    "Eip712Domain": ".eip_712_domain",
    "Eip712TypeField": ".eip_712_type_field",
    "EphemeralEntity": ".ephemeral_entity",
    "EphemeralExportResponse": ".ephemeral_export_response",
    "EphemeralPromoteResponse": ".ephemeral_promote_response",
    "EphemeralPromoteResult": ".ephemeral_promote_result",
    "EphemeralRelationship": ".ephemeral_relationship",
    "EphemeralSession": ".ephemeral_session",
    "EphemeralSessionCreateRequest": ".ephemeral_session_create_request",
    "EphemeralSessionList": ".ephemeral_session_list",
    "EphemeralSessionListResponse": ".ephemeral_session_list_response",
    "EphemeralSessionResponse": ".ephemeral_session_response",
    "EphemeralSessionSlotSizes": ".ephemeral_session_slot_sizes",
    "EphemeralSlotContent": ".ephemeral_slot_content",
    "EphemeralSlotContentResponse": ".ephemeral_slot_content_response",
    "EphemeralSlotName": ".ephemeral_slot_name",
    "EphemeralSlotWriteRequest": ".ephemeral_slot_write_request",
    "EphemeralSlots": ".ephemeral_slots",
    "EphemeralSlotsResponse": ".ephemeral_slots_response",
    "EphemeralStats": ".ephemeral_stats",
    "EphemeralStatsResponse": ".ephemeral_stats_response",
    "EphemeralStructured": ".ephemeral_structured",
    "EphemeralStructuredResponse": ".ephemeral_structured_response",
    "Erc8004AuthRequest": ".erc_8004_auth_request",
    "Erc8004AuthRequestResponse": ".erc_8004_auth_request_response",
    "Erc8004Authorization": ".erc_8004_authorization",
    "Erc8004AuthorizeRequest": ".erc_8004_authorize_request",
    "Erc8004AuthorizeRequestNetwork": ".erc_8004_authorize_request_network",
    "Erc8004AuthorizeResponse": ".erc_8004_authorize_response",
    "Erc8004AuthorizeResult": ".erc_8004_authorize_result",
    "Erc8004FeedbackAuthMessage": ".erc_8004_feedback_auth_message",
    "Erc8004Status": ".erc_8004_status",
    "Erc8004StatusResponse": ".erc_8004_status_response",
    "Erc8004TypedData": ".erc_8004_typed_data",
    "Erc8004TypedDataTypes": ".erc_8004_typed_data_types",
    "ErrorDetail": ".error_detail",
    "ErrorDetailDetails": ".error_detail_details",
    "ErrorEnvelope": ".error_envelope",
    "ExportEphemeralSessionFormat": ".export_ephemeral_session_format",
    "ExtractOptions": ".extract_options",
    "ExtractRequest": ".extract_request",
    "ExtractResponse": ".extract_response",
    "ExtractResult": ".extract_result",
    "Extraction": ".extraction",
    "ExtractionMetadata": ".extraction_metadata",
    "Facilitator": ".facilitator",
    "FacilitatorList": ".facilitator_list",
    "FacilitatorListResponse": ".facilitator_list_response",
    "FacilitatorPayTo": ".facilitator_pay_to",
    "FacilitatorPayToEvm": ".facilitator_pay_to_evm",
    "FacilitatorPayToSolana": ".facilitator_pay_to_solana",
    "Fingerprint": ".fingerprint",
    "FingerprintVersion": ".fingerprint_version",
    "FleetAgentBudget": ".fleet_agent_budget",
    "FleetBudgetStatus": ".fleet_budget_status",
    "FleetBudgetStatusResponse": ".fleet_budget_status_response",
    "FleetBudgetUpdateRequest": ".fleet_budget_update_request",
    "FleetBudgetUpdateResponse": ".fleet_budget_update_response",
    "FleetBudgetUpdateResult": ".fleet_budget_update_result",
    "GetErc8004AuthRequestNetwork": ".get_erc_8004_auth_request_network",
    "HeuristicList": ".heuristic_list",
    "HeuristicListResponse": ".heuristic_list_response",
    "HeuristicMatch": ".heuristic_match",
    "HeuristicMetrics": ".heuristic_metrics",
    "HeuristicSummary": ".heuristic_summary",
    "Identity": ".identity",
    "IdentityRegisterRequest": ".identity_register_request",
    "IdentityRegisterRequestChain": ".identity_register_request_chain",
    "IdentityRegisterRequestKeyType": ".identity_register_request_key_type",
    "IdentityRegistration": ".identity_registration",
    "IdentityRegistrationResponse": ".identity_registration_response",
    "IdentityResponse": ".identity_response",
    "IdentityUpdateRequest": ".identity_update_request",
    "JsonObject": ".json_object",
    "LeaderboardEntry": ".leaderboard_entry",
    "LeaderboardPage": ".leaderboard_page",
    "LeaderboardResponse": ".leaderboard_response",
    "LegacyPaymentChallenge": ".legacy_payment_challenge",
    "LegacyPaymentError": ".legacy_payment_error",
    "LegacyPaymentRequired": ".legacy_payment_required",
    "ListEphemeralSessionsStatus": ".list_ephemeral_sessions_status",
    "ListMemoriesSortBy": ".list_memories_sort_by",
    "LlmConfigApiKey": ".llm_config_api_key",
    "LlmConfigApiKeyProvider": ".llm_config_api_key_provider",
    "LlmConfigApiKeyType": ".llm_config_api_key_type",
    "LlmConfigEndpoint": ".llm_config_endpoint",
    "LlmConfigEndpointFormat": ".llm_config_endpoint_format",
    "LlmConfigEndpointType": ".llm_config_endpoint_type",
    "LlmConfigXacheManaged": ".llm_config_xache_managed",
    "LlmConfigXacheManagedProvider": ".llm_config_xache_managed_provider",
    "LlmConfigXacheManagedType": ".llm_config_xache_managed_type",
    "MemoryBatchRetrieveItemResult": ".memory_batch_retrieve_item_result",
    "MemoryBatchRetrieveResponse": ".memory_batch_retrieve_response",
    "MemoryBatchRetrieveResult": ".memory_batch_retrieve_result",
    "MemoryBatchStoreItemResult": ".memory_batch_store_item_result",
    "MemoryBatchStoreResponse": ".memory_batch_store_response",
    "MemoryBatchStoreResult": ".memory_batch_store_result",
    "MemoryCategory": ".memory_category",
    "MemoryDeleteResponse": ".memory_delete_response",
    "MemoryDeleteResult": ".memory_delete_result",
    "MemoryList": ".memory_list",
    "MemoryListItem": ".memory_list_item",
    "MemoryListResponse": ".memory_list_response",
    "MemoryProbeMatch": ".memory_probe_match",
    "MemoryProbeRequest": ".memory_probe_request",
    "MemoryProbeRequestVersion": ".memory_probe_request_version",
    "MemoryProbeResponse": ".memory_probe_response",
    "MemoryProbeResult": ".memory_probe_result",
    "MemoryPurgeResponse": ".memory_purge_response",
    "MemoryPurgeResult": ".memory_purge_result",
    "MemoryRestoreResponse": ".memory_restore_response",
    "MemoryRestoreResult": ".memory_restore_result",
    "MemoryRetrieveBatchRequest": ".memory_retrieve_batch_request",
    "MemoryRetrieveRequest": ".memory_retrieve_request",
    "MemoryRetrieveResponse": ".memory_retrieve_response",
    "MemoryRetrieveResult": ".memory_retrieve_result",
    "MemoryScope": ".memory_scope",
    "MemoryStoreBatchItem": ".memory_store_batch_item",
    "MemoryStoreBatchRequest": ".memory_store_batch_request",
    "MemoryStoreRequest": ".memory_store_request",
    "MemoryStoreResponse": ".memory_store_response",
    "MemoryStoreResult": ".memory_store_result",
    "MessageResponse": ".message_response",
    "MessageResult": ".message_result",
    "Meta": ".meta",
    "MonthlyEarning": ".monthly_earning",
    "OperationUsage": ".operation_usage",
    "OwnedAgent": ".owned_agent",
    "OwnedAgentList": ".owned_agent_list",
    "OwnedAgentListResponse": ".owned_agent_list_response",
    "Owner": ".owner",
    "OwnerProfileResponse": ".owner_profile_response",
    "OwnerProfileResult": ".owner_profile_result",
    "OwnerRegisterRequest": ".owner_register_request",
    "OwnerRegisterRequestEntityType": ".owner_register_request_entity_type",
    "OwnerRegisterRequestWalletChain": ".owner_register_request_wallet_chain",
    "OwnerResponse": ".owner_response",
    "OwnerResult": ".owner_result",
    "OwnerUpdateRequest": ".owner_update_request",
    "OwnerVerifyWalletRequest": ".owner_verify_wallet_request",
    "PaymentRequirement": ".payment_requirement",
    "PaymentRequirementExtra": ".payment_requirement_extra",
    "PendingClaimByOwner": ".pending_claim_by_owner",
    "PendingClaimForAgent": ".pending_claim_for_agent",
    "PendingClaimsByOwner": ".pending_claims_by_owner",
    "PendingClaimsByOwnerResponse": ".pending_claims_by_owner_response",
    "PendingClaimsForAgent": ".pending_claims_for_agent",
    "PendingClaimsForAgentResponse": ".pending_claims_for_agent_response",
    "PendingPayout": ".pending_payout",
    "PendingPayouts": ".pending_payouts",
    "PendingPayoutsResponse": ".pending_payouts_response",
    "PlatformRevenue": ".platform_revenue",
    "PlatformRevenueResponse": ".platform_revenue_response",
    "Receipt": ".receipt",
    "ReceiptList": ".receipt_list",
    "ReceiptListResponse": ".receipt_list_response",
    "ReceiptProof": ".receipt_proof",
    "ReceiptProofResponse": ".receipt_proof_response",
    "ReputationHistoryResponse": ".reputation_history_response",
    "ReputationSnapshot": ".reputation_snapshot",
    "ReputationSnapshotResponse": ".reputation_snapshot_response",
    "ReputationSnapshotWeights": ".reputation_snapshot_weights",
    "RevenueStats": ".revenue_stats",
    "RevenueStatsEarningsByDomain": ".revenue_stats_earnings_by_domain",
    "RevenueStatsResponse": ".revenue_stats_response",
    "SessionCreateRequest": ".session_create_request",
    "SessionCreateRequestChain": ".session_create_request_chain",
    "SessionCreateRequestNetwork": ".session_create_request_network",
    "SessionCreateRequestScopeItem": ".session_create_request_scope_item",
    "SessionValidateRequest": ".session_validate_request",
    "SessionValidateRequestScope": ".session_validate_request_scope",
    "SessionValidateResponse": ".session_validate_response",
    "SessionValidateResult": ".session_validate_result",
    "StorageTier": ".storage_tier",
    "SubjectContext": ".subject_context",
    "SubjectPurgeRequest": ".subject_purge_request",
    "SubjectPurgeResponse": ".subject_purge_response",
    "SubjectPurgeResult": ".subject_purge_result",
    "SubjectScope": ".subject_scope",
    "SuccessResponse": ".success_response",
    "SuccessResult": ".success_result",
    "TopEarner": ".top_earner",
    "TopEarners": ".top_earners",
    "TopEarnersResponse": ".top_earners_response",
    "TopHeuristic": ".top_heuristic",
    "UsageAnalytics": ".usage_analytics",
    "UsageAnalyticsResponse": ".usage_analytics_response",
    "UsagePeriod": ".usage_period",
    "WalletSession": ".wallet_session",
    "WalletSessionList": ".wallet_session_list",
    "WalletSessionListResponse": ".wallet_session_list_response",
    "WalletSessionResponse": ".wallet_session_response",
    "WalletSessionResult": ".wallet_session_result",
    "WalletVerificationResponse": ".wallet_verification_response",
    "WalletVerificationResult": ".wallet_verification_result",
    "Workspace": ".workspace",
    "WorkspaceAddAgentRequest": ".workspace_add_agent_request",
    "WorkspaceAddAgentRequestRole": ".workspace_add_agent_request_role",
    "WorkspaceAgentBudget": ".workspace_agent_budget",
    "WorkspaceAnalytics": ".workspace_analytics",
    "WorkspaceAnalyticsOperationsByType": ".workspace_analytics_operations_by_type",
    "WorkspaceAnalyticsResponse": ".workspace_analytics_response",
    "WorkspaceAnalyticsResult": ".workspace_analytics_result",
    "WorkspaceBudget": ".workspace_budget",
    "WorkspaceBudgetResponse": ".workspace_budget_response",
    "WorkspaceBudgetResult": ".workspace_budget_result",
    "WorkspaceCreateRequest": ".workspace_create_request",
    "WorkspaceCreateRequestEnabledChainsItem": ".workspace_create_request_enabled_chains_item",
    "WorkspaceList": ".workspace_list",
    "WorkspaceListResponse": ".workspace_list_response",
    "WorkspaceMember": ".workspace_member",
    "WorkspaceMemberResponse": ".workspace_member_response",
    "WorkspaceMemberResult": ".workspace_member_result",
    "WorkspaceResponse": ".workspace_response",
    "WorkspaceResult": ".workspace_result",
    "WorkspaceUpdateRequest": ".workspace_update_request",
    "WorkspaceUpdateRequestEnabledChainsItem": ".workspace_update_request_enabled_chains_item",
    "X402PaymentRequired": ".x402_payment_required",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Anchor",
    "AnchorChainStatus",
    "AnchorList",
    "AnchorListResponse",
    "AnchorPeriod",
    "AnchoringMode",
    "BudgetStatus",
    "BudgetStatusResponse",
    "BudgetUpdateRequest",
    "BudgetUpdateResponse",
    "BudgetUpdateResult",
    "ClaimOnChainRequest",
    "ClaimOnChainRequestChain",
    "ClaimOnChainResponse",
    "ClaimOnChainResult",
    "ClaimProcessRequest",
    "ClaimProcessResponse",
    "ClaimProcessResult",
    "ClaimRequestRequest",
    "ClaimRequestResponse",
    "ClaimRequestResult",
    "CollectiveContributeRequest",
    "CollectiveQueryRequest",
    "CollectiveQueryResponse",
    "CollectiveQueryResult",
    "ContributeResponse",
    "ContributeResult",
    "DeletedMemoryItem",
    "DeletedMemoryList",
    "DeletedMemoryListResponse",
    "DomainReputation",
    "DomainReputationListResponse",
    "DomainReputationResponse",
    "Eip712Domain",
    "Eip712TypeField",
    "EphemeralEntity",
    "EphemeralExportResponse",
    "EphemeralPromoteResponse",
    "EphemeralPromoteResult",
    "EphemeralRelationship",
    "EphemeralSession",
    "EphemeralSessionCreateRequest",
    "EphemeralSessionList",
    "EphemeralSessionListResponse",
    "EphemeralSessionResponse",
    "EphemeralSessionSlotSizes",
    "EphemeralSlotContent",
    "EphemeralSlotContentResponse",
    "EphemeralSlotName",
    "EphemeralSlotWriteRequest",
    "EphemeralSlots",
    "EphemeralSlotsResponse",
    "EphemeralStats",
    "EphemeralStatsResponse",
    "EphemeralStructured",
    "EphemeralStructuredResponse",
    "Erc8004AuthRequest",
    "Erc8004AuthRequestResponse",
    "Erc8004Authorization",
    "Erc8004AuthorizeRequest",
    "Erc8004AuthorizeRequestNetwork",
    "Erc8004AuthorizeResponse",
    "Erc8004AuthorizeResult",
    "Erc8004FeedbackAuthMessage",
    "Erc8004Status",
    "Erc8004StatusResponse",
    "Erc8004TypedData",
    "Erc8004TypedDataTypes",
    "ErrorDetail",
    "ErrorDetailDetails",
    "ErrorEnvelope",
    "ExportEphemeralSessionFormat",
    "ExtractOptions",
    "ExtractRequest",
    "ExtractResponse",
    "ExtractResult",
    "Extraction",
    "ExtractionMetadata",
    "Facilitator",
    "FacilitatorList",
    "FacilitatorListResponse",
    "FacilitatorPayTo",
    "FacilitatorPayToEvm",
    "FacilitatorPayToSolana",
    "Fingerprint",
    "FingerprintVersion",
    "FleetAgentBudget",
    "FleetBudgetStatus",
    "FleetBudgetStatusResponse",
    "FleetBudgetUpdateRequest",
    "FleetBudgetUpdateResponse",
    "FleetBudgetUpdateResult",
    "GetErc8004AuthRequestNetwork",
    "HeuristicList",
    "HeuristicListResponse",
    "HeuristicMatch",
    "HeuristicMetrics",
    "HeuristicSummary",
    "Identity",
    "IdentityRegisterRequest",
    "IdentityRegisterRequestChain",
    "IdentityRegisterRequestKeyType",
    "IdentityRegistration",
    "IdentityRegistrationResponse",
    "IdentityResponse",
    "IdentityUpdateRequest",
    "JsonObject",
    "LeaderboardEntry",
    "LeaderboardPage",
    "LeaderboardResponse",
    "LegacyPaymentChallenge",
    "LegacyPaymentError",
    "LegacyPaymentRequired",
    "ListEphemeralSessionsStatus",
    "ListMemoriesSortBy",
    "LlmConfigApiKey",
    "LlmConfigApiKeyProvider",
    "LlmConfigApiKeyType",
    "LlmConfigEndpoint",
    "LlmConfigEndpointFormat",
    "LlmConfigEndpointType",
    "LlmConfigXacheManaged",
    "LlmConfigXacheManagedProvider",
    "LlmConfigXacheManagedType",
    "MemoryBatchRetrieveItemResult",
    "MemoryBatchRetrieveResponse",
    "MemoryBatchRetrieveResult",
    "MemoryBatchStoreItemResult",
    "MemoryBatchStoreResponse",
    "MemoryBatchStoreResult",
    "MemoryCategory",
    "MemoryDeleteResponse",
    "MemoryDeleteResult",
    "MemoryList",
    "MemoryListItem",
    "MemoryListResponse",
    "MemoryProbeMatch",
    "MemoryProbeRequest",
    "MemoryProbeRequestVersion",
    "MemoryProbeResponse",
    "MemoryProbeResult",
    "MemoryPurgeResponse",
    "MemoryPurgeResult",
    "MemoryRestoreResponse",
    "MemoryRestoreResult",
    "MemoryRetrieveBatchRequest",
    "MemoryRetrieveRequest",
    "MemoryRetrieveResponse",
    "MemoryRetrieveResult",
    "MemoryScope",
    "MemoryStoreBatchItem",
    "MemoryStoreBatchRequest",
    "MemoryStoreRequest",
    "MemoryStoreResponse",
    "MemoryStoreResult",
    "MessageResponse",
    "MessageResult",
    "Meta",
    "MonthlyEarning",
    "OperationUsage",
    "OwnedAgent",
    "OwnedAgentList",
    "OwnedAgentListResponse",
    "Owner",
    "OwnerProfileResponse",
    "OwnerProfileResult",
    "OwnerRegisterRequest",
    "OwnerRegisterRequestEntityType",
    "OwnerRegisterRequestWalletChain",
    "OwnerResponse",
    "OwnerResult",
    "OwnerUpdateRequest",
    "OwnerVerifyWalletRequest",
    "PaymentRequirement",
    "PaymentRequirementExtra",
    "PendingClaimByOwner",
    "PendingClaimForAgent",
    "PendingClaimsByOwner",
    "PendingClaimsByOwnerResponse",
    "PendingClaimsForAgent",
    "PendingClaimsForAgentResponse",
    "PendingPayout",
    "PendingPayouts",
    "PendingPayoutsResponse",
    "PlatformRevenue",
    "PlatformRevenueResponse",
    "Receipt",
    "ReceiptList",
    "ReceiptListResponse",
    "ReceiptProof",
    "ReceiptProofResponse",
    "ReputationHistoryResponse",
    "ReputationSnapshot",
    "ReputationSnapshotResponse",
    "ReputationSnapshotWeights",
    "RevenueStats",
    "RevenueStatsEarningsByDomain",
    "RevenueStatsResponse",
    "SessionCreateRequest",
    "SessionCreateRequestChain",
    "SessionCreateRequestNetwork",
    "SessionCreateRequestScopeItem",
    "SessionValidateRequest",
    "SessionValidateRequestScope",
    "SessionValidateResponse",
    "SessionValidateResult",
    "StorageTier",
    "SubjectContext",
    "SubjectPurgeRequest",
    "SubjectPurgeResponse",
    "SubjectPurgeResult",
    "SubjectScope",
    "SuccessResponse",
    "SuccessResult",
    "TopEarner",
    "TopEarners",
    "TopEarnersResponse",
    "TopHeuristic",
    "UsageAnalytics",
    "UsageAnalyticsResponse",
    "UsagePeriod",
    "WalletSession",
    "WalletSessionList",
    "WalletSessionListResponse",
    "WalletSessionResponse",
    "WalletSessionResult",
    "WalletVerificationResponse",
    "WalletVerificationResult",
    "Workspace",
    "WorkspaceAddAgentRequest",
    "WorkspaceAddAgentRequestRole",
    "WorkspaceAgentBudget",
    "WorkspaceAnalytics",
    "WorkspaceAnalyticsOperationsByType",
    "WorkspaceAnalyticsResponse",
    "WorkspaceAnalyticsResult",
    "WorkspaceBudget",
    "WorkspaceBudgetResponse",
    "WorkspaceBudgetResult",
    "WorkspaceCreateRequest",
    "WorkspaceCreateRequestEnabledChainsItem",
    "WorkspaceList",
    "WorkspaceListResponse",
    "WorkspaceMember",
    "WorkspaceMemberResponse",
    "WorkspaceMemberResult",
    "WorkspaceResponse",
    "WorkspaceResult",
    "WorkspaceUpdateRequest",
    "WorkspaceUpdateRequestEnabledChainsItem",
    "X402PaymentRequired",
)
