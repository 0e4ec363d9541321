"""JSON Schemas of nq42's input files, generated from the pydantic models.

Editors (through ``# yaml-language-server: $schema=…``) and independent validators such
as check-jsonschema use these; the copies committed under ``schema/`` are tested to be
exactly what this module generates. Adding a file kind's schema is one line in
:data:`SCHEMAS`. The module itself is light (pydantic comes in with the model), so the
CLI can read the names when it declares its arguments.
"""

from __future__ import annotations

import importlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["SCHEMAS", "json_schema", "schema_text"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# name -> (module, model class): the model is imported only when its schema is asked for.
SCHEMAS: dict[str, tuple[str, str]] = {
    "plan": ("nq42cli.core.models", "Plan"),
    "status": ("nq42cli.core.progress", "DutyProgress"),
    "owners": ("nq42cli.core.owners", "Registry"),
}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the file kind ``name``, keys as written in files."""
    module, cls = SCHEMAS[name]
    model: type[BaseModel] = getattr(importlib.import_module(module), cls)
    return {"$schema": DIALECT, **model.model_json_schema(by_alias=True)}


def schema_text(name: str) -> str:
    """The schema as committed: two-space JSON, UTF-8 kept readable, final newline."""
    return json.dumps(json_schema(name), ensure_ascii=False, indent=2) + "\n"
