"""The frozen application's entry point (PyInstaller runs this file): the same ``main`` as ``counselor-app``."""
from counselor_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
