"""Child processes that never outlive zsgate, however it dies (SIGKILL and the OOM killer included).

Linux's `prctl(PR_SET_PDEATHSIG)` has the kernel signal a process when its parent dies; nothing else
survives a SIGKILL of the parent. The signal comes when the *thread* that forked the child ends, so a
child must be started from a thread that lives as long as the child should (the main thread, or the
thread that also waits for it).
"""

from __future__ import annotations

import ctypes
import os
import signal

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
