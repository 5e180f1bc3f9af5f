"""What the spec says about each operation, read from the generated ``xache_api.operations_table``.

Signing, payment, prices, input limits and the shape of every success answer come from here and nowhere else:
the table is produced from ``openapi.yaml`` by ``make generate``.
"""

from .operations import OperationInfo, ParameterInfo, all_operations, match_operation, operation
from .schema import SchemaViolation, check_value, data_schema, field_schema

__all__ = [
    "OperationInfo",
    "ParameterInfo",
    "SchemaViolation",
    "all_operations",
    "check_value",
    "data_schema",
    "field_schema",
    "match_operation",
    "operation",
]
