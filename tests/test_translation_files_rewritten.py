"""A .qm file rewritten while the program runs must not crash it (README "Known problems").

QTranslator.load(filename) maps the file and reads it at every translation; i18n/update.py (lrelease) rewrites the
.qm in place, and the GUI tests then died with SIGBUS or SIGSEGV inside QTranslator::translate. The check runs in
a child process so that a regression fails this test instead of killing the test run.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import gc, shutil, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtCore import QCoreApplication, QEvent
    from counselor_app import translation

    copy = Path(sys.argv[2])
    shutil.copytree(translation.TRANSLATIONS_DIR, copy)
    translation.TRANSLATIONS_DIR = copy
    app = QCoreApplication([])
    translation.install("en")
    translation.install("zh_CN")  # a language switch: the English translators are deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    before = QCoreApplication.translate("Pages", "Backup and restore")
    for qm in copy.glob("*.qm"):
        qm.write_bytes(b"")  # lrelease truncates, then writes the new catalogue
    after = QCoreApplication.translate("Pages", "Backup and restore")
    for qm in copy.glob("*.qm"):
        qm.write_bytes(b"\\xff" * 200_000)  # ... and what it writes differs
    print(before, after, QCoreApplication.translate("Pages", "Backup and restore"))
""")


def test_translations_survive_their_files_being_rewritten(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(tmp_path / "translations")],
                          capture_output=True, text=True, encoding="utf-8", timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, f"child died ({done.returncode}): {done.stderr[-2000:]}"
    assert done.stdout.split() == ["备份与恢复"] * 3
