"""Keep the translations current (developer tool; needs PySide6's lupdate and lrelease).

    python i18n/update.py                  # collect strings into the .ts files, build the .qm files
    python i18n/update.py --apply F.json   # also fill zh_CN translations from {context: {source: text}}
    python i18n/update.py --unfinished     # list zh_CN strings still without a translation

English is the source language: en.ts gets every source string as its own translation.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "counselor_app"
TS = {lang: ROOT / "i18n" / f"counselor_{lang}.ts" for lang in ("zh_CN", "en")}
QM_DIR = PACKAGE / "translations"


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Build ``qm`` beside it, then rename it into place: lrelease writes in place, and a program that had the old
    file mapped (an older build of the app, Qt tools) crashes with SIGBUS when it is truncated under it."""
    tmp = qm.with_name(f"{qm.name}.{os.getpid()}.tmp")
    try:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], cwd=ROOT, check=True)
        os.replace(tmp, qm)
    finally:
        tmp.unlink(missing_ok=True)


def messages(tree: ET.ElementTree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(ts: Path, mapping: dict[str, dict[str, str]] | None, copy_source: bool) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context, msg in messages(tree):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if copy_source:
            tr.text = source
            tr.attrib.pop("type", None)
            continue
        new = (mapping or {}).get(context, {}).get(source)
        if new:
            tr.text = new
            tr.attrib.pop("type", None)
        if not tr.text or tr.get("type") == "unfinished":
            missing.append((context, source))
    write(tree, ts)
    return missing


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--apply", type=Path)
    ap.add_argument("--unfinished", action="store_true")
    args = ap.parse_args()
    mapping = json.loads(args.apply.read_text("utf-8")) if args.apply else None
    QM_DIR.mkdir(exist_ok=True)
    for lang, ts in TS.items():
        lupdate(ts)
        missing = fill(ts, mapping, copy_source=(lang == "en"))
        lrelease(ts, QM_DIR / f"counselor_{lang}.qm")
        if lang == "zh_CN" and missing:
            print(f"{len(missing)} zh_CN string(s) without translation", file=sys.stderr)
            if args.unfinished:
                print(json.dumps({c: {s: "" for cc, s in missing if cc == c} for c, _ in missing},
                                 ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
