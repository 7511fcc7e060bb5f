"""`overlegtafel meetings|decisions|actions list` in a subprocess, with and without --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE, run_cli
from tests.helpers.meetings import scenario


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("cli_meetings")
    root = tmp / "opslag"
    store, _code = create_store(root, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.on_close = None
    data = scenario(store)
    s = data["s"]
    # one action closed at the second meeting
    s.actions.close_action(s.q.action_by_number("A-2026-01-01").id, meeting_id=data["m2"].id)
    item = s.q.agenda(data["m2"].id).items[3]
    s.actions.create_from_minutes_line(item.id, "OM vraagt de stand van zaken op", owner_organisation="OM")
    store.close()
    secret = tmp / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return root, secret


def cli(cli_store, env, *args: str):
    root, secret = cli_store
    return run_cli([*args, "--store", str(root), "--passphrase-file", str(secret)], env)


def as_json(cli_store, env, *args: str):
    result = cli(cli_store, env, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_meetings_list(cli_store, cli_env) -> None:
    found = as_json(cli_store, cli_env, "meetings", "list")
    assert [(m["number"], m["status"], m["sealed"]) for m in found] == [
        ("OT 2026-01", "vastgesteld", True),
        ("OT 2026-02", "in_vergadering", False),
    ]
    assert found[0]["date"] == "2026-02-05" and found[0]["decisions"] == 3
    text = cli(cli_store, cli_env, "meetings", "list")
    assert text.returncode == 0 and "OT 2026-01" in text.stdout and "Vastgesteld" in text.stdout


def test_decisions_list_json_shape_and_filters(cli_store, cli_env) -> None:
    found = as_json(cli_store, cli_env, "decisions", "list")
    assert [d["number"] for d in found] == ["B-2026-01-01", "B-2026-01-02", "B-2026-01-03"]
    first = found[0]
    assert {"number", "meeting", "case", "outcome", "responsible", "deadline"} <= set(first)
    assert first == first | {
        "meeting": "OT 2026-01",
        "case": "C-2026-901",
        "outcome": "aangifte",
        "responsible": "unit 1F",
        "deadline": "2026-03-01",
        "final": True,
    }
    aangifte = as_json(cli_store, cli_env, "decisions", "list", "--outcome", "aangifte")
    assert [d["number"] for d in aangifte] == ["B-2026-01-01"]
    assert as_json(cli_store, cli_env, "decisions", "list", "--year", "2025") == []
    assert len(as_json(cli_store, cli_env, "decisions", "list", "--year", "2026")) == 3
    # the `meeting` value is exactly what --meeting accepts
    by_meeting = as_json(cli_store, cli_env, "decisions", "list", "--meeting", first["meeting"])
    assert len(by_meeting) == 3
    assert as_json(cli_store, cli_env, "decisions", "list", "--meeting", "OT 2026-02") == []


def test_decisions_list_usage_errors(cli_store, cli_env) -> None:
    bad_outcome = cli(cli_store, cli_env, "decisions", "list", "--outcome", "vrijspraak")
    assert bad_outcome.returncode == 2 and "aangifte" in bad_outcome.stderr
    bad_meeting = cli(cli_store, cli_env, "decisions", "list", "--meeting", "2026-01")
    assert bad_meeting.returncode == 2 and "OT 2026-03" in bad_meeting.stderr
    missing = cli(cli_store, cli_env, "decisions", "list", "--meeting", "OT 2030-01")
    assert missing.returncode == 2 and "OT 2030-01" in missing.stderr
    assert "Traceback" not in bad_outcome.stderr + bad_meeting.stderr + missing.stderr


def test_actions_list(cli_store, cli_env) -> None:
    every = as_json(cli_store, cli_env, "actions", "list")
    assert [(a["number"], a["status"], a["closed_in"]) for a in every] == [
        ("A-2026-01-01", "done", "OT 2026-02"),
        ("A-2026-02-01", "open", None),
    ]
    assert every[1]["text"] == "OM vraagt de stand van zaken op" and every[1]["owner_organisation"] == "OM"
    assert every[0]["case"] == "C-2026-902" and every[0]["decision"] == "B-2026-01-02"
    open_only = as_json(cli_store, cli_env, "actions", "list", "--open")
    assert [a["number"] for a in open_only] == ["A-2026-02-01"]
    text = cli(cli_store, cli_env, "actions", "list", "--open")
    assert "A-2026-02-01" in text.stdout and "A-2026-01-01" not in text.stdout


def test_meetings_show(cli_store, cli_env) -> None:
    shown = as_json(cli_store, cli_env, "meetings", "show", "--meeting", "OT 2026-01")
    assert shown["number"] == "OT 2026-01" and shown["sealed"] and len(shown["fingerprint"]) == 64
    assert [i["number"] for i in shown["agenda"]] == list(range(1, 9))
    assert shown["agenda"][3]["case"] == "C-2026-901"
    assert [d["number"] for d in shown["decisions"]] == ["B-2026-01-01", "B-2026-01-02", "B-2026-01-03"]
    text = cli(cli_store, cli_env, "meetings", "show", "--meeting", "OT 2026-01")
    assert "Verwacht einde" in text.stdout and "B-2026-01-02" in text.stdout
