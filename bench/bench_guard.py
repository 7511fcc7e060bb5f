"""Benchmark of the anonymity guard: quality on the labelled corpora, speed, start-up cost.

Run from the repository root: ``python -m bench.bench_guard``. ``--blind`` (``--blind-d``) records
only hold-out C (D) under ``guard_holdout_c_blind_*`` (``_d_``): run once, before the guard is tuned
on that set, and never again.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench._results import record
from storage.guard import scan, warm_up
from storage.guard.evaluate import load_corpus, score, score_by_category

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

# A realistic paragraph of minutes (about 600 characters) with a few identifiers in it.
PARAGRAPH = (
    "De IND bespreekt casus C-2026-014. Betrokkene, een man van begin vijftig met de Afghaanse "
    "nationaliteit, was volgens eigen verklaring tussen 1984 en 1989 werkzaam bij de KhAD in "
    "Kabul en later bij de WAD in Mazar-e Sharif. Het OM (Landelijk Parket) heeft op 3 maart "
    "2026 laten weten dat het Team Internationale Misdrijven capaciteit heeft. Vervolging in "
    "Duitsland wordt onderzocht. De heer Rahim Sadeqi, geboren op 7 juni 1969, woont aan de "
    "Kerkstraat 21, 1017 GC Amsterdam en is bereikbaar op 06-12345678. Actie A-2026-03-01: de "
    "IND levert vóór 1 april 2026 de samenvatting aan. Zie ook Kamerstuk 36 410 VI, nr. 106."
)

_LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); import storage.guard as g; g.warm_up(); "
    "print(time.perf_counter() - t)"
)


def _quality(prefix: str, corpus: Path, max_fpr: float = 0.05) -> None:
    result = score(load_corpus(corpus))
    record(f"{prefix}_recall", result.recall, "≥ 0.98", result.recall >= 0.98)
    fpr = result.false_positive_rate
    record(f"{prefix}_false_positive_rate", fpr, f"≤ {max_fpr:g}", fpr <= max_fpr)
    for row in result.missed:
        print(f"  missed: {row.text}")
    for row in result.false_alarms:
        print(f"  false alarm: {row.text}")


def _quality_by_category(prefix: str, corpus: Path) -> None:
    # Per category either recall (texts with personal data) or false-positive rate (hard negatives).
    for category, result in score_by_category(load_corpus(corpus)).items():
        if result.caught or result.missed:
            value = result.recall
            record(f"{prefix}_recall_{category}", value, "≥ 0.98", value >= 0.98)
        else:
            value = result.false_positive_rate
            record(f"{prefix}_fpr_{category}", value, "≤ 0.03", value <= 0.03)


def _holdout(prefix: str, name: str) -> None:
    # Hold-outs C and D (issue 16): harder personal data and hard negatives, a category per text.
    _quality(prefix, DATA / name, max_fpr=0.03)
    _quality_by_category(prefix, DATA / name)


def _ms_per_paragraph(runs: int = 500) -> float:
    warm_up()
    for _ in range(20):
        scan(PARAGRAPH)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        scan(PARAGRAPH)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _load_seconds(runs: int = 3) -> float:
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD_SNIPPET],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        samples.append(float(out.stdout.strip()))
    return statistics.median(samples)


def main(blind: str = "") -> None:
    if blind:
        _holdout(f"guard_holdout_{blind}_blind", f"guard_corpus_holdout_{blind}.tsv")
        return
    _quality("guard", DATA / "guard_corpus.tsv")
    _quality("guard_holdout", DATA / "guard_corpus_holdout.tsv")
    # A second hold-out set, written after the rules settled, kept apart from the first.
    _quality("guard_holdout_b", DATA / "guard_corpus_holdout_b.tsv")
    _holdout("guard_holdout_c", "guard_corpus_holdout_c.tsv")
    _holdout("guard_holdout_d", "guard_corpus_holdout_d.tsv")
    ms = _ms_per_paragraph()
    record("guard_ms_per_paragraph", ms, "≤ 2 ms", ms <= 2.0, " ms")
    load = _load_seconds()
    record("guard_load_seconds", load, "≤ 0.5 s", load <= 0.5, " s")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(blind="d" if "--blind-d" in args else "c" if "--blind" in args else "")
