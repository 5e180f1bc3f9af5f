"""SQLite persistence for the sandbox (stdlib ``sqlite3``; ``:memory:`` by default, a file survives restarts)."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..types.base import snake

__all__ = ["Column", "Row", "Store", "add_schema", "wire_fields"]

log = logging.getLogger(__name__)

Row = dict[str, Any]
Column = str | tuple[str, str] | tuple[str, str, Callable[[Any], Any]]
"""A wire field read from the column of its snake_case name, or ``(wire name, column[, conversion])``."""


def wire_fields(row: Row, columns: Sequence[Column], optional: Sequence[str] = ()) -> dict[str, Any]:
    """``row`` as wire fields, in order: each of ``columns``, then each of ``optional`` whose column is not NULL."""
    data: dict[str, Any] = {}
    for field in (*columns, *(name for name in optional if row[snake(name)] is not None)):
        wire, column, *convert = (field, snake(field)) if isinstance(field, str) else field
        data[wire] = convert[0](row[column]) if convert else row[column]
    return data


_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS identities (
    did TEXT PRIMARY KEY, wallet_address TEXT NOT NULL, key_type TEXT NOT NULL, chain TEXT NOT NULL,
    owner_did TEXT, name TEXT, metadata TEXT, reputation REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT, deleted_at TEXT);
CREATE TABLE IF NOT EXISTS memories (
    storage_key TEXT PRIMARY KEY, seq INTEGER NOT NULL, agent_did TEXT NOT NULL,
    payload BLOB NOT NULL, nonce BLOB NOT NULL,
    encrypted_patterns TEXT, checksum TEXT, storage_tier TEXT NOT NULL, context TEXT, tags TEXT,
    metadata TEXT, expires_at TEXT, subject_id TEXT, scope TEXT, segment_id TEXT, tenant_id TEXT,
    fingerprint TEXT, category TEXT, created_ms INTEGER NOT NULL, accessed_ms INTEGER NOT NULL,
    updated_ms INTEGER, deleted_ms INTEGER);
CREATE INDEX IF NOT EXISTS memories_agent ON memories (agent_did, seq);
CREATE TABLE IF NOT EXISTS heuristics (
    heuristic_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, contributor_did TEXT NOT NULL,
    pattern TEXT NOT NULL, pattern_hash TEXT NOT NULL, domain TEXT NOT NULL, tags TEXT NOT NULL,
    metrics TEXT NOT NULL, encrypted_content_ref TEXT NOT NULL, context_type TEXT, metadata TEXT,
    created_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS budgets (agent_did TEXT PRIMARY KEY, limit_cents INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS receipts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, receipt_id TEXT UNIQUE NOT NULL, agent_did TEXT NOT NULL,
    operation TEXT NOT NULL, amount_micro INTEGER NOT NULL, ts_ms INTEGER NOT NULL, metadata TEXT);
CREATE INDEX IF NOT EXISTS receipts_agent ON receipts (agent_did, seq);
CREATE INDEX IF NOT EXISTS receipts_ts ON receipts (ts_ms);
CREATE TABLE IF NOT EXISTS used_nonces (nonce TEXT PRIMARY KEY, from_address TEXT NOT NULL, used_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS used_signatures (replay_key TEXT PRIMARY KEY, ts_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS used_signatures_ts ON used_signatures (ts_ms);
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, status INTEGER NOT NULL,
    body BLOB NOT NULL, created_ms INTEGER NOT NULL, PRIMARY KEY (scope, key));
"""

_JSON_COLUMNS = {"metadata", "tags", "fingerprint", "metrics"}
_EXTRA_SCHEMAS: list[str] = []


def add_schema(sql: str, json_columns: Iterable[str] = ()) -> None:
    """Tables of a handler module (``CREATE TABLE IF NOT EXISTS ...``), created by every store opened later.

    ``json_columns`` names columns whose dict/list values are stored as JSON text and decoded on read.
    """
    if sql not in _EXTRA_SCHEMAS:
        _EXTRA_SCHEMAS.append(sql)
    _JSON_COLUMNS.update(json_columns)


def _decode_row(cursor: sqlite3.Cursor, raw: Sequence[Any]) -> Row:
    row: Row = {}
    for (name, *_), value in zip(cursor.description, raw, strict=True):
        row[name] = json.loads(value) if name in _JSON_COLUMNS and isinstance(value, str) else value
    return row


def _encode(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return value


class Store:
    """A locked SQLite connection with small query helpers. Dict/list values are stored as JSON."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = _decode_row
        with self._lock:
            self._conn.executescript(_SCHEMA + "".join(_EXTRA_SCHEMAS))
        log.debug("sandbox store opened at %s", path)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Hold the lock and run the block in one SQLite transaction (rolled back on error)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of changed rows."""
        with self._lock:
            cur = self._conn.execute(sql, [_encode(p) for p in params])
            return cur.rowcount

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """All rows of a query, as dicts (JSON columns decoded)."""
        with self._lock:
            rows: list[Row] = self._conn.execute(sql, [_encode(p) for p in params]).fetchall()
            return rows

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        """The first row of a query, or ``None``."""
        rows = self.all(sql, params)
        return rows[0] if rows else None

    def row(self, sql: str, params: Sequence[Any] = ()) -> Row:
        """The first row of a query that must find one (a row the handler has just written)."""
        found = self.one(sql, params)
        assert found is not None
        return found

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or ``None``."""
        row = self.one(sql, params)
        return next(iter(row.values())) if row else None

    def insert(self, table: str, values: Row) -> None:
        """Insert one row given as a column → value mapping."""
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))

    def get_setting(self, key: str) -> str | None:
        """A value of the settings table."""
        value = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return None if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        """Set a value of the settings table."""
        self.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()
