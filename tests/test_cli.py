"""The command line: output modes, flags, streams, exit status (typer's CliRunner,
plus real runs of the installed ``extract`` for what only a process shows)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import __version__
from extractor.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPORT = sorted(FIXTURES.glob("*.txt"))[0]
runner = CliRunner()


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Ngày 9/1/2024, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Năm 2023 kết nạp 269 đảng viên.", encoding="utf-8")
    (tmp_path / "sub" / "c.md").write_text("quý I/2024", encoding="utf-8")
    return tmp_path


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout == f"extract {__version__}\n"


def test_help_has_examples_with_jq():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "jq -r" in result.stdout and "--workers" in result.stdout and "Exit status" in result.stdout


def test_json_one_object():
    result = invoke(str(REPORT), "--json")
    assert result.exit_code == 0
    obj = json.loads(result.stdout)
    assert obj["source"] == str(REPORT)
    assert set(obj) >= {"document_date", "dates", "documents", "officials", "targets"}
    assert result.stderr == ""  # one input, not a terminal: no summary


def test_json_several_inputs_make_an_array_in_input_order():
    paths = [str(p) for p in sorted(FIXTURES.glob("*.txt"))]
    result = invoke(*paths, "--json", "-j", "2")
    assert result.exit_code == 0
    assert [o["source"] for o in json.loads(result.stdout)] == paths


def test_jsonl_walks_a_folder_recursively_with_glob(folder):
    result = invoke(str(folder), "--jsonl")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]
    assert all("\n" not in line and ": " not in line[:20] for line in lines)
    result = invoke(str(folder), "--jsonl", "--glob", "*.md")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(folder / "sub" / "c.md")]


def test_a_folder_with_json_is_an_array_even_with_one_file(folder):
    result = invoke(str(folder / "sub"), "--json")
    assert [o["source"] for o in json.loads(result.stdout)] == [str(folder / "sub" / "b.txt")]


def test_stdin_source_is_dash():
    result = invoke("-", "--json", input="Ngày 9/1/2024".encode())
    obj = json.loads(result.stdout)
    assert obj["source"] == "-" and result.exit_code == 0


def test_only_keeps_the_named_lists():
    obj = json.loads(invoke(str(REPORT), "--json", "--only", "dates,officials").stdout)
    assert set(obj) == {"source", "document_date", "dates", "officials"}


@pytest.mark.parametrize("args", [["--only", "people"], ["--json", "--jsonl"], ["--order", "random"],
                                  ["--workers", "0"], ["--bogus"]])
def test_usage_errors_exit_2(args):
    result = invoke(str(REPORT), *args)
    assert result.exit_code == 2 and result.stdout == ""


def test_no_path_is_a_usage_error():
    assert invoke().exit_code == 2


def test_tables_by_default():
    result = invoke(str(REPORT))
    assert result.exit_code == 0
    assert REPORT.name in result.stdout and "dates (" in result.stdout and "officials (" in result.stdout


def test_order_finished_gives_the_same_objects(folder):
    for i in range(20):
        (folder / f"n{i:02}.txt").write_text(f"Ngày {i + 1}/3/2024", encoding="utf-8")
    by_input = invoke(str(folder), "--jsonl", "-j", "2").stdout.splitlines()
    finished = invoke(str(folder), "--jsonl", "-j", "2", "--order", "finished").stdout.splitlines()
    assert sorted(by_input) == sorted(finished) and len(by_input) == 22
    assert by_input == sorted(by_input, key=lambda line: json.loads(line)["source"])


def test_workers_1_and_2_print_the_same(folder):
    one = invoke(str(folder), "--jsonl", "-j", "1")
    two = invoke(str(folder), "--jsonl", "-j", "2")
    assert one.stdout == two.stdout and one.exit_code == two.exit_code == 0


def test_summary_on_stderr_for_a_batch_and_quiet_silences_it(folder):
    result = invoke(str(folder), "--jsonl")
    assert result.stderr.startswith("extract: 2 files, 0 errors · dates ")
    assert "extract:" not in result.stdout
    assert invoke(str(folder), "--jsonl", "-q").stderr == ""


def test_output_file_is_written_and_stdout_stays_empty(folder, tmp_path):
    target = tmp_path / "out" / "all.jsonl"
    target.parent.mkdir()
    result = invoke(str(folder), "--jsonl", "-o", str(target), "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert os.listdir(target.parent) == ["all.jsonl"]  # no temporary file left


def test_output_file_in_a_missing_folder_is_an_error(folder, tmp_path):
    result = invoke(str(folder), "--jsonl", "-o", str(tmp_path / "nope" / "x.jsonl"))
    assert result.exit_code == 1 and "nope" in result.stderr


def test_interrupted_output_leaves_no_file(folder, tmp_path, monkeypatch):
    from extractor import output

    target = tmp_path / "x.jsonl"
    real_write = output.Writer.write

    def write_then_interrupt(self, outcome):
        real_write(self, outcome)
        raise KeyboardInterrupt

    monkeypatch.setattr(output.Writer, "write", write_then_interrupt)
    result = invoke(str(folder), "--jsonl", "-o", str(target), "-j", "1")
    assert result.exit_code == 130
    assert not target.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".x")] == []


def test_empty_array_when_every_input_is_skipped(tmp_path):
    (tmp_path / "x.md").write_text("", encoding="utf-8")
    result = invoke(str(tmp_path), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == [{"source": str(tmp_path), "error": "no files matching '*.txt' in folder"}]


# Real processes: the installed command, Ctrl-C, a closed pipe, lazy imports.

EXTRACT = shutil.which("extract")
needs_command = pytest.mark.skipif(EXTRACT is None, reason="the extract command is not installed")


@needs_command
def test_installed_command_prints_json_and_exit_status(folder):
    p = subprocess.run([EXTRACT, str(folder / "a.txt"), str(folder / "missing.txt"), "--json"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 1
    objs = json.loads(p.stdout)
    assert "dates" in objs[0] and objs[1] == {"source": str(folder / "missing.txt"), "error": "no such file or directory"}
    assert f"extract: {folder / 'missing.txt'}: no such file or directory" in p.stderr.splitlines()


@needs_command
@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_cleanly_with_valid_jsonl(folder, tmp_path, workers):
    """Eight inputs, then a FIFO nobody writes to: the run blocks there until Ctrl-C."""
    for i in range(8):
        (folder / f"n{i}.txt").write_text(f"Ngày {i + 1}/3/2024", encoding="utf-8")
    fifo = folder / "zz-fifo.txt"
    os.mkfifo(fifo)
    err_file = tmp_path / "stderr"
    with open(err_file, "w") as err_out:
        p = subprocess.Popen([EXTRACT, str(folder), "--jsonl", "-j", workers], stdout=subprocess.PIPE, stderr=err_out, text=True)
    first = p.stdout.readline()
    assert json.loads(first)["source"].endswith(".txt")
    time.sleep(0.3)
    p.send_signal(signal.SIGINT)
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        raise
    rest, err = p.stdout.read(), err_file.read_text()
    assert p.returncode == 130
    lines = [first] + rest.splitlines(keepends=True)
    assert all(line.endswith("\n") and json.loads(line) for line in lines)
    assert "interrupted" in err and "Traceback" not in err


@needs_command
def test_order_finished_streams_past_a_slow_input(folder):
    """A FIFO first: with --order finished the others come out while it waits."""
    for i in range(24):
        (folder / f"n{i:02}.txt").write_text(f"Ngày {i + 1}/3/2024", encoding="utf-8")
    fifo = folder / "0-fifo.txt"
    os.mkfifo(fifo)
    p = subprocess.Popen([EXTRACT, str(folder), "--jsonl", "-j", "2", "--order", "finished", "-q"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = json.loads(p.stdout.readline())
    assert first["source"] != str(fifo)
    threading.Thread(target=lambda: fifo.write_text("Ngày 1/1/2024", encoding="utf-8"), daemon=True).start()
    p.wait(timeout=30)
    rest = p.stdout.read()
    sources = [first["source"]] + [json.loads(line)["source"] for line in rest.splitlines()]
    assert p.returncode == 0 and len(sources) == 27 and str(fifo) in sources


@needs_command
def test_closed_pipe_ends_quietly(folder):
    for i in range(300):
        (folder / f"n{i:03}.txt").write_text(f"Ngày {i % 28 + 1}/3/2024", encoding="utf-8")
    p = subprocess.run(f"'{EXTRACT}' '{folder}' --jsonl -q | head -1", shell=True,
                       capture_output=True, text=True, timeout=60)
    assert len(p.stdout.splitlines()) == 1 and "Traceback" not in p.stderr and "Broken" not in p.stderr


def test_json_output_imports_no_rich_and_version_no_typer(tmp_path):
    code = ("import sys; from extractor import cli; sys.argv = ['extract', {!r}, '--json']\n"
            "try:\n    cli.run()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'typer')), file=sys.stderr)")
    path = tmp_path / "a.txt"
    path.write_text("Ngày 9/1/2024", encoding="utf-8")
    p = subprocess.run([sys.executable, "-c", code.format(str(path))], capture_output=True, text=True, timeout=60)
    loaded = eval(p.stderr.strip().splitlines()[-1])
    assert not [m for m in loaded if m.startswith("rich")], loaded
    p = subprocess.run([sys.executable, "-c", "import sys; from extractor import cli; sys.argv=['extract','--version']; cli.run();"
                        "print([m for m in sys.modules if m.startswith(('typer', 'rich', 'regex', 'extractor.pipeline'))])"],
                       capture_output=True, text=True, timeout=60)
    assert p.stdout.splitlines() == [f"extract {__version__}", "[]"]


@needs_command
def test_progress_bar_on_a_terminal_leaves_stdout_alone(folder):
    import pty

    master, slave = pty.openpty()
    p = subprocess.run([EXTRACT, str(folder), "--jsonl", "-j", "1"], stdout=subprocess.PIPE, stderr=slave, timeout=60)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    lines = p.stdout.decode().splitlines()
    assert len(lines) == 2 and all(json.loads(line) for line in lines)
    text = err.decode(errors="replace")
    assert "2/2" in text and "extract: 2 files, 0 errors" in text
    assert "\x1b[?25h" in text and b"\x1b" not in p.stdout  # the bar went to the terminal, not stdout
