from typing import Literal

WorkspaceAddAgentRequestRole = Literal["admin", "member"]

WORKSPACE_ADD_AGENT_REQUEST_ROLE_VALUES: set[WorkspaceAddAgentRequestRole] = {
    "admin",
    "member",
}


def check_workspace_add_agent_request_role(value: str) -> WorkspaceAddAgentRequestRole:
    if value in WORKSPACE_ADD_AGENT_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_ADD_AGENT_REQUEST_ROLE_VALUES!r}"
    )
