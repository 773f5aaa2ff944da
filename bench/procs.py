"""Run a command and watch its whole process tree: wall time, and each process's peak resident memory
(the kernel's high-water mark, read from /proc every 0.1 s), grouped by role (the tocsin process, its reading workers, Spark's
JVM, Spark's Python workers). Shared by the scale-out benches."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Run:
    wall: float = 0.0
    peaks: dict[int, int] = field(default_factory=dict)  # pid -> peak RSS in bytes
    roles: dict[int, str] = field(default_factory=dict)
    samples: list[tuple[float, int]] = field(default_factory=list)  # (seconds, RSS of the whole tree)
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> CPU seconds used, at its last sample
    output: str = ""

    def peak(self, role: str) -> float:
        """The largest peak of one process of the role, in MB."""
        return max((self.peaks[p] for p, r in self.roles.items() if r == role), default=0) / 2**20

    def cpu_of(self, role: str) -> float:
        """CPU seconds of all the processes of the role."""
        return sum(c for p, c in self.cpu.items() if self.roles.get(p) == role)

    def count(self, role: str) -> int:
        return sum(1 for r in self.roles.values() if r == role)

    @property
    def tree_peak(self) -> float:
        return max((s for _, s in self.samples), default=0) / 2**20


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


TICKS = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
    except (OSError, IndexError, ValueError):
        return None


def _rss(pid: int, field: str = "VmRSS") -> int:
    """A process's resident memory now (VmRSS), or its peak since it started its program (VmHWM: the
    kernel's high-water mark, which a sample cannot miss; unlike getrusage's maxrss it does not carry the
    memory of the process that forked it)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _role(pid: int, root: int) -> str:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "other"
    program = Path(cmd[0].decode(errors="replace")).name if cmd and cmd[0] else ""
    text = b" ".join(cmd).decode(errors="replace")
    if pid == root:
        return "tocsin"
    if program == "java":
        return "spark jvm"
    if "pyspark.daemon" in text or "pyspark.worker" in text:
        return "spark python"
    if program.startswith("python"):
        return "worker"
    return "other"  # shell wrappers (spark-submit's scripts)


def watch(command: list[str], env: dict | None = None, interval: float = 0.1) -> Run:
    run = Run()
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree, todo, total = _children(), [proc.pid], 0
            while todo:
                pid = todo.pop()
                total += _rss(pid)
                if (used := _cpu(pid)) is not None:
                    run.cpu[pid] = used
                peak = _rss(pid, "VmHWM")
                if peak > run.peaks.get(pid, 0):
                    run.peaks[pid] = peak
                    run.roles[pid] = _role(pid, proc.pid)  # again: a shell wrapper may have become the JVM (exec)
                todo += tree.get(pid, [])
            run.samples.append((time.perf_counter() - start, total))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    run.output = proc.stdout.read()
    code = proc.wait()
    run.wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if code not in (0, 3):
        raise SystemExit(f"{' '.join(command[:5])} failed ({code}):\n{run.output[-3000:]}")
    return run


def tocsin(*args: str) -> list[str]:
    import sys

    return [sys.executable, "-m", "tocsin", *args]


__all__ = ["Run", "watch", "tocsin"]
