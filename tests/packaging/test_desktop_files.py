"""The files that make a double-click on a folder file open the app: valid for the desktop's own
validators, consistent with each other and with the app, icons from the one master, and an
install script that really makes `gio open FOLDER-FILE` start the app with that file."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_tools import ROOT, project_version, run
from PIL import Image, ImageChops, ImageStat

from infusion_desk import FILE_SUFFIX
from infusion_desk.app import DESKTOP_ID

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
MIME_XML = LINUX / f"{DESKTOP_ID}.xml"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
ICONS = LINUX / "icons" / "hicolor"
MASTER = ROOT / "resources" / "icons" / "infusion-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
MIME_TYPE = "application/x-infusiondesk"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (bash packaging/setup-dev.sh installs it as root)")
    return found


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = run([tool("desktop-file-validate"), DESKTOP], cwd=ROOT)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = run([tool("appstreamcli"), "validate", "--no-net", METAINFO], cwd=ROOT)
    assert done.returncode == 0, done.stdout


def test_every_file_names_the_same_app_file_type_and_version() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Exec"].endswith(" %f")

    mime = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    globs = [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{FILE_SUFFIX}"]

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/mediatype") == MIME_TYPE
    assert component.findtext("project_license") == "MIT"
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == project_version()

    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    (exported,) = plist["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [FILE_SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == [MIME_TYPE]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]

    inno = (ROOT / "packaging" / "windows" / "infusion-desk.iss").read_text(encoding="utf-8")
    assert f'Subkey: "Software\\Classes\\{FILE_SUFFIX}"' in inno
    assert f'ValueData: "{MIME_TYPE}"' in inno
    assert '""%1""' in inno and "ChangesAssociations=yes" in inno

    spec = (ROOT / "packaging" / "infusion-desk.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{DESKTOP_ID}"' in spec


def test_the_icons_come_in_every_size_from_the_one_master(tmp_path: Path) -> None:
    assert (ICONS / "scalable" / "apps" / f"{DESKTOP_ID}.svg").read_bytes() == MASTER.read_bytes()
    done = run([sys.executable, LINUX / "make-icons.py", tmp_path], cwd=tmp_path,
               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout
    for size in SIZES:
        committed = Image.open(ICONS / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png")
        fresh = Image.open(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png")
        assert committed.size == (size, size)
        assert committed.getextrema()[3][1] == 255, "an empty icon"  # some opaque pixels
        # Run make-icons.py after changing the master (a Qt update may move a pixel or two).
        difference = ImageStat.Stat(ImageChops.difference(committed.convert("RGBA"),
                                                          fresh.convert("RGBA")))
        assert max(difference.mean) < 2.0, f"{size}px icon is out of date"
    ico = Image.open(ROOT / "packaging" / "windows" / "infusion-desk.ico")
    assert set(ico.info["sizes"]) == {(size, size) for size in SIZES}


@pytest.fixture
def desktop_home(tmp_path: Path) -> dict[str, str]:
    """A private XDG home (data and config) for installing the desktop files."""
    return {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}


def recording_program(folder: Path) -> Path:
    """A stand-in for the app that writes down the arguments it was started with."""
    folder.mkdir(parents=True)
    program = folder / "infusion-desk"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{folder}/started-with.txt"\n')
    program.chmod(0o755)
    return program


@pytest.mark.skipif(sys.platform != "linux", reason="Linux desktop integration")
def test_install_writes_the_program_path_into_the_entry_and_uninstall_removes_all(
    tmp_path: Path, desktop_home: dict[str, str]
) -> None:
    program = recording_program(tmp_path / "odd $place")  # a path that must be quoted
    done = run(["bash", LINUX / "install.sh", program], cwd=tmp_path, env=desktop_home)
    assert done.returncode == 0, done.stdout
    share = tmp_path / "share"
    installed = share / "applications" / DESKTOP.name
    assert desktop_entry(installed)["Exec"] == f'"{tmp_path}/odd \\\\$place/infusion-desk" %f'
    if shutil.which("desktop-file-validate"):
        check = run(["desktop-file-validate", installed], cwd=tmp_path)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    assert (share / "mime" / "packages" / MIME_XML.name).is_file()
    for size in SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png").is_file()
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text()
        assert re.search(rf"^\d+:{re.escape(MIME_TYPE)}:\*{FILE_SUFFIX}$", globs, re.M), globs

    done = run(["bash", LINUX / "install.sh", "--uninstall"], cwd=tmp_path, env=desktop_home)
    assert done.returncode == 0, done.stdout
    left = [p for p in share.rglob("*") if p.is_file() and DESKTOP_ID in p.name]
    assert not left


@pytest.mark.skipif(sys.platform != "linux", reason="Linux desktop integration")
def test_a_double_click_on_a_folder_file_starts_the_app_with_it(
    tmp_path: Path, desktop_home: dict[str, str]
) -> None:
    gio = tool("gio")
    tool("update-mime-database")
    program = recording_program(tmp_path / "bin")
    done = run(["bash", LINUX / "install.sh", program], cwd=tmp_path, env=desktop_home)
    assert done.returncode == 0, done.stdout

    from infusion_desk.services import Folder

    folder = tmp_path / f"Walter Brennan{FILE_SUFFIX}"
    Folder.create(folder).close()  # a real folder file: SQLite inside, so only the name tells
    env = {**desktop_home, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share"}
    kind = run([gio, "info", "-a", "standard::content-type", folder], cwd=tmp_path, env=env)
    assert f"standard::content-type: {MIME_TYPE}" in kind.stdout, kind.stdout
    done = run([gio, "open", folder], cwd=tmp_path, env=env)  # what a file manager does
    assert done.returncode == 0, done.stdout
    started = tmp_path / "bin" / "started-with.txt"
    deadline = time.monotonic() + 10  # gio starts the program and does not wait for it
    while not (started.exists() and started.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.read_text().splitlines() == [str(folder)]
