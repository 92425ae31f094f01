"""Finding the application's assets, installed (counselor_app.resources) or in a source checkout (resources/)."""
from __future__ import annotations

from pathlib import Path


def resource_path(relative: str) -> Path:
    try:
        from importlib.resources import files

        candidate = Path(str(files("counselor_app.resources").joinpath(relative)))
        if candidate.exists():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "resources" / relative
