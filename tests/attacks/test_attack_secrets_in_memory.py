"""Finding 8: secrets in memory. A core dump of the running program would hold the database key
and decrypted pages, so the real entry point disables core dumps before it does anything else
(RLIMIT_CORE = 0, and on Linux PR_SET_DUMPABLE = 0, which also keeps other processes of the same
user from attaching a debugger); SQLCipher wipes and locks the memory it uses for keys and pages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers.common import REPO

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux")

# Run the real `overlegtafel` entry point in a fresh process (the same `main` the installed script
# calls), then report the process's own dump settings from inside it.
PROBE = """
import ctypes, json, os, resource, sys
from desktop.cli import main
_soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # dumps allowed, as far as this user may
assert hard != 0, "core dumps are already off for this user: the test would prove nothing"
rc = main(sys.argv[1:])
libc = ctypes.CDLL(None, use_errno=True)
PR_GET_DUMPABLE = 3
limits = open(f"/proc/{os.getpid()}/limits").read()
core = [line for line in limits.splitlines() if line.startswith("Max core file size")][0]
print(json.dumps({
    "rc": rc,
    "dumpable": libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
    "rlimit_core": resource.getrlimit(resource.RLIMIT_CORE),
    "proc_limits": core.split()[4:6],
    "umask": os.umask(0o022),
}))
"""


def probe(args: list[str], cli_env: dict[str, str], stdin: str = "") -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=cli_env,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@linux_only
def test_cli_start_disables_core_dumps(cli_env: dict[str, str]) -> None:
    facts = probe(["check-text"], cli_env, stdin="Een tekst zonder bijzonderheden.\n")
    assert facts["rc"] == 0
    assert facts["rlimit_core"] == [0, 0]
    assert facts["proc_limits"] == ["0", "0"]
    assert facts["dumpable"] == 0
    assert facts["umask"] == 0o077


@linux_only
def test_gui_start_disables_core_dumps(cli_env: dict[str, str], tmp_path) -> None:
    env = dict(cli_env, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    facts = probe(["--store", str(tmp_path / "opslag"), "--exit-after-start"], env)
    assert facts["rlimit_core"] == [0, 0]
    assert facts["dumpable"] == 0


def test_sqlcipher_memory_security_is_on(store) -> None:
    assert store.db.execute("PRAGMA cipher_memory_security").fetchone()[0] in (1, "1")
