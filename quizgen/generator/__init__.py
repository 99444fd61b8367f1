"""The question generator: articles in, sourced and verified questions out."""

from .merge import is_teachers, merge
from .pipeline import Generated, generate
from .workflow import Report, generate_bank

__all__ = ["Generated", "Report", "generate", "generate_bank", "is_teachers", "merge"]
