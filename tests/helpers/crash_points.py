"""Kill a process at an exact system call, the way a crash test must: ``strace`` delivers SIGKILL on
entry to the Nth ``rename`` (or ``fsync``, ``fdatasync``, ``pwrite64``), so call N never happens and
calls 1..N-1 did. The trace shows whether the kill really came at that call (the "hit"); a run that
ended before call N is no kill at all and is reported as such, never counted.

The CLI runs as one single-threaded process, so the call counter keeps N the same from run to run.
``PYTHONDONTWRITEBYTECODE`` keeps Python's own ``.pyc`` renames out of the count.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

KILLED = "+++ killed by SIGKILL +++"
_PID = re.compile(r"^\d+\s+")
# Only the traced process (no -f). Not --seccomp-bpf: faster, but strace 6.1 then never injects.
_STRACE = ["strace", "-qq", "-e", "signal=none"]


@functools.cache
def unavailable() -> str | None:
    """Why exact-point kills cannot run here, or None when they can."""
    if not sys.platform.startswith("linux"):
        return "exact-point kills need Linux (strace)"
    strace = shutil.which("strace")
    if strace is None:
        return "strace is not installed (packaging/install-system-deps.sh installs it)"
    probe = subprocess.run([strace, "-qq", "-e", "trace=none", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"strace cannot trace here (ptrace not permitted?): {probe.stderr.strip()[:200]}"
    return None


@dataclass(frozen=True)
class Run:
    calls: int  # how many times the traced call was entered
    killed: bool  # the process died of SIGKILL
    hit: bool  # killed exactly on entry to the requested call
    returncode: int
    stdout: str
    stderr: str


def _lines(trace: str) -> list[str]:
    """Trace lines without the process id that ``-f`` puts in front."""
    return [_PID.sub("", line) for line in trace.splitlines()]


def _calls(trace: str, syscall: str) -> list[str]:
    return [line for line in _lines(trace) if line.startswith(f"{syscall}(")]


def run(
    argv: list[str], env: dict[str, str], syscall: str, *, kill_at: int | None = None, cwd: Path | None = None
) -> Run:
    """Run ``argv`` under strace, counting ``syscall``; with ``kill_at`` SIGKILL on its Nth entry."""
    env = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.NamedTemporaryFile(prefix="strace-", suffix=".txt", delete=False) as fh:
        out = Path(fh.name)
    cmd = [*_STRACE, "-e", f"trace={syscall}", "-o", str(out)]
    if kill_at is not None:
        cmd += ["-e", f"inject={syscall}:signal=KILL:when={kill_at}"]
    try:
        proc = subprocess.run(
            [*cmd, "--", *argv], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
        )
        trace = out.read_text(encoding="utf-8", errors="replace")
    finally:
        out.unlink(missing_ok=True)
    calls = _calls(trace, syscall)
    killed = KILLED in trace or proc.returncode == -9  # strace dies of the signal its tracee died of
    hit = (
        kill_at is not None
        and killed
        and len(calls) == kill_at
        and calls[-1].rstrip().endswith("= ?")  # entered, never returned
    )
    return Run(len(calls), killed, hit, proc.returncode, proc.stdout, proc.stderr)


def trace(argv: list[str], env: dict[str, str], syscalls: str, *, cwd: Path | None = None) -> list[str]:
    """The trace lines of a run without a kill (to find landmarks, e.g. the first write to stdout)."""
    env = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.NamedTemporaryFile(prefix="strace-", suffix=".txt", delete=False) as fh:
        out = Path(fh.name)
    try:
        cmd = [*_STRACE, "-s", "64", "-e", f"trace={syscalls}", "-o", str(out)]
        subprocess.run([*cmd, "--", *argv], env=env, cwd=cwd, capture_output=True, timeout=120, check=True)
        return _lines(out.read_text(encoding="utf-8", errors="replace"))
    finally:
        out.unlink(missing_ok=True)


def spread(count: int, limit: int | None) -> list[int]:
    """Call numbers 1..count, or ``limit`` of them spread evenly (always the first and the last)."""
    if limit is None or count <= limit:
        return list(range(1, count + 1))
    if limit <= 1:
        return [count]
    step = (count - 1) / (limit - 1)
    return sorted({1 + round(i * step) for i in range(limit)})


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


def cli_argv(*args: str) -> list[str]:
    """The real entry point of this worktree's virtual environment."""
    exe = Path(sys.executable).with_name("overlegtafel")
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "desktop", *args]


def subprocess_env(repo: Path, keyring_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.FileKeyring"
    env["OVERLEGTAFEL_TEST_KEYRING_FILE"] = str(keyring_file)
    env["PYTHONPATH"] = str(repo) + os.pathsep + env.get("PYTHONPATH", "")
    env["OVERLEGTAFEL_KDF"] = "fast"
    env["OVERLEGTAFEL_LANG"] = "nl"
    return env
