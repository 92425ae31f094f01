"""Every source string has a Chinese translation with the same placeholders, and the .qm files are current."""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "i18n"))
import update as i18n_update  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def fresh_sources(tmp_path: Path) -> set[tuple[str, str]]:
    ts = tmp_path / "fresh.ts"
    i18n_update.lupdate(ts)
    return {(c, m.findtext("source")) for c, m in i18n_update.messages(ET.parse(ts))}


def committed(lang: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(i18n_update.TS[lang])
    return {(c, m.findtext("source")): (m.findtext("translation") or "", m.find("translation").get("type"))
            for c, m in i18n_update.messages(tree)}


def test_every_string_has_a_finished_chinese_translation(tmp_path):
    zh = committed("zh_CN")
    missing = [s for s in fresh_sources(tmp_path) if s not in zh or not zh[s][0] or zh[s][1] == "unfinished"]
    assert not missing, f"run python i18n/update.py and translate: {missing[:10]}"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_placeholders_match(lang):
    bad = [(src, tr) for (_c, src), (tr, _t) in committed(lang).items()
           if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr))]
    assert not bad


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_qm_files_are_built_from_the_ts_files(tmp_path, lang):
    qm = tmp_path / "x.qm"
    i18n_update.lrelease(i18n_update.TS[lang], qm)
    assert qm.read_bytes() == (i18n_update.QM_DIR / f"counselor_{lang}.qm").read_bytes()


def test_chinese_translation_has_no_untranslated_english_sentences():
    leftovers = [src for (_c, src), (tr, _t) in committed("zh_CN").items()
                 if tr == src and re.search(r"[A-Za-z]{4,}", PLACEHOLDER.sub("", src))]
    assert not leftovers
