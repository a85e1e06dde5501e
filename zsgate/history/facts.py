"""The project's models as the schema's fallback: columns of tables a history never created.

``zsgate generate`` writes each model column's type and nullability to ``migrations/model-facts.json``;
lint and impact read tables the files change but never create from it.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources

from zsgate.history.changes import typed_column
from zsgate.history.schema import Column

MODEL_CHARSET = "utf8"
"""ZStack's tables are created ``DEFAULT CHARSET=utf8`` (utf8mb3)."""


class ModelFacts:
    """Columns of the project's models (type and nullability), by table and column name."""

    def __init__(self, tables: dict[str, dict[str, dict[str, object]]], digest: str = "") -> None:
        self.digest = digest or hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()
        """What the facts are, in short (the lint cache's key holds it)."""
        self._tables = {
            table: {c.lower(): (c, facts) for c, facts in columns.items()} for table, columns in tables.items()
        }
        self._columns: dict[tuple[str, str], Column | None] = {}

    @classmethod
    def from_json(cls, text: str) -> ModelFacts:
        """Read model-facts.json; KeyError or ValueError when it is not one."""
        tables = json.loads(text)["tables"]
        try:
            wellformed = all(
                isinstance(facts["type"], str) and isinstance(facts["nullable"], bool)
                for columns in tables.values()
                for facts in columns.values()
            )
        except (AttributeError, TypeError) as error:
            raise ValueError(f"tables hold columns of facts ({error})") from error
        if not wellformed:
            raise ValueError("each column needs a type (text) and nullable (true or false)")
        return cls(tables, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())

    def column(self, table: str, name: str) -> Column | None:
        """The model's column (its type read once, when first asked); None when the models lack it."""
        key = (table, name.lower())
        if key not in self._columns:
            found = self._tables.get(table, {}).get(name.lower())
            self._columns[key] = None
            if found is not None:
                column, facts = found
                self._columns[key] = typed_column(column, str(facts["type"]), bool(facts["nullable"]), None)
        return self._columns[key]

    def charset(self, table: str) -> str | None:
        return MODEL_CHARSET if table in self._tables else None


@cache
def model_facts() -> ModelFacts:
    """Facts of this project's models, as ``zsgate generate`` wrote them to migrations/model-facts.json."""
    return ModelFacts.from_json(resources.files("zsgate.migrations").joinpath("model-facts.json").read_text("utf-8"))
