"""Child processes that never outlive zsgate, however it dies (SIGKILL and the OOM killer included).

Linux's `prctl(PR_SET_PDEATHSIG)` has the kernel signal a process when its parent dies; nothing else
survives a SIGKILL of the parent. The signal comes when the *thread* that forked the child ends, so a
child must be started from a thread that lives as long as the child should (the main thread, or the
thread that also waits for it).

What a dead run left behind is found by its `Owner`: a pid together with that process's start time, so a
later process given the same pid is not taken for it (run directories, containers, `--fix`'s temp files).
"""

from __future__ import annotations

import ctypes
import dataclasses
import os
import signal
from pathlib import Path

PR_SET_PDEATHSIG = 1  # prctl(2)


def die_with_parent(parent: int) -> None:
    """In a child process (before exec, or first thing in a worker): be SIGKILLed when ``parent`` dies.

    ``parent`` is the pid the child was forked from: if that parent died before the kernel was asked,
    the child has been reparented (to init, or to a subreaper) and exits at once.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


@dataclasses.dataclass(frozen=True)
class Owner:
    """A process, by its pid and its start time: a later process given the same pid is not it."""

    pid: int
    start: int  # clock ticks since boot

    @classmethod
    def of(cls, pid: int) -> Owner:
        """Process `pid` as it is now (start time -1 if there is none)."""
        return cls(pid, _start_time(pid))

    @classmethod
    def this_process(cls) -> Owner:
        return cls.of(os.getpid())

    def is_gone(self) -> bool:
        """Whether this process has ended (never true of the calling process)."""
        return self.pid != os.getpid() and _start_time(self.pid) != self.start


def process_namespace() -> str:
    """Where pids and start times mean what they say: this boot of this machine's kernel, this pid namespace.
    An owner recorded under another one (another host or container sharing a Docker engine) is not ours to
    judge."""
    boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    return f"{boot} {os.readlink('/proc/self/ns/pid')}"


def _start_time(pid: int) -> int:
    """When process `pid` started, in clock ticks since boot (-1: no such process)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return -1
    return int(stat.rsplit(")", 1)[1].split()[19])  # field 22; the name before ")" may hold spaces
