"""Work on many rows at once (CSV imports, the PDF report), shared by the reports and store layers."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    """Python's cycle collector paused during a big read, import or report (and back on
    after, if it was on). Reading and importing make a few containers per row and none of them
    forms a cycle, yet every 700 new containers start a collection, and now and then one
    that walks every object alive, the rows read so far included: those collections took
    more than half the time of reading a 100,000-row file. The one collection after the
    pause walks the records once (a few milliseconds)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
