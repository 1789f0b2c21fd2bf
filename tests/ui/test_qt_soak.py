"""Guards the PySide6 6.12.0 / Python 3.11 crash (see PLATFORM-NOTES): a 1 ms timer driving a
Python slot for a few seconds. The crash kills the process, so it runs in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SOAK = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication([])
    ticks = []

    def tick():
        ticks.append(None)

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    for _ in range(300):
        QTimer.singleShot(1, lambda: ticks.append(None))
    QTimer.singleShot(3000, app.quit)
    app.exec()
    print(len(ticks))
    """
)


def test_one_millisecond_timer_soak() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SOAK], capture_output=True, text=True,
                          timeout=60, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) > 500
