"""Which data folder the program opens: --data-dir, $COUNSELOR_DATA_DIR, the installer's choice, the default."""
import sys

import pytest

from counselor_app.domain.errors import ValidationError
from counselor_app.store import location


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    """A frozen program in tmp_path/program (as PyInstaller sets sys.frozen and sys.executable)."""
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "counselor-app"))
    monkeypatch.delenv(location.DATA_DIR_ENV, raising=False)
    return program


def test_the_installers_folder_is_used_when_nothing_else_is_given(frozen, tmp_path):
    chosen = tmp_path / "办公室数据"
    (frozen / location.INSTALLED_POINTER).write_text("\ufeff" + str(chosen) + "\r\n", "utf-8")   # as Inno writes it
    assert location.resolve_data_dir() == chosen


def test_the_command_line_and_the_environment_come_first(frozen, tmp_path, monkeypatch):
    (frozen / location.INSTALLED_POINTER).write_text(str(tmp_path / "chosen"), "utf-8")
    assert location.resolve_data_dir(tmp_path / "given") == tmp_path / "given"
    monkeypatch.setenv(location.DATA_DIR_ENV, str(tmp_path / "env"))
    assert location.resolve_data_dir() == tmp_path / "env"


def test_without_a_pointer_the_platform_default(frozen):
    assert location.resolve_data_dir() == location.default_data_dir()


def test_not_frozen_ignores_a_pointer_beside_python(tmp_path, monkeypatch):
    python = tmp_path / "venv" / "bin"
    python.mkdir(parents=True)
    (python / location.INSTALLED_POINTER).write_text(str(tmp_path / "elsewhere"), "utf-8")
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(sys, "executable", str(python / "python3"))
    monkeypatch.delenv(location.DATA_DIR_ENV, raising=False)
    assert location.installed_data_dir() is None
    assert location.resolve_data_dir() == location.default_data_dir()


@pytest.mark.parametrize("content", ["relative\\folder", "", "\n\n", b"\xff\xfe\x00bad"])
def test_a_broken_pointer_is_a_clear_error_not_another_office(frozen, content):
    pointer = frozen / location.INSTALLED_POINTER
    if isinstance(content, bytes):
        pointer.write_bytes(content)
    else:
        pointer.write_text(content, "utf-8")
    with pytest.raises(ValidationError) as err:
        location.resolve_data_dir()
    assert err.value.params["file"] == location.INSTALLED_POINTER
