"""Wording shared by the retention screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.cases.model import status_label
from storage.retention_rules import RULE_STATUSES


def rules_line(rules: dict[str, int]) -> str:
    """``Periods (after the latest decision): no aangifte 5 years, …; open cases never.``"""
    parts = [
        QCoreApplication.translate("RetentionTexts", "{status} {years} years").format(
            status=status_label(status).lower(), years=rules[status]
        )
        for status in RULE_STATUSES
        if status in rules
    ]
    return QCoreApplication.translate(
        "RetentionTexts",
        "Retention periods (after the latest decision): {periods}; open cases are never purged.",
    ).format(periods=", ".join(parts))
