"""Bad inputs: each gives a clear one-line error on stderr, an "error" object in the
output, exit status 1, and leaves every other input's result intact.  Inputs that are
odd but readable (empty, cp1258, UTF-16, a few bad bytes, another language) are not errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import sources
from extractor.cli import app

GOOD = "Chiều 28/12/2023, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu; kết nạp 269 đảng viên."
runner = CliRunner()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def run_with(good: Path, bad: str, *extra: str):
    """``extract GOOD BAD GOOD --jsonl``: returns (exit code, objects, stderr lines)."""
    result = runner.invoke(app, [str(good), bad, str(good), "--jsonl", "-q", "-j", "1", *extra])
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, objs, result.stderr.splitlines()


def assert_failed_alone(good: Path, bad: str, error: str) -> None:
    code, objs, err = run_with(good, bad)
    assert code == 1
    assert objs[1] == {"source": bad, "error": error}
    assert err == [f"extract: {bad}: {error}"]
    whole = json.loads(runner.invoke(app, [str(good), "--json"]).stdout)
    assert objs[0] == objs[2] == whole and whole["dates"]


def test_missing_path(good, tmp_path):
    assert_failed_alone(good, str(tmp_path / "nope.txt"), "no such file or directory")


def test_broken_symlink(good, tmp_path):
    link = tmp_path / "broken.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert_failed_alone(good, str(link), "broken symbolic link")


def test_symlink_loop(good, tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert_failed_alone(good, str(loop), "too many levels of symbolic links")


def test_symlink_loop_inside_a_folder(good, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").symlink_to(tmp_path / "d" / "b.txt")
    (tmp_path / "d" / "b.txt").symlink_to(tmp_path / "d" / "a.txt")
    (tmp_path / "d" / "up").symlink_to(tmp_path / "d")  # a link to a folder is not followed
    result = runner.invoke(app, [str(tmp_path / "d"), "--jsonl", "-q"])
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1 and [o["error"] for o in objs] == ["too many levels of symbolic links"] * 2


def test_permission_denied(good, tmp_path, monkeypatch):
    """Tests may run as root, for whom chmod 000 denies nothing: the refusal is simulated."""
    denied = str(tmp_path / "secret.txt")
    real_open = sources.open_binary

    def open_binary(source):
        if source == denied:
            raise PermissionError(13, "Permission denied", denied)
        return real_open(source)

    monkeypatch.setattr(sources, "open_binary", open_binary)
    assert_failed_alone(good, denied, "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(good, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    assert_failed_alone(good, str(path), "permission denied")


def test_a_folder_with_no_matching_file(good, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text(GOOD, encoding="utf-8")
    assert_failed_alone(good, str(tmp_path / "empty"), "no files matching '*.txt' in folder")


def test_a_folder_with_no_matching_file_with_json(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, [str(tmp_path / "empty"), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == [{"source": str(tmp_path / "empty"), "error": "no files matching '*.txt' in folder"}]
    assert result.stderr.splitlines()[0] == f"extract: {tmp_path / 'empty'}: no files matching '*.txt' in folder"


def test_binary_file(good, tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_failed_alone(good, str(path), "binary file (NUL bytes), not text")


def test_empty_file_is_not_an_error(good, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, objs, err = run_with(good, str(path))
    assert code == 0 and err == []
    assert objs[1] == {"source": str(path), "document_date": None, "dates": [], "documents": [], "officials": [], "targets": []}


def test_invalid_utf8_in_the_middle_is_read_with_a_warning(good, tmp_path):
    path = tmp_path / "bad-bytes.txt"
    data = GOOD.encode("utf-8")
    path.write_bytes(data[:30] + b"\xff\xfe" + data[30:])
    code, objs, err = run_with(good, str(path))
    assert code == 0
    assert err == [f"extract: {path}: warning: invalid UTF-8 at byte 30; undecodable bytes replaced with U+FFFD"]
    text = path.read_bytes().decode("utf-8", errors="replace")
    for e in objs[1]["dates"] + objs[1]["targets"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert objs[1]["dates"] and objs[0] == objs[2]


def cp1258(text: str) -> bytes:
    """Text as cp1258 writes it: precomposed letters where the code page has them, tones as combining marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            if marks and unicodedata.normalize("NFC", base + marks[0]).encode("cp1258", errors="ignore"):
                base, marks = unicodedata.normalize("NFC", base + marks[0]), marks[1:]
            out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def encoded(text: str, encoding: str) -> bytes:
    return cp1258(text) if encoding == "cp1258" else text.encode(encoding)


@pytest.mark.parametrize("encoding", ["cp1258", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_entities(good, tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(encoded(GOOD, encoding))
    code, objs, err = run_with(good, str(path))
    assert code == 0 and err == []
    def values(obj):
        return [(e["value"], e["grain"]) for e in obj["dates"]], [t["value"] for t in obj["targets"]]
    assert values(objs[1]) == values(objs[0])


def test_cp1258_offsets_point_into_the_decoded_text(good, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(cp1258(GOOD))
    _, objs, _ = run_with(good, str(path))
    decoded = path.read_bytes().decode("cp1258")
    for e in objs[1]["dates"] + objs[1]["targets"]:
        assert decoded[e["start"]:e["end"]] == e["text"]


def test_text_that_is_not_vietnamese(good, tmp_path):
    path = tmp_path / "other.txt"
    path.write_text("The quarterly report was filed on March 3. 中华人民共和国 2024年 — Привет, мир! 😀 " * 50, encoding="utf-8")
    code, objs, err = run_with(good, str(path))
    assert code == 0 and err == [] and set(objs[1]) >= {"dates", "documents", "officials", "targets"}
    assert objs[0] == objs[2]


def test_long_text_without_line_breaks(tmp_path):
    """The 50 MB case lives in bench/; here 80 KB on one line through the chunked path, in a
    subprocess whose timeout is the time budget (a pass slower than linear on long lines fails)."""
    unit = "Ngày 9/1/2024 đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, đạt 95% kế hoạch; "
    text = unit * (80_000 // len(unit.encode()))
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    code = ("import sys; from extractor import batch\n"
            "o = batch.process(sys.argv[1], batch.Job(large_bytes=30_000, chunk_chars=30_000, overlap_chars=2000))\n"
            "print(o.error or o.spool_path)")
    try:
        p = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("80 KB on one line took over 30 s: a pass is slower than linear on long lines")
    spool = Path(p.stdout.strip())
    got = json.loads(spool.read_text(encoding="utf-8"))
    spool.unlink()
    for e in got["dates"] + got["targets"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert len(got["dates"]) == text.count("9/1/2024")
