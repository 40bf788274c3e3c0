"""The installed Qt binding survives a long session.

PySide6-Essentials 6.12.0 drops a reference to None on every call of a Qt method that
returns nothing; after some thousands of calls (a few minutes of a real session, or one
large log loading) Python aborts with "none_dealloc". pyproject.toml excludes it; this
test fails if such a build comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys

LONG_SESSION = """
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(60000):
    QCoreApplication.processEvents()
    label.setText(str(i))
print("survived")
"""


def test_many_void_qt_calls_do_not_abort_python():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run([sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0 and "survived" in res.stdout, res.stderr[-2000:]
