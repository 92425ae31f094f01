"""Trim the ICU data library of a Linux bundle to what Qt uses for a Chinese and English office (32 MB -> ~5 MB).

    python installer/trim_icu.py build/pyinstaller/dist/counselor-app

PySide6's Qt links ICU, whose data library (`libicudata.so.NN`, one blob named `icudtNN_dat`) holds every locale of the
world. Qt Core calls ICU for four things only (`objdump -T libQt6Core.so.6`): collation (`ucol_*`: QCollator, the file
dialog's sorting), time-zone names (`ucal_*`: QTimeZone), text converters (`ucnv_*`: QStringDecoder for legacy
encodings) and case mapping (`u_strToUpper/Lower`, whose tables are compiled into libicuuc). This keeps:
- every item that is not a locale's (the pools, indexes, supplemental data, time zones, calendars, normalization);
- the locale items of `root`, `en*` and `zh*` in the trees Qt reads (the top level, coll, zone, region);
- the converters for Chinese (GB18030, GBK, GB2312, Big5, EUC-TW) and the Windows Western code pages;
and drops the other locales, the trees Qt never reads (brkitr and its dictionaries, translit, rbnf, curr, lang, unit),
Japanese, Korean, EBCDIC and Mac converters, character names, confusables and StringPrep profiles.

It rebuilds the library with ICU's own tools (Debian's icu-devtools: `icupkg` removes the items, `genccode` writes the
blob as an object file) and binutils' `ld`, then checks the result: the same probe (Chinese and English collation
order, time-zone names, the Chinese converters) runs with the original and with the trimmed library and must give the
same answers. Any failure leaves the bundle as it was and exits non-zero.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = frozenset({"root", "en", "zh"})
# trees of locale data that Qt Core never reads (break iteration, transliteration, spelled-out numbers, currency,
# language and unit display names)
DROPPED_TREES = frozenset({"brkitr", "translit", "rbnf", "curr", "lang", "unit"})
# character names (u_charName), spoof checking, StringPrep (IDNA2003: Qt has its own IDNA)
DROPPED_FILES = re.compile(r"^(unames\.icu|confusables\.cfu|.*\.spp)$")
KEPT_CONVERTERS = re.compile(
    r"^(gb18030|windows-936-2000|ibm-1386_|ibm-1383_|ibm-5478_|iso-ir-165|"   # GB18030, GBK, GB2312 (EUC-CN)
    r"windows-950-2000|ibm-950_|ibm-1373_|ibm-1375_|ibm-964_|euc-tw-2014|cns-11643|"   # Big5, Big5-HKSCS, EUC-TW
    r"ibm-53[45]\d_|ibm-1252_)")   # windows-1250 … 1258
LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
INDEX_ITEMS = frozenset({"res_index.res", "pool.res"})
MISSING_DEPENDENCY = re.compile(r"Item (\S+) depends on missing item")

PROBE = r"""
import json
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QStringEncoder, QTimeZone
app = QCoreApplication([])
names = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄丽", "周杰", "吴强", "重庆", "Émile", "zoe", "Adam", "10", "9"]
out = {}
for loc in ("zh_CN", "en_US", "zh_TW"):
    collator = QCollator(QLocale(loc))
    collator.setNumericMode(True)
    out["sort " + loc] = sorted(names, key=collator.sortKey)
for name in ("GB18030", "GBK", "GB2312", "Big5", "windows-1252", "ISO-8859-1"):
    out["converter " + name] = QStringEncoder(name).isValid() and QStringDecoder(name).isValid()
zone = QTimeZone(b"Asia/Shanghai")
for loc in ("zh_CN", "en_US"):
    out["zone " + loc] = [zone.displayName(kind, QTimeZone.LongName, QLocale(loc))
                          for kind in (QTimeZone.StandardTime, QTimeZone.DaylightTime, QTimeZone.GenericTime)]
out["upper"] = [QLocale("tr_TR").toUpper("istanbul"), QLocale("en_US").toUpper("straße")]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


class TrimError(RuntimeError):
    pass


def items_to_drop(items: list[str]) -> list[str]:
    """The package items (`tree/name` or `name`, as `icupkg -l` lists them) that a Chinese and English office does
    not need."""
    dropped = []
    for item in items:
        parts = item.split("/")
        tree, name = (parts[0] if len(parts) > 1 else ""), parts[-1]
        locale = LOCALE_ITEM.match(name)
        if (tree in DROPPED_TREES
                or DROPPED_FILES.match(name)
                or (name.endswith(".cnv") and not KEPT_CONVERTERS.match(name))
                or (locale and name not in INDEX_ITEMS and locale.group(1) not in KEPT_LANGUAGES)):
            dropped.append(item)
    return dropped


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(args, capture_output=True, text=True, **kwargs)
    except FileNotFoundError as exc:
        raise TrimError(f"{args[0]} is missing: apt-get install icu-devtools binutils") from exc


