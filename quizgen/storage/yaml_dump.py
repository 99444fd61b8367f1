"""Writing YAML that reads well by hand: block style, stable key order, literal blocks, no tags."""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["to_yaml"]

_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_float(dumper: yaml.SafeDumper, value: float) -> yaml.ScalarNode:
    # 240.0 reads better as 240; it loads back as the same number.
    if value.is_integer() and abs(value) < 1e15:
        return dumper.represent_int(int(value))
    return dumper.represent_float(value)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(float, _represent_float)


def to_yaml(data: Any, *, width: int = 100) -> str:
    """Dump plain data (dicts keep their insertion order) as UTF-8-friendly block YAML."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=width,
        indent=2,
    )
