"""A bare PySide6 window, frozen the same way as the application, for bench/bench_frozen_startup.py: it shows one
window, writes the moment it was shown to the file named by COUNSELOR_SMOKE_GUI (as ui/smoke.py does) and quits."""
import json
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QLabel("心理辅导室工作台")
    window.resize(420, 240)
    window.show()

    def done() -> None:
        with open(os.environ["COUNSELOR_SMOKE_GUI"], "w", encoding="utf-8") as f:
            json.dump({"shown_at": time.time()}, f)
        app.quit()

    QTimer.singleShot(50, window, done)   # the same delay as ui/smoke.py
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
