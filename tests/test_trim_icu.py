"""installer/trim_icu.py: what it keeps of Qt's ICU data, and that a trimmed library answers as the whole one does.

The selection is checked on item names; the trimming itself on the ICU library of the PySide6 the tests run with (ICU's
tools from Debian's icu-devtools and binutils, which .ci/run installs: without them the check is skipped, except in CI).
"""
import hashlib
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "installer" / "trim_icu.py"


def load_trim_icu():
    spec = importlib.util.spec_from_file_location("trim_icu", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim_icu = load_trim_icu()

KEPT = ["root.res", "en.res", "en_GB.res", "zh.res", "zh_Hans_CN.res", "zh_Hant_TW.res", "pool.res", "res_index.res",
        "supplementalData.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "likelySubtags.res",
        "cnvalias.icu", "nfkc.nrm", "coll/root.res", "coll/zh.res", "coll/ucadata.icu", "coll/res_index.res",
        "zone/zh.res", "zone/en.res", "zone/pool.res", "region/zh.res", "gb18030.cnv", "windows-936-2000.cnv",
        "ibm-1386_P100-2001.cnv", "windows-950-2000.cnv", "ibm-5348_P100-1997.cnv"]
DROPPED = ["fr.res", "ja_JP.res", "yue_Hant_HK.res", "sr_Latn_ME.res", "coll/ja.res", "coll/de_.res", "zone/ko.res",
           "region/de.res", "brkitr/cjdict.dict", "brkitr/root.res", "brkitr/res_index.res", "translit/root.res",
           "rbnf/zh.res", "curr/zh.res", "lang/en.res", "unit/pool.res", "ibm-37_P100-1995.cnv",
           "ibm-943_P15A-2003.cnv", "euc-jp-2007.cnv", "macos-0_2-10.2.cnv", "unames.icu", "confusables.cfu",
           "rfc3491.spp"]


def test_keeps_root_english_chinese_and_what_is_no_locales():
    assert trim_icu.items_to_drop(KEPT) == []


@pytest.mark.parametrize("item", DROPPED)
def test_drops_other_locales_unread_trees_and_foreign_converters(item):
    assert trim_icu.items_to_drop([item]) == [item]


def fake_bundle(tmp_path: Path, library: Path) -> Path:
    lib_dir = tmp_path / "bundle" / "_internal" / "PySide6" / "Qt" / "lib"
    lib_dir.mkdir(parents=True)
    shutil.copy2(library, lib_dir / "libicudata.so.73")
    return lib_dir / "libicudata.so.73"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def installed_icu() -> Path:
    missing = [tool for tool in ("icupkg", "genccode", "readelf", "as", "ld") if not shutil.which(tool)]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"ICU's tools are missing here ({', '.join(missing)}): apt-get install icu-devtools binutils")
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "this PySide6 carries no ICU data library"
    return found[0]


def test_trims_the_installed_qt_icu_and_it_answers_as_before(tmp_path, installed_icu):
    library = fake_bundle(tmp_path, installed_icu)
    before, after = trim_icu.trim(tmp_path / "bundle", sys.executable)
    assert before == installed_icu.stat().st_size
    assert after == library.stat().st_size
    assert after < before / 4, (before, after)
    symbol, blob = trim_icu._symbol_blob(library)
    assert symbol.startswith("icudt") and blob[2:4] == b"\xda\x27"


def test_refuses_a_trim_that_changes_chinese_sorting_and_leaves_the_library(tmp_path, installed_icu, monkeypatch):
    library = fake_bundle(tmp_path, installed_icu)
    original = digest(library)
    selection = trim_icu.items_to_drop
    monkeypatch.setattr(trim_icu, "items_to_drop", lambda items: selection(items) + ["coll/zh.res"])
    with pytest.raises(trim_icu.TrimError, match="sort zh_CN"):
        trim_icu.trim(tmp_path / "bundle", sys.executable)
    assert digest(library) == original


def test_a_library_that_is_no_icu_data_is_refused_and_left(tmp_path, installed_icu, capsys):
    library = fake_bundle(tmp_path, installed_icu.with_name("libicuuc" + installed_icu.name[len("libicudata"):]))
    original = digest(library)
    assert trim_icu.main([str(tmp_path / "bundle")]) == 1
    assert "no icudtNN_dat symbol" in capsys.readouterr().err
    assert digest(library) == original


def test_a_folder_without_the_library_is_refused(tmp_path, capsys):
    (tmp_path / "bundle" / "_internal").mkdir(parents=True)
    assert trim_icu.main([str(tmp_path / "bundle")]) == 1
    assert "expected one libicudata.so.NN" in capsys.readouterr().err
