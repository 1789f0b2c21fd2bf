"""The floors: what the same work costs when done as plainly as possible, measured beside the app.

Run as a process (``python floors.py window MARK [--sqlite FILE]``) it is the bare PySide6 window
with 6 table tabs (on ``--sqlite``: filled with the first rows of the folder file's tables, read
with the plain ``sqlite3`` module); it writes the same "shown" mark as the app
(``infusion_desk.ui.lag_probe.ShownMark``) plus its peak memory, then quits.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sqlite3
import sys
import time
from io import BytesIO
from pathlib import Path

TABLES = ("documents", "calls", "requests", "questions", "contacts", "steps")
FIRST_ROWS = 50


def peak_mb() -> float:
    """This process's peak resident memory in MB: VmHWM on Linux (``ru_maxrss`` would say the
    parent's peak: Linux carries it over a fork and an exec)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def first_rows(path: Path, table: str, limit: int = FIRST_ROWS) -> list[tuple[object, ...]]:
    """The first rows of a table of a folder file: its small columns, newest first."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                   if row[2].upper() not in {"BLOB", "TEXT"} or row[1] in {"title", "name",
                                                                           "summary", "what"}]
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table} "  # noqa: S608 - ours
                            f"ORDER BY id DESC LIMIT {limit}").fetchall()
    finally:
        conn.close()


def open_and_first_rows(path: Path) -> int:
    """The floor of opening a folder: open the SQLite file and read the first rows of a list."""
    return len(first_rows(path, "calls")) + len(first_rows(path, "documents"))


def fts_query(conn: sqlite3.Connection, match: str, limit: int = 50,
              body_match: str | None = None) -> list[int]:
    """The raw FTS5 floor of a search: the best ``limit`` hits by FTS5's own rank, then (as
    the app, from revision 0005) as many more documents found by their PDF pages' text in
    ``page_bodies`` (``body_match``: the same words, no phrases), joined with the live entries
    and documents, the page stored last first."""
    found = [int(r[0]) for r in conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        (match, limit))]
    if body_match is None or len(found) >= limit:
        return found
    documents: set[int] = set()
    for (document_id,) in conn.execute(
            "SELECT e.document_id FROM page_bodies AS b "
            "JOIN page_body_entries AS e ON e.key = b.rowid AND e.live "
            "JOIN documents AS d ON d.id = e.document_id AND d.deleted_at IS NULL "
            "WHERE page_bodies MATCH ? ORDER BY b.rowid DESC", (body_match,)):
        documents.add(int(document_id))
        if len(documents) >= limit - len(found):
            break
    return found + sorted(documents)


def reportlab_page() -> bytes:
    """The floor of a one-page summary: one page of text built with ReportLab."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for line in range(45):
        pdf.drawString(60, 740 - 15 * line, f"Line {line}: prior authorization approved, "
                                            "reference PA-2026-000123, call 1-800-555-0142")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def read_and_hash(paths: list[Path]) -> int:
    """The floor of an import: read each file and take its SHA-256."""
    for path in paths:
        hashlib.sha256(path.read_bytes()).hexdigest()
    return len(paths)


def sqlite_backup(source: Path, target: Path) -> None:
    """The floor of a backup: SQLite's online backup API, into a new file."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def run_window(mark: Path, sqlite_file: Path | None) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTabWidget

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    tabs = QTabWidget(window)
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "shown" not in marks:
                marks["painted"] = marks["titled"] = marks["shown"] = time.time()
                QTimer.singleShot(0, app.quit)
            return super().eventFilter(watched, event)

    for table in TABLES:
        rows = first_rows(sqlite_file, table) if sqlite_file is not None else []
        widget = QTableWidget(len(rows), len(rows[0]) if rows else 6)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                widget.setItem(r, c, _item(value))
        tabs.addTab(widget, table.title())
    window.setCentralWidget(tabs)
    window.resize(1100, 750)
    window.setWindowTitle("Floor")
    spy = FirstPaint(window)
    window.installEventFilter(spy)
    window.show()
    app.exec()
    marks["peak_mb"] = peak_mb()
    mark.write_text(json.dumps(marks), encoding="utf-8")
    return 0


def _item(value: object) -> object:
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem("" if value is None else str(value))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["window"])
    parser.add_argument("mark", type=Path)
    parser.add_argument("--sqlite", type=Path)
    args = parser.parse_args()
    sys.exit(run_window(args.mark, args.sqlite))
