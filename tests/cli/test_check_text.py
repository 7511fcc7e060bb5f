"""`overlegtafel check-text` in a subprocess: every line of the shared example file is classified
correctly, and the exit codes are 0 clean, 1 findings, 2 usage."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.common import REPO, run_cli

EXAMPLES = Path("/work/shared/data/pii-examples.tsv")
if not EXAMPLES.exists():  # a checkout elsewhere: the copy next to the tests
    EXAMPLES = Path(__file__).resolve().parents[2] / "tests" / "data" / "pii-examples.tsv"


def examples() -> list[tuple[bool, set[str], str]]:
    with EXAMPLES.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [(r["pii"] == "1", set(r["kinds"].split(",")) - {"-", ""}, r["text"]) for r in rows]


@pytest.mark.skipif(not EXAMPLES.exists(), reason="pii-examples.tsv not available")
def test_every_example_line_is_classified(cli_env: dict[str, str]) -> None:
    rows = examples()
    assert len(rows) >= 30
    text = "\n".join(t for _pii, _kinds, t in rows) + "\n"
    result = run_cli(["check-text", "--per-line", "--json"], cli_env, stdin=text)
    assert result.returncode == 1, result.stderr
    found: dict[int, set[str]] = {}
    for item in json.loads(result.stdout):
        found.setdefault(item["line"], set()).add(item["kind"])
        assert item["reason"] and item["end"] > item["start"]
    wrong = []
    for number, (pii, kinds, text) in enumerate(rows, start=1):
        got = found.get(number, set())
        if pii and not kinds <= got:
            wrong.append(f"missed {sorted(kinds - got)}: {text}")
        if not pii and got:
            wrong.append(f"false alarm {sorted(got)}: {text}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.skipif(not EXAMPLES.exists(), reason="pii-examples.tsv not available")
def test_whole_text_exit_codes_match_the_file(cli_env: dict[str, str]) -> None:
    rows = examples()
    clean = next(t for pii, _k, t in rows if not pii)
    flagged = next(t for pii, k, t in rows if pii and "bsn" in k)
    ok = run_cli(["check-text"], cli_env, stdin=clean)
    assert (ok.returncode, ok.stdout) == (0, "")
    hit = run_cli(["check-text"], cli_env, stdin=flagged)
    assert hit.returncode == 1
    kind, start, end, reason = hit.stdout.strip().split("\t")
    assert kind == "bsn" and flagged[int(start) : int(end)].isdigit() and "BSN" in reason
    assert flagged[int(start) : int(end)] not in reason  # the reason never repeats the data
    english = run_cli(["--lang", "en", "check-text", "--json"], cli_env, stdin=flagged)
    assert english.returncode == 1
    assert json.loads(english.stdout)[0]["reason"].startswith("Possible BSN")


def test_usage_errors_exit_2(cli_env: dict[str, str]) -> None:
    empty = run_cli(["check-text"], cli_env, stdin="")
    assert (empty.returncode, empty.stdout) == (0, "")
    not_utf8 = subprocess.run(
        [sys.executable, "-m", "desktop", "check-text"],
        env=cli_env,
        input=b"BSN \xff\xfe 111222333",
        capture_output=True,
        timeout=120,
        cwd=REPO,
    )
    assert not_utf8.returncode == 2
    assert "UTF-8" in not_utf8.stderr.decode()
    unknown = run_cli(["check-text", "--frobnicate"], cli_env, stdin="x")
    assert unknown.returncode == 2
    assert "Onjuist gebruik" in unknown.stderr
