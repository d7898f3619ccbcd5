"""The JSON Schema of the output contract, generated from the models."""

from __future__ import annotations

import ast
import inspect
from functools import cache
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from vnlegal import model
from vnlegal.model import SCHEMA_VERSION, Document


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of ``Document``, with the contract version."""
    schema = Document.model_json_schema(mode="serialization", schema_generator=_WithFieldDocstrings)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$comment"] = f"vnlegal output contract, schema_version {SCHEMA_VERSION}"
    return schema


class _WithFieldDocstrings(GenerateJsonSchema):
    """Each field's description is its attribute docstring in model.py.

    The models do not set ``use_attribute_docstrings`` (it reads the module's source at import,
    which every parse would pay); this reads it once, when a schema is generated, the same way:
    a string statement right after an annotated field, cleaned with ``inspect.cleandoc``. The
    generator sorts the keys afterwards, so the output is what pydantic would produce itself.
    """

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        json = super().model_schema(schema)
        docs = field_docstrings().get(schema["cls"].__name__, {})
        for name, prop in json.get("properties", {}).items():
            if name in docs and "description" not in prop:
                prop["description"] = docs[name]
        return json


@cache
def field_docstrings() -> dict[str, dict[str, str]]:
    """Class name -> field name -> the docstring under the field, for every class of model.py."""
    tree = ast.parse(inspect.getsource(model))
    out: dict[str, dict[str, str]] = {}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        docs = out[cls.name] = {}
        for stmt, after in zip(cls.body, cls.body[1:], strict=False):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[stmt.target.id] = inspect.cleandoc(after.value.value)
    return out
