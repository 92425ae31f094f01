"""Reading the command line: the language, argparse's words, help, and when the window opens
(counselor_app/cli/entry.py, parser.py, registry.py)."""
from __future__ import annotations

import pytest

from cli_helpers import PW, ROOT, init_office, run


def test_bad_arguments_are_one_translated_line(tmp_path):
    r = run("demo", "--students", "abc", "--data-dir", str(tmp_path / "d"), lang="zh_CN")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：命令行参数有误")
    r = run("demo", "--students", "-1", "--data-dir", str(tmp_path / "d"), lang="zh_CN")
    assert r.returncode == 2 and "演示学生人数" in r.stderr


def test_gui_without_display_says_so(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    r = run("--data-dir", str(tmp_path / "g"), env_extra=env)
    assert r.returncode == 2 and "No graphical display" in r.stderr


def test_help_is_in_the_users_language():
    zh = run("-h", lang="").stdout   # no --lang, no locale: Chinese, as the application
    assert zh.startswith("用法：counselor-app") and "\n选项：\n" in zh and "参数：" in zh
    assert "显示本帮助并退出" in zh and "显示程序版本号并退出" in zh
    assert "usage:" not in zh and "show this help" not in zh and "version number" not in zh
    sub = run("import", "students", "--help", lang="zh_CN").stdout
    assert sub.startswith("用法：counselor-app import students") and "显示本帮助并退出" in sub
    # Chinese help texts wrap by the columns they take (two a character), inside an 80-column terminal
    from counselor_app.cli.parser import columns as _columns

    narrow = run("rollover", "--help", lang="zh_CN", env_extra={"COLUMNS": "80"}).stdout
    helps = [line for line in narrow.splitlines() if line.startswith("  ")]
    assert max(map(_columns, helps)) <= 80 and any("毕业" in line for line in helps)
    en = run("--help").stdout
    assert en.startswith("usage: counselor-app") and "show this help message and exit" in en
    assert "show the program's version number and exit" in en


def test_argparse_errors_are_translated(tmp_path):
    r = run("import", "students", lang="")
    assert r.returncode == 2
    assert r.stderr.strip() == "错误：命令行参数有误（缺少必需的参数：--login, FILE）。请用 --help 查看用法。"
    r = run("demo", "--students", "abc", "--data-dir", str(tmp_path / "d"), lang="zh_CN")
    assert "参数 --students：无效的值：'abc'" in r.stderr
    r = run("--lang", "fr")   # on the way to the window, before any Qt translator was loaded
    assert r.returncode == 2 and "无效的选择：'fr'" in r.stderr and r.stderr.startswith("错误：")
    r = run("--bogus", lang="")
    assert r.stderr.strip() == "错误：命令行参数有误（无法识别的参数：--bogus）。请用 --help 查看用法。"
    assert "the following arguments are required: --login" in run("import", "students").stderr   # --lang en


def test_no_display_is_said_in_the_users_language(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    r = run("--data-dir", str(tmp_path / "g"), lang="", env_extra=env)
    assert r.returncode == 2 and r.stderr.startswith("错误：这里没有图形显示环境")
    # the language chosen in the application for that data folder (its ui.ini) is the user's language
    folder = tmp_path / "english"
    folder.mkdir()
    (folder / "ui.ini").write_text("[General]\nlanguage=en\n")
    r = run("--data-dir", str(folder), lang="", env_extra=env)
    assert r.stderr.startswith("Error: No graphical display")
    r = run("--data-dir", str(folder), lang="zh_CN", env_extra=env)   # --lang first
    assert r.stderr.startswith("错误：")


@pytest.mark.parametrize("command", ["export", "demo", "print"])
def test_a_command_where_the_data_folder_belongs_is_a_usage_message(tmp_path, command):
    """``counselor-app --data-dir export`` once took "export" for a command, started a QCoreApplication, then the
    window on it: AttributeError, exit 70. It is a usage message in the user's language now, and nothing is made."""
    before = set(ROOT.iterdir())
    r = run("--data-dir", command, lang="")
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip().splitlines() == [
        f"错误：命令行参数有误（“{command}”是命令，却写在了数据文件夹的位置：应在 --data-dir 后面先写文件夹，再写命令；"
        f"如果文件夹就叫 {command}，请写 --data-dir ./{command}）。请用 --help 查看用法。"]
    assert "Traceback" not in r.stderr and "Unexpected error" not in r.stderr
    r = run(f"--data-dir={command}")
    assert r.returncode == 2 and r.stderr.startswith(f"Error: The command line is not right (“{command}” is a command")
    assert set(ROOT.iterdir()) == before


def test_a_folder_named_like_a_command_opens_the_window_when_written_as_a_path(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    r = run("--data-dir", str(tmp_path / "export"), env_extra=env)   # on the way to the window: only no display
    assert r.returncode == 2 and r.stderr.startswith("Error: No graphical display"), r.stderr


def test_options_before_the_command_and_after_it(tmp_path):
    d = tmp_path / "office"
    init_office(d)
    r = run("--data-dir", str(d), "verify", "--login", "head", "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    r = run("--lang", "zh_CN", "--data-dir", str(d), "verify", "--login", "head", "--password-stdin",
            stdin=PW + "\n", lang="")
    assert r.returncode == 0 and "完整性检查通过" in r.stdout, r.stderr


def test_the_window_or_a_command_is_decided_from_the_parsed_command_line(capsys):
    from counselor_app.cli.parser import probe

    assert probe(["--data-dir", "x"]).command is None               # the window, on the folder x
    assert probe([]).command is None
    assert probe(["--data-dir", "x", "verify", "--login", "head"]).command == "verify"
    assert probe(["--data-dir", "export"]) is None                 # misuse: said in the user's language
    assert probe(["--help"]) is None and probe(["--version"]) is None and probe(["--bogus"]) is None
    assert probe(["print", "-h"]) is None and probe(["import"]) is None
    assert capsys.readouterr() == ("", "")                         # the probe prints nothing itself


def test_every_command_is_registered_once_with_its_help():
    from counselor_app.cli import registry
    from counselor_app.cli.parser import build_parser

    names = [c.name for c in registry.commands()]
    assert names == ["init", "demo", "verify", "backup", "restore", "passwd", "rekey", "recover", "recovery",
                     "data-key", "import", "export", "scale", "duty", "rollover", "user", "print", "report", "bureau"]
    assert len({c.order for c in registry.commands()}) == len(names)
    assert all(c.help.context == "Cli" for c in registry.commands())
    with pytest.raises(ValueError):
        registry.command("verify", registry.get("verify").help, order=999)(lambda args, inp: 0)
    help_text = build_parser().format_help()
    assert all(f"    {name} " in help_text for name in names)
