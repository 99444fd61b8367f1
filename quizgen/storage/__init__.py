"""Files on disk: safe YAML reading, bank files, atomic writes."""

from .atomic import atomic_write
from .banks import bank_to_data, dump_bank, find_banks, load_bank, parse_bank, parse_model, project_root_of, save_bank
from .safe_yaml import parse_yaml
from .text_file import decode_text, read_text_file

__all__ = [
    "atomic_write",
    "bank_to_data",
    "decode_text",
    "dump_bank",
    "find_banks",
    "load_bank",
    "parse_bank",
    "parse_model",
    "parse_yaml",
    "project_root_of",
    "read_text_file",
    "save_bank",
]
