"""Render the app icon from its one master, resources/icons/infusion-desk.svg, with QtSvg.

Writes, beside this script, icons/hicolor/<N>x<N>/apps/org.infusiondesk.InfusionDesk.png for the
standard sizes and icons/hicolor/scalable/apps/org.infusiondesk.InfusionDesk.svg (a copy of the
master); and packaging/windows/infusion-desk.ico (every size in one file, for the Windows
executable and installer). They are committed: run this again after changing the master.

Usage: .venv/bin/python packaging/linux/make-icons.py [OUTDIR]
(OUTDIR: put everything there instead, for a look before replacing the committed files)
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MASTER = HERE.parent.parent / "resources" / "icons" / "infusion-desk.svg"
APP_ID = "org.infusiondesk.InfusionDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def make_icons(out_dir: Path, ico_file: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make-icons"])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {MASTER}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, scalable)
    written.append(scalable)
    written.append(make_ico(written[: len(SIZES)], ico_file))
    return written


def make_ico(pngs: list[Path], target: Path) -> Path:
    """One .ico holding every rendered size (Windows picks the one it needs)."""
    from PIL import Image

    images = [Image.open(png) for png in pngs]
    largest = max(images, key=lambda image: image.width)
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(target, format="ICO", sizes=[image.size for image in images],
                 append_images=[image for image in images if image is not largest])
    return target


if __name__ == "__main__":
    if len(sys.argv) > 1:
        out = Path(sys.argv[1])
        paths = make_icons(out, out / "infusion-desk.ico")
    else:
        paths = make_icons(HERE / "icons", HERE.parent / "windows" / "infusion-desk.ico")
    for path in paths:
        print(path)
