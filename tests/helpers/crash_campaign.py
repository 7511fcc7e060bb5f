"""The kill campaign: each operation (restore, backup, passwd, rekey, purge, case import, migration,
start-up) is run once under strace to count its calls of a system call, then killed on entry to
call N for every N (``make torture``) or for an even spread of them (CI). After each kill the store
must open, pass every check, and hold either the state before the operation or the state after it.

A scenario gives: ``prepare(folder)`` (the pristine state, made once and copied per run),
``argv(folder)`` (the real CLI command), and ``check(folder)`` which opens the store after the kill,
proves its content and returns which state it found ("old" or "new").
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers import crash_points

TORTURE = os.environ.get("OVERLEGTAFEL_TORTURE") == "1"
ALL_POINTS_UP_TO = 10  # a call made this rarely (the renames of a swap) is killed at every point


@dataclass(frozen=True)
class Scenario:
    name: str
    syscalls: tuple[str, ...]
    prepare: Callable[[Path], None]
    argv: Callable[[Path], list[str]]
    check: Callable[[Path, crash_points.Run], str]
    ci_points: int = 4  # kills per frequent system call in CI; every call under torture
    ci_syscalls: tuple[str, ...] | None = None  # a cheaper subset for CI (None: all of ``syscalls``)


@dataclass
class Report:
    operation: str
    calls: dict[str, int] = field(default_factory=dict)
    kills: Counter[str] = field(default_factory=Counter)  # per "syscall#N"
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        total = sum(self.kills.values())
        per_call = ", ".join(
            f"{name} {sum(v for k, v in self.kills.items() if k.startswith(name + '#'))}/{count}"
            for name, count in self.calls.items()
        )
        points = " ".join(sorted(self.kills, key=lambda k: (k.split("#")[0], int(k.split("#")[1]))))
        return (
            f"{self.operation}: {total} kills at exact points (killed/calls: {per_call}); "
            f"store found {dict(sorted(self.outcomes.items()))}; failures {len(self.failures)}; "
            f"{self.seconds:.0f} s; points: {points}"
        )


def run_scenario(scenario: Scenario, folder: Path, env: dict[str, str]) -> Report:
    report = Report(scenario.name)
    started = time.monotonic()
    pristine = folder / "pristine"
    pristine.mkdir(parents=True)
    scenario.prepare(pristine)
    syscalls = scenario.syscalls if TORTURE or scenario.ci_syscalls is None else scenario.ci_syscalls
    for syscall in syscalls:
        counting = crash_points.copy_tree(pristine, folder / f"count-{syscall}")
        clean = crash_points.run(scenario.argv(counting), env, syscall, cwd=counting)
        if clean.returncode != 0:
            raise AssertionError(f"{scenario.name} fails without a kill: {clean.stderr[-2000:]}")
        report.calls[syscall] = clean.calls
        if scenario.check(counting, clean) != "new":
            report.failures.append(f"{syscall}: the run without a kill did not give the new state")
        shutil.rmtree(counting)
        every = TORTURE or clean.calls <= ALL_POINTS_UP_TO
        for n in crash_points.spread(clean.calls, None if every else scenario.ci_points):
            work = crash_points.copy_tree(pristine, folder / f"{syscall}-{n}")
            killed = crash_points.run(scenario.argv(work), env, syscall, kill_at=n, cwd=work)
            point = f"{syscall}#{n}"
            if not killed.hit:
                report.failures.append(f"{point}: not hit (calls {killed.calls}, rc {killed.returncode})")
                continue
            report.kills[point] += 1
            try:
                report.outcomes[scenario.check(work, killed)] += 1
            except Exception as exc:  # every failure is reported, then the test fails
                report.failures.append(f"{point}: {type(exc).__name__}: {exc}")
            shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.monotonic() - started
    return report
