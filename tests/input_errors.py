"""How a test recognises the field an input error names: the caller's argument or the spec's wire path.

A check made by a service names the argument (``ttl_seconds``); a check the pipeline makes from the spec names
the wire path of the value (``body.ttlSeconds``, ``body.options.subject.subjectId``), and the message starts
with the operation id.
"""

from __future__ import annotations

import re

from xache_ext.errors import ValidationError


def _parts(path: str) -> list[str]:
    """A field path as comparable parts: ``body.agentDID`` and ``agent_did`` both give ``agentdid``."""
    return [part.replace("_", "").lower() for part in re.split(r"[.\[\]]+", path) if part]


def names_field(error: ValidationError, field: str) -> bool:
    """Whether ``error`` is about ``field``: the same name, or a wire path that passes through it."""
    found = error.field or ""
    if found == field:
        return True
    want, got = _parts(field), _parts(found)
    return bool(want) and any(got[i : i + len(want)] == want for i in range(len(got)))
