"""`seeds/catalog.yaml`: hand-kept metadata that overrides what is inferred from an article."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .checks import Failures, quoted
from .source import SourceId

__all__ = ["Catalog", "CatalogEntry"]


class CatalogEntry(BaseModel):
    """Metadata for one article file; any field left out is inferred from the text."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    file: str = Field(min_length=1, pattern=r"^[^/\\]+$")
    id: SourceId | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")
    notes: str = ""


class Catalog(BaseModel):
    """All entries of a catalog file, one per article file name."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    articles: list[CatalogEntry] = []

    @model_validator(mode="after")
    def _unique(self) -> Catalog:
        failures = Failures("Catalog")
        files: set[str] = set()
        ids: set[str] = set()
        for index, entry in enumerate(self.articles):
            if entry.file in files:
                failures.add(("articles", index, "file"), f"{quoted(entry.file)} has two entries")
            if entry.id and entry.id in ids:
                failures.add(("articles", index, "id"), f"{quoted(entry.id)} is the id of another article")
            files.add(entry.file)
            ids.add(entry.id or "")
        failures.raise_if_any()
        return self

    def entry(self, file_name: str) -> CatalogEntry | None:
        """The entry for this file name, if any."""
        return next((e for e in self.articles if e.file == file_name), None)
