"""The JSON Schema of the output contract, generated from the models."""

from __future__ import annotations

from typing import Any

from vnlegal.model import SCHEMA_VERSION, Document


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of ``Document``, with the contract version."""
    schema = Document.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$comment"] = f"vnlegal output contract, schema_version {SCHEMA_VERSION}"
    return schema
