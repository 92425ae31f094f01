"""Render resources/icons/app.svg into installer/app.ico (16–256 px), the Windows program's and installer's icon.

    python installer/make_icon.py        (needs PySide6 and Pillow, both in the application's environment)

The .ico is committed; run this again when app.svg changes.
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - the painter needs it
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = Image.open(io.BytesIO(bytes(data)))
    png.save(ROOT / "installer" / "app.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {ROOT / 'installer' / 'app.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
