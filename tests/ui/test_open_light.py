"""Starting is light and opening shows the folder before reading all of it (issue 14).

- The window's first paint with a folder open comes before Alembic, ReportLab, PDFium or Pillow
  are imported (each loads when first needed: an upgrade, printing, a document shown or added).
- Only the tab she was on is built when a folder opens; the others on their first visit.
- The whole file's quick check runs after the folder shows; until it has passed, the day's
  backup waits.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    Profile,
    Question,
    QuestionStatus,
    RecordKind,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.today import Reason
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services.reading import OverviewRead
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.window_helpers import opened

HEAVY = ("alembic", "reportlab", "pypdfium2", "PIL")

# Runs the app as ``infusion-desk FOLDER`` does; at the first paint of the window with the
# folder's name in its title it prints which heavy modules are loaded, and leaves at once.
CHILD = textwrap.dedent("""
    import os, sys
    from infusion_desk import app

    make = app.make_application

    def watched(**options):
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QMainWindow

        qt_app = make(**options)

        class FirstPaint(QObject):
            def eventFilter(self, obj, event):
                if (event.type() == QEvent.Type.WindowTitleChange
                        and isinstance(obj, QMainWindow)
                        and obj.windowTitle().startswith("Ada Lovelace")
                        and not hasattr(self, "orm")):  # the folder's title, first set
                    self.orm = [m for m in ("sqlalchemy", "infusion_desk.services.folder")
                                if m in sys.modules]
                if (event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow)
                        and obj.windowTitle().startswith("Ada Lovelace")):
                    loaded = [m for m in {heavy!r} if m in sys.modules]
                    print("PAINTED", ",".join(loaded), flush=True)
                    print("TITLED", ",".join(getattr(self, "orm", ["never"])), flush=True)
                    os._exit(0)
                return False

        qt_app._first_paint = FirstPaint(qt_app)
        qt_app.installEventFilter(qt_app._first_paint)
        return qt_app

    app.make_application = watched
    from infusion_desk.cli import main
    sys.exit(main(sys.argv[1:]))
