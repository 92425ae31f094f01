"""The Inno Setup script and its two message files agree (installer/*.iss, *.isl).

The Windows compiler does not run here (README "Installing on Windows"); these checks catch what it would only
catch on Windows, or what it would not catch at all: a message used but not defined in one language, a placeholder
missing in a translation, a file saved without the byte-order mark Inno needs to read Chinese.
"""
import re
from pathlib import Path

import pytest

INSTALLER = Path(__file__).resolve().parents[1] / "installer"
ISS = INSTALLER / "counselor_app.iss"
LANGUAGES = {"zh_CN": INSTALLER / "counselor_zh_CN.isl", "en": INSTALLER / "counselor_en.isl"}


def messages(path: Path) -> dict[str, str]:
    text = path.read_text("utf-8-sig").split("[CustomMessages]", 1)[1]
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith(";"))


def used_messages() -> set[str]:
    script = ISS.read_text("utf-8-sig")
    return set(re.findall(r"\{cm:(\w+)", script)) | set(re.findall(r"CustomMessage\('(\w+)'\)", script))


@pytest.mark.parametrize("path", [ISS, *LANGUAGES.values()], ids=lambda p: p.name)
def test_saved_as_utf8_with_a_byte_order_mark_and_windows_line_ends(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\n") == data.count(b"\r\n")


def test_every_message_the_script_uses_is_defined_in_both_languages():
    used = used_messages()
    builtin = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}   # Inno Setup's own (Default.isl)
    for language, path in LANGUAGES.items():
        assert used - builtin - set(messages(path)) == set(), language


def test_both_languages_define_the_same_messages_with_the_same_placeholders():
    zh, en = messages(LANGUAGES["zh_CN"]), messages(LANGUAGES["en"])
    assert set(zh) == set(en)
    for key in zh:
        assert sorted(re.findall(r"%\d", zh[key])) == sorted(re.findall(r"%\d", en[key])), key


def test_the_chinese_texts_are_chinese():
    for key, text in messages(LANGUAGES["zh_CN"]).items():
        assert re.search(r"[\u4e00-\u9fff]", text), key


def test_the_data_folder_pointer_has_the_name_the_program_reads():
    from counselor_app.store.location import INSTALLED_POINTER

    script = ISS.read_text("utf-8-sig")
    assert script.count(INSTALLED_POINTER) >= 3   # written after install, read and removed on uninstall
