"""Start-up to the login window loads no heavy library (reportlab, matplotlib, openpyxl, pypdf)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "matplotlib", "openpyxl", "pypdf")

CODE = """
import sys
from pathlib import Path
from counselor_app.ui.qt import QApplication
from counselor_app.ui.app import OfficeApp
from counselor_app.ui.style import apply_style
app = QApplication([])
apply_style(app)
ctl = OfficeApp(Path(sys.argv[1]), "zh_CN")
ctl.start()
assert ctl.login_window is not None
print(sorted(m for m in sys.modules if m.split(".")[0] in {heavy}))
ctl.worker.shutdown()
""".replace("{heavy}", repr(set(HEAVY)))


def test_login_window_needs_no_heavy_imports(office_ready, data_dir):
    result = subprocess.run([sys.executable, "-c", CODE, str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
