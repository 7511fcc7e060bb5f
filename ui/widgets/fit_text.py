"""Cut a text to the lines a label really has, at a word boundary (issue 10.10)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"


def fit_words(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> str:
    """``text`` word-wrapped into ``width`` pixels; when it needs more than ``max_lines`` lines the
    last line ends with the last whole word that fits, followed by "…"."""
    words = text.split()
    if not words or width <= 0:
        return text
    lines: list[list[str]] = [[]]
    for word in words:
        trial = " ".join([*lines[-1], word])
        if lines[-1] and metrics.horizontalAdvance(trial) > width:
            if len(lines) == max_lines:
                return _close(lines, metrics, width)
            lines.append([word])
        else:
            lines[-1].append(word)
    return text


def _close(lines: list[list[str]], metrics: QFontMetrics, width: int) -> str:
    last = lines[-1]
    while len(last) > 1 and metrics.horizontalAdvance(" ".join(last) + ELLIPSIS) > width:
        last.pop()
    last[-1] = last[-1].rstrip(",;:-–") + ELLIPSIS
    return " ".join(" ".join(line) for line in lines)