""").format(heavy=HEAVY)


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "Ada.infusiondesk"
    with Folder.create(path, Profile(patient_name="Ada Lovelace")) as folder:
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 11, 20)))
        folder.records.add(Call(organization="Sunrise Home Infusion", summary="Pump on Friday",
                                follow_up_on=date(2026, 11, 1)))
    return path


def test_the_first_paint_with_a_folder_open_needs_no_heavy_library(tmp_path: Path) -> None:
    path = _folder(tmp_path)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INFUSION_DESK_HOME=str(tmp_path / "home"),
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    run = subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=180, check=False)
    painted = [line for line in run.stdout.splitlines() if line.startswith("PAINTED")]
    assert painted, (run.returncode, run.stdout[-2000:], run.stderr[-4000:])
    loaded = [name for name in painted[0].removeprefix("PAINTED").strip().split(",") if name]
    assert loaded == [], f"imported before the first paint: {loaded}"
    # The folder's name and first screen show from a plain read: SQLAlchemy and the services
    # load only after (on the opening's thread), so the window does not wait for them.
    titled = [line for line in run.stdout.splitlines() if line.startswith("TITLED")]
    assert titled == ["TITLED "], titled


def test_only_the_tab_she_was_on_is_built_when_a_folder_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = app_paths()
    settings = AppSettings(paths.settings_file)
    settings.set_tab(2)  # she left the folder on Calls
    window = MainWindow(settings, paths)
    qtbot.addWidget(window)
    window.show()
    assert opened(qtbot, window, _folder(tmp_path))
    view = window.view
    assert view is not None
    assert view.tabs.currentIndex() == 2
    assert [view.built_tab(i) is not None for i in range(6)] == [
        False, False, True, False, False, False]
    assert view.tabs.currentWidget() is view.calls
    view.tabs.setCurrentIndex(1)  # her first visit to Requests builds it, with its rows
    requests = view.built_tab(1)
    assert requests is not None and view.tabs.currentWidget() is requests is view.requests
    assert view.tabs.tabText(1) == "Requests" and view.tabs.count() == 6
    assert view.built_tab(0) is None
    view.show_record(RecordKind.PROFILE, 1)  # asked for: the Overview is built then
    assert view.tabs.currentIndex() == 0 and view.built_tab(0) is view.overview
    assert settings.tab() == 0
    window.close()


def test_the_days_backup_waits_for_the_whole_files_check(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths)
    qtbot.addWidget(window)
    window.show()
    path = _folder(tmp_path)
    shown: list[bool] = []
    backups_started: list[bool] = []
    original_show, original_upkeep = window.show_folder, window.start_upkeep

    def show_folder(folder: Folder, first_read: OverviewRead | None = None) -> None:
        assert not folder.checked_in_full  # opened on its header and schema alone
        assert first_read is not None  # the Overview was read off the window's thread
        assert [i.record_id for i in first_read.items if i.kind is RecordKind.CALL] == [1]
        original_show(folder, first_read)
        shown.append(True)

    def start_upkeep() -> None:
        assert shown  # the folder was on screen before the check had passed
        backups_started.append(True)
        original_upkeep()

    window.show_folder = show_folder  # type: ignore[method-assign]
    window.start_upkeep = start_upkeep  # type: ignore[method-assign]
    assert opened(qtbot, window, path)
    assert shown == [True] and backups_started == [True]
    qtbot.waitUntil(lambda: window.status_label.text() == "Backed up today's folder.")
    window.close()


def test_the_first_look_reads_what_the_services_read(tmp_path: Path) -> None:
    from infusion_desk.services.first_look import first_look

    path = _folder(tmp_path)
    for day in (date(2026, 10, 1), date(2026, 11, 5), date(2026, 12, 1)):
        with Folder.open(path, read_only=True) as folder:
            assert first_look(path, day) == folder.overview(day)
    (tmp_path / "not-a-folder.infusiondesk").write_bytes(b"nothing like SQLite" * 100)
    assert first_look(tmp_path / "not-a-folder.infusiondesk", date(2026, 11, 5)) is None


def _busy_folder(tmp_path: Path) -> Path:
    """A folder with records of every kind in every state Today tells apart, some trashed."""
    rng = random.Random(14)
    path = tmp_path / "Busy.infusiondesk"
    day0 = date(2026, 9, 1)

    def some_day() -> date | None:
        return None if rng.random() < 0.2 else day0 + timedelta(days=rng.randrange(120))

    with Folder.create(path, Profile(patient_name="Grace Hopper")) as folder:
        plans = [folder.records.add(Plan(payer=payer, member_phone=phone)).value.id
                 for payer, phone in (("Acme Health", "555-0100"), ("Blue Shore", ""))]
        folder.records.add(Contact(name="Dana Reyes, RN", organization="Blue Shore",
                                   phone="555-0199"))
        steps = []
        for i in range(24):
            step = folder.records.add(Step(
                kind=rng.choice(list(StepKind)), status=rng.choice(list(StepStatus)),
                started_on=some_day(), decided_on=some_day(), approved_to=some_day(),
                plan_id=rng.choice([*plans, None]), title=f"Step {i}")).value
            steps.append(step.id)
        # An approval ending whose renewal shows as under way only by a request sent for it.
        cedar = folder.records.add(Plan(payer="Cedar Mutual", pa_phone="555-0123")).value.id
        folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED,
                                started_on=day0, approved_to=date(2026, 10, 20), plan_id=cedar))
        renewal = folder.records.add(Step(kind=StepKind.REAUTHORIZATION, started_on=day0,
                                          plan_id=cedar)).value.id
        folder.records.add(Request(what="Renewal form", step_id=renewal,
                                   submitted_on=date(2026, 10, 5)))
        for i in range(160):
            sent = some_day() if rng.random() < 0.4 else None
            request = folder.records.add(Request(
                what=f"Request {i}", due_on=some_day(), submitted_on=sent,
                confirmed_on=some_day() if sent and rng.random() < 0.5 else None,
                requested_by=rng.choice(["Acme Health", "Dana Reyes", "blue shore inc", ""]),
                step_id=rng.choice([*steps, None, None]))).value
            if rng.random() < 0.1 and request.id is not None:
                folder.records.trash(Request, request.id)
        for i in range(60):
            question = folder.records.add(Question(
                text=f"Question {i}", status=rng.choice(list(QuestionStatus)))).value
            if rng.random() < 0.1 and question.id is not None:
                folder.records.trash(Question, question.id)
        for i in range(60):
            folder.records.add(Call(organization=f"Caller {i % 7}", summary=f"Call {i}",
                                    follow_up_on=some_day(), follow_up_done=rng.random() < 0.3))
    return path


def test_the_first_look_reads_only_what_today_needs_and_says_the_same(tmp_path: Path) -> None:
    """The first look reads the requests, questions and calls Today can use with SQL: on a folder
    of every state, its Today is the one the services make from all the records."""
    from infusion_desk.services.first_look import first_look

    path = _busy_folder(tmp_path)
    with Folder.open(path, read_only=True) as folder:
        for day in (date(2026, 8, 1), date(2026, 10, 15), date(2026, 11, 30), date(2027, 2, 1)):
            read = folder.overview(day)
            assert read.items, day
            if day == date(2026, 10, 15):
                assert any(i.reason is Reason.RENEWAL_UNDER_WAY for i in read.items)
            assert first_look(path, day) == read


def test_the_first_look_shows_at_once_and_the_folder_takes_its_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from infusion_desk.ui.overview.first_look import FirstLookPage

    paths = app_paths()
    settings = AppSettings(paths.settings_file)
    settings.set_tab(0)
    window = MainWindow(settings, paths, clock=lambda: date(2026, 11, 5))
    qtbot.addWidget(window)
    window.show()
    path = _folder(tmp_path)
    with qtbot.waitSignal(window.opening_ended, timeout=60000) as ended:
        window.open_folder(path)
        page = window.stack.currentWidget()  # on the spot, before the folder is open
        assert isinstance(page, FirstLookPage) and window.ctx is None
        assert window.windowTitle() == "Ada Lovelace — Infusion Desk"
        assert page.today_list.count() == 0  # Today's lines follow the first paint
        with qtbot.waitSignal(page.filled, timeout=10000):
            pass
        lines = [page.today_list.item(i).text() for i in range(page.today_list.count())]
        assert any("Sunrise Home Infusion" in line for line in lines), lines
    assert ended.args == [True]
    assert window.view is not None and window.stack.currentWidget() is window.view
    assert not window.findChildren(FirstLookPage)  # gone once the folder shows
    assert window.windowTitle() == "Ada Lovelace — Infusion Desk"
    window.close()


def test_a_file_the_first_look_cannot_read_is_told_as_before(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths)
    qtbot.addWidget(window)
    window.show()
    shown: list[str] = []
    window.show_error = lambda error: shown.append(error.message)  # type: ignore[method-assign]
    path = tmp_path / "Not really.infusiondesk"
    path.write_bytes(b"not a folder file" * 200)
    with qtbot.waitSignal(window.opening_ended, timeout=60000) as ended:
        window.open_folder(path)
    assert ended.args == [False] and shown
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Infusion Desk"
    window.close()
