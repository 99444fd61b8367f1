"""Reading `seeds/catalog.yaml`, the hand-kept metadata of the articles."""

from __future__ import annotations

import os
from pathlib import Path

from ..config import LIMITS
from ..errors import FileRejected
from ..models import Catalog
from ..storage import parse_model, parse_yaml, read_text_file

__all__ = ["CATALOG_NAME", "load_catalog"]

CATALOG_NAME = "catalog.yaml"


def load_catalog(path: str | os.PathLike[str]) -> Catalog:
    """The catalog at `path`; an absent file is an empty catalog."""
    path = Path(path)
    if not path.exists():
        return Catalog()
    text = read_text_file(path, max_bytes=LIMITS.catalog_max_bytes)
    data = parse_yaml(text, str(path))
    if data is None:
        return Catalog()
    if not isinstance(data, dict):
        raise FileRejected(str(path), "should start with 'articles:' followed by one entry per article file")
    return parse_model(Catalog, data, text, str(path))
