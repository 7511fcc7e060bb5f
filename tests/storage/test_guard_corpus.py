"""The guard against labelled texts: the shared examples and the project's own corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.guard import scan
from storage.guard.evaluate import load_corpus, score

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SHARED_EXAMPLES = Path("/work/shared/data/pii-examples.tsv")
CORPUS = DATA / "guard_corpus.tsv"
HOLDOUT = DATA / "guard_corpus_holdout.tsv"
HOLDOUT_B = DATA / "guard_corpus_holdout_b.tsv"
HOLDOUT_C = DATA / "guard_corpus_holdout_c.tsv"


def _shared_rows() -> list:
    if not SHARED_EXAMPLES.exists():
        return []
    return load_corpus(SHARED_EXAMPLES)


@pytest.mark.skipif(not SHARED_EXAMPLES.exists(), reason="shared examples not on this machine")
@pytest.mark.parametrize("row", _shared_rows(), ids=lambda r: r.text[:40])
def test_shared_example_is_classified(row) -> None:
    findings = scan(row.text)
    assert bool(findings) == row.pii, [(f.kind, row.text[f.start : f.end]) for f in findings]
    if row.kinds:
        assert row.kinds <= {f.kind for f in findings}


def test_corpus_is_large_and_balanced() -> None:
    rows = load_corpus(CORPUS)
    assert len(rows) >= 400
    share = sum(r.pii for r in rows) / len(rows)
    assert 0.4 <= share <= 0.6
    assert len({r.text for r in rows}) == len(rows), "duplicate texts"


@pytest.mark.parametrize("path", [HOLDOUT, HOLDOUT_B, HOLDOUT_C], ids=lambda p: p.name)
def test_holdout_is_large_enough(path: Path) -> None:
    # Only size and balance are checked here; its figures are reported by bench/bench_guard.py.
    rows = load_corpus(path)
    assert len(rows) >= 100
    assert 0.3 <= sum(r.pii for r in rows) / len(rows) <= 0.7


def test_corpus_recall_and_false_positive_rate() -> None:
    result = score(load_corpus(CORPUS))
    missed = [r.text for r in result.missed]
    alarms = [r.text for r in result.false_alarms]
    assert result.recall >= 0.98, missed
    assert result.false_positive_rate <= 0.05, alarms


def test_holdout_c_covers_the_hard_categories() -> None:
    # Issue 16 asks for at least 300 new texts, about half with personal data, and at least
    # 20 texts each for non-Latin scripts and lower-case names; every row carries a category.
    rows = load_corpus(HOLDOUT_C)
    assert len(rows) >= 300
    assert 0.4 <= sum(r.pii for r in rows) / len(rows) <= 0.6
    assert all(r.category for r in rows)
    per_category = {c: sum(r.category == c and r.pii for r in rows) for c in {r.category for r in rows}}
    assert per_category["non_latin"] >= 20
    assert per_category["lowercase_name"] >= 20
    earlier = {r.text for p in (CORPUS, HOLDOUT, HOLDOUT_B) for r in load_corpus(p)}
    assert not earlier & {r.text for r in rows}, "hold-out C must not repeat earlier texts"