def _symbol_blob(library: Path) -> tuple[str, bytes]:
    """The data symbol (icudtNN_dat) of an ICU data library and its bytes, located with readelf."""
    symbols = _run(["readelf", "-W", "--dyn-syms", str(library)]).stdout
    found = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)$",
                      symbols, re.M)
    if not found:
        raise TrimError(f"{library.name} has no icudtNN_dat symbol")
    address, size, symbol = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = _run(["readelf", "-W", "-S", str(library)]).stdout
    for line in sections.splitlines():
        fields = re.match(r"^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if not fields:
            continue
        start, offset, length = (int(fields.group(i), 16) for i in (2, 3, 4))
        if start <= address and address + size <= start + length:
            with open(library, "rb") as f:
                f.seek(offset + address - start)
                blob = f.read(size)
            if len(blob) != size or blob[2:4] != b"\xda\x27":   # ICU's data header: size, then the magic 0xda27
                raise TrimError(f"{library.name}: {symbol} is not ICU common data")
            return symbol, blob
    raise TrimError(f"{library.name}: no section holds {symbol}")


def _probe(python: str, library_dir: str | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library_dir:   # LD_LIBRARY_PATH comes before the Qt libraries' RUNPATH ($ORIGIN)
        env["LD_LIBRARY_PATH"] = library_dir + os.pathsep + env.get("LD_LIBRARY_PATH", "")
    done = _run([python, "-c", PROBE], env=env, timeout=120)
    if done.returncode != 0:
        raise TrimError(f"the ICU probe failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def trim(bundle: Path, python: str) -> tuple[int, int]:
    """Replace the bundle's ICU data library with a trimmed one; return (bytes before, bytes after)."""
    libraries = sorted((bundle / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    if len(libraries) != 1:
        raise TrimError(f"expected one libicudata.so.NN in {bundle}, found {len(libraries)}")
    library = libraries[0]
    before = library.stat().st_size
    symbol, blob = _symbol_blob(library)
    package = symbol.removesuffix("_dat") + "l"          # icudt73l: little-endian ASCII, the items' prefix
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as work_dir:
        work = Path(work_dir)
        dat = work / f"{package}.dat"
        dat.write_bytes(blob)
        listed = _run(["icupkg", "-l", str(dat)])
        if listed.returncode != 0:
            raise TrimError(f"icupkg cannot read the data: {listed.stderr.strip()}")
        items = [line.strip() for line in listed.stdout.splitlines() if line.strip()]
        dropped = set(items_to_drop(items))
        for _attempt in range(5):   # an item that depends on a dropped one (an alias) goes too
            trimmed = work / "out" / dat.name
            trimmed.parent.mkdir(exist_ok=True)
            shutil.copyfile(dat, trimmed)
            (work / "drop.txt").write_text("".join(f"{item}\n" for item in sorted(dropped)), "ascii")
            removed = _run(["icupkg", "-r", str(work / "drop.txt"), str(trimmed)])
            dependants = set(MISSING_DEPENDENCY.findall(removed.stdout + removed.stderr))
            if removed.returncode == 0 and not dependants:
                break
            if not dependants - dropped:
                raise TrimError(f"icupkg failed: {(removed.stderr or removed.stdout).strip()[-500:]}")
            dropped |= {d.split("/", 1)[1] if d.startswith(package + "/") else d for d in dependants}
        else:
            raise TrimError("icupkg kept refusing the removal")
        arch = work / "arch.o"
        if _run(["as", "-o", str(arch), "/dev/null"]).returncode != 0:   # genccode copies its CPU and word size
            raise TrimError("as (binutils) could not write an object file")
        coded = _run(["genccode", "-q", "-o", "-m", str(arch), "-e", symbol.removesuffix("_dat"),
                      "-d", str(work), str(trimmed)])
        objects = list(work.glob(f"{package}_dat.o"))
        if coded.returncode != 0 or not objects:
            raise TrimError(f"genccode failed: {coded.stderr.strip()}")
        new_library = work / library.name
        linked = _run(["ld", "-shared", "-soname", library.name, "-z", "noexecstack", "-o", str(new_library),
                       str(objects[0])])
        if linked.returncode != 0:
            raise TrimError(f"ld failed: {linked.stderr.strip()}")
        if _symbol_blob(new_library)[0] != symbol:
            raise TrimError("the trimmed library lost its data symbol")
        probe_dir = work / "probe"
        probe_dir.mkdir()
        shutil.copy2(new_library, probe_dir / library.name)
        original, changed = _probe(python, None), _probe(python, str(probe_dir))
        if original != changed:
            differences = sorted(k for k in original if original.get(k) != changed.get(k))
            raise TrimError(f"the trimmed ICU answers differently: {', '.join(differences)}")
        shutil.copyfile(new_library, library)
    return before, library.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the one-folder build (the folder holding _internal/)")
    parser.add_argument("--python", default=sys.executable,
                        help="a Python with the same PySide6 as the bundle, for the check (default: this one)")
    args = parser.parse_args(argv)
    try:
        before, after = trim(args.bundle, args.python)
    except (TrimError, OSError, subprocess.TimeoutExpired) as exc:
        print(f"trim-icu: {exc}; the ICU data is left whole", file=sys.stderr)
        return 1
    print(f"trim-icu: ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB (root, en, zh; checked against the "
          "original: collation, time-zone names, Chinese converters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
