"""Anonymity guard: finds personal data (names, BSN, V-nummer, …) in free text before it is stored.

Pure Python (stdlib and python-stdnum), no Qt, safe to call from any thread.
"""

from storage.guard.findings import KINDS, UNCHECKED, Finding, kind_label
from storage.guard.scanner import scan, scan_parts, warm_up

__all__ = ["KINDS", "UNCHECKED", "Finding", "kind_label", "scan", "scan_parts", "warm_up"]
