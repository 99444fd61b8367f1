"""Files on disk: safe YAML reading, bank files, atomic writes, conflict-checked edits with history."""

from .article_file import read_article_file
from .atomic import atomic_write
from .banks import bank_to_data, dump_bank, find_banks, load_bank, parse_bank, parse_model, project_root_of, save_bank
from .changes import describe_change
from .editing import Opened, open_bank, read_structure, restore_version, save_edited, save_merged, save_text
from .history import CURRENT, Version, content_hash, diff_texts, diff_versions, list_versions, read_version
from .home import DATA_FOLDER, project_root
from .link_key import LINK_KEY_FILE, link_key
from .safe_yaml import parse_yaml
from .text_file import decode_text, megabytes, read_text_file

__all__ = [
    "CURRENT",
    "DATA_FOLDER",
    "LINK_KEY_FILE",
    "Opened",
    "Version",
    "atomic_write",
    "bank_to_data",
    "content_hash",
    "decode_text",
    "describe_change",
    "megabytes",
    "diff_texts",
    "diff_versions",
    "dump_bank",
    "find_banks",
    "link_key",
    "list_versions",
    "load_bank",
    "open_bank",
    "parse_bank",
    "parse_model",
    "parse_yaml",
    "project_root",
    "project_root_of",
    "read_article_file",
    "read_structure",
    "read_text_file",
    "read_version",
    "restore_version",
    "save_bank",
    "save_edited",
    "save_merged",
    "save_text",
]
