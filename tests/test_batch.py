"""The batch layer: chunked extraction of very large inputs, bounded streaming, order."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pytest

from extractor import batch, chunked
from extractor.model import Date, Extraction, Official, Span, Target

# A stand-in for the pipeline with simple local patterns, so the chunking and merging
# are checked on their own, whatever state the real passes are in.
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_OFFICIAL = re.compile(r"đồng chí ((?:[A-ZĐ]\w* ?){2,4}?)(?:, ([A-ZĐ][\w ]*?))?(?=[,.])")
_PERCENT = re.compile(r"\d+%")


def fake_extract(text: str, lists, source: str) -> Extraction:
    dates = [Date(m.start(), m.end(), m.group(), value=m.group(), grain="day") for m in _DATE.finditer(text)]
    officials: dict[str, Official] = {}
    for m in _OFFICIAL.finditer(text):
        o = officials.setdefault(m.group(1).strip(), Official(m.group(1).strip()))
        o.mentions.append(Span(m.start(), m.end(), m.group()))
        if m.group(2) and m.group(2) not in o.titles:
            o.titles.append(m.group(2))
    targets = [Target(m.start(), m.end(), m.group(), value=int(m.group()[:-1]), unit="%") for m in _PERCENT.finditer(text)]
    return Extraction(source=source, document_date=dates[0].value if dates else None,
                      dates=dates, officials=list(officials.values()), targets=targets)


def fake_extract_many(texts, lists, sources):
    return [fake_extract(t, lists, s) for t, s in zip(texts, sources)]


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(batch, "pipeline_extract", fake_extract)
    monkeypatch.setattr(batch, "pipeline_extract_many", fake_extract_many)


def paragraphs(n: int) -> str:
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quốc Chỉnh"]
    out = []
    for i in range(n):
        who = names[i % 3]
        title = ", Bí thư Tỉnh ủy" if i % 4 == 0 else ""
        out.append(f"Ngày {i % 28 + 1}/{i % 12 + 1}/20{10 + i % 15}, đồng chí {who}{title}, phát biểu; đạt {i}% kế hoạch.")
    return "\n\n".join(out)


def run_chunked(tmp_path: Path, text: str, encoding: str = "utf-8", **sizes) -> dict:
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode(encoding))
    job = batch.Job(fmt="compact", large_bytes=sizes.get("large_bytes", 200), chunk_chars=sizes.get("chunk", 300),
                    overlap_chars=sizes.get("overlap", 60))
    outcome = batch.process(str(path), job)
    assert outcome.error is None and outcome.spool_path
    return json.loads(Path(outcome.spool_path).read_text(encoding="utf-8"))


def whole(text: str, source: str) -> dict:
    return fake_extract(text, None, source).to_dict()


@pytest.mark.parametrize("chunk,overlap", [(300, 60), (1000, 200), (150, 120)])
def test_chunked_extraction_equals_whole_text_extraction(tmp_path, fake_pipeline, chunk, overlap):
    text = paragraphs(60)
    got = run_chunked(tmp_path, text, chunk=chunk, overlap=overlap)
    assert got == whole(text, got["source"])


def test_chunked_offsets_point_into_the_whole_text(tmp_path, fake_pipeline):
    text = paragraphs(40).replace("\n\n", "\r\n\r\n")
    got = run_chunked(tmp_path, text)
    mentions = [m for o in got["officials"] for m in o["mentions"]]
    for e in got["dates"] + got["targets"] + mentions:
        assert text[e["start"]:e["end"]] == e["text"]
    assert len(got["dates"]) == 40


def test_officials_merge_by_name_across_chunks(tmp_path, fake_pipeline):
    got = run_chunked(tmp_path, paragraphs(30))
    assert [o["name"] for o in got["officials"]] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quốc Chỉnh"]
    assert [len(o["mentions"]) for o in got["officials"]] == [10, 10, 10]
    assert got["officials"][0]["titles"] == ["Bí thư Tỉnh ủy"]


def test_text_without_line_breaks_is_cut_anywhere_and_keeps_offsets(tmp_path, fake_pipeline):
    text = "".join(f"{i % 28 + 1}/5/2020,{i}%;" for i in range(300))  # no space, no line end: hard cuts
    got = run_chunked(tmp_path, text, chunk=250, overlap=40)
    assert got == whole(text, got["source"])


def test_bom_and_utf16_large_inputs_keep_offsets(tmp_path, fake_pipeline):
    text = paragraphs(20)
    for encoding in ("utf-8-sig", "utf-16"):
        got = run_chunked(tmp_path, text, encoding=encoding)
        assert got == whole(text, got["source"])


def test_first_chunk_gives_the_document_date(tmp_path, fake_pipeline):
    got = run_chunked(tmp_path, paragraphs(20))
    assert got["document_date"] == "1/1/2010"


def test_pretty_chunked_output_is_the_same_object(tmp_path, fake_pipeline):
    text = paragraphs(25)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    job = batch.Job(fmt="pretty", large_bytes=200, chunk_chars=300, overlap_chars=60)
    out = Path(batch.process(str(path), job).spool_path).read_text(encoding="utf-8")
    assert json.loads(out) == whole(text, str(path))
    assert out.startswith('{\n  "source": ')


def test_empty_lists_in_chunked_output(tmp_path, fake_pipeline):
    got = run_chunked(tmp_path, "không có gì. " * 100)
    assert got["dates"] == [] and got["officials"] == [] and got["targets"] == []


def test_binary_found_late_in_a_large_input_is_an_error(tmp_path, fake_pipeline):
    path = tmp_path / "late.txt"
    path.write_bytes(paragraphs(10).encode() + b"\x00\x01")
    outcome = batch.process(str(path), batch.Job(large_bytes=100, chunk_chars=300, overlap_chars=60))
    assert outcome.error == "binary file (NUL bytes), not text"
    assert outcome.spool_path is None


def test_real_pipeline_chunked_spans_hold_the_offset_invariant(tmp_path):
    fixtures = sorted(Path(__file__).resolve().parents[1].joinpath("fixtures").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in fixtures) * 3
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    outcome = batch.process(str(path), batch.Job(large_bytes=1000, chunk_chars=2000, overlap_chars=300))
    assert outcome.error is None
    got = json.loads(Path(outcome.spool_path).read_text(encoding="utf-8"))
    mentions = [m for o in got["officials"] for m in o["mentions"]]
    for e in got["dates"] + got["documents"] + got["targets"] + mentions:
        assert text[e["start"]:e["end"]] == e["text"]
    for name in ("dates", "documents", "targets"):
        starts = [e["start"] for e in got[name]]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)


def test_chunks_hold_a_bounded_part_of_the_text():
    blocks = ("abcdefghij\n" * 100 for _ in range(200))  # 220,000 characters, never joined whole
    sizes = [len(c.text) for c in chunked.chunks(blocks, size=5000, overlap=500)]
    assert max(sizes) <= 5000 + 4 * 500 and sum(sizes) >= 220_000


def test_run_pulls_inputs_lazily(tmp_path, fake_pipeline):
    for i in range(200):
        (tmp_path / f"{i:03}.txt").write_text("ngày 1/1/2020", encoding="utf-8")
    pulled = []

    def inputs():
        for p in sorted(tmp_path.iterdir()):
            pulled.append(p)
            yield str(p)

    outcomes = batch.run(inputs(), batch.Job(), workers=2, order="input")
    next(outcomes)
    assert len(pulled) <= 2 * batch.IN_FLIGHT_PER_WORKER * batch.GROUP + batch.GROUP
    assert len(list(outcomes)) == 199
    assert len(pulled) == 200


@pytest.mark.parametrize("order", ["input", "finished"])
def test_pool_results_match_in_process_results(tmp_path, fake_pipeline, order):
    for i in range(40):
        (tmp_path / f"{i:02}.txt").write_text(paragraphs(i % 5 + 1), encoding="utf-8")
    paths = [str(p) for p in sorted(tmp_path.iterdir())]
    alone = [o.payload for o in batch.run(paths, batch.Job(), workers=1)]
    pooled = [o.payload for o in batch.run(paths, batch.Job(), workers=2, order=order)]
    assert (pooled if order == "input" else sorted(pooled)) == (alone if order == "input" else sorted(alone))


def test_a_failing_pass_costs_only_its_input(tmp_path, monkeypatch):
    def flaky(texts, lists, sources):
        if any("boom" in t for t in texts):
            raise ValueError("boom")
        return fake_extract_many(texts, lists, sources)

    monkeypatch.setattr(batch, "pipeline_extract_many", flaky)
    monkeypatch.delenv("EXTRACT_DEBUG", raising=False)
    (tmp_path / "a.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text("1/1/2020", encoding="utf-8")
    a, b = batch.run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], batch.Job())
    assert a.error == "internal error: ValueError: boom"
    assert b.error is None and b.counts[0] == 1


def test_spool_files_are_removed_once_written(tmp_path, fake_pipeline):
    import io

    from extractor.output import Writer

    path = tmp_path / "big.txt"
    path.write_text(paragraphs(20), encoding="utf-8")
    outcome = batch.process(str(path), batch.Job(large_bytes=100, chunk_chars=300, overlap_chars=60))
    out = io.StringIO()
    Writer(out, "jsonl").write(outcome)
    assert not os.path.exists(outcome.spool_path)
    assert json.loads(out.getvalue())["source"] == str(path)


def test_large_standard_input_is_read_in_chunks(monkeypatch, fake_pipeline):
    import io
    import sys

    text = paragraphs(30)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    outcome = batch.process("-", batch.Job(large_bytes=200, chunk_chars=300, overlap_chars=60))
    got = json.loads(Path(outcome.spool_path).read_text(encoding="utf-8"))
    os.unlink(outcome.spool_path)
    assert got == whole(text, "-")


@pytest.mark.parametrize("order", ["input", "finished"])
def test_stopping_early_leaves_no_spool_files(tmp_path, fake_pipeline, order, monkeypatch):
    spools = tmp_path / "spools"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    for i in range(30):
        (tmp_path / f"{i:02}.txt").write_text(paragraphs(20), encoding="utf-8")
    job = batch.Job(large_bytes=200, chunk_chars=300, overlap_chars=60)
    outcomes = batch.run((str(p) for p in sorted(tmp_path.glob("*.txt"))), job, workers=2, order=order)
    first = next(outcomes)
    batch.discard(first)
    outcomes.close()  # as when the reader goes away or Ctrl-C arrives
    assert os.listdir(spools) == []


def test_chunked_output_keeps_only_the_chosen_lists(tmp_path, fake_pipeline):
    path = tmp_path / "big.txt"
    text = paragraphs(20)
    path.write_text(text, encoding="utf-8")
    job = batch.Job(lists=("officials", "targets"), large_bytes=200, chunk_chars=300, overlap_chars=60)
    outcome = batch.process(str(path), job)
    got = json.loads(Path(outcome.spool_path).read_text(encoding="utf-8"))
    os.unlink(outcome.spool_path)
    assert list(got) == ["source", "document_date", "officials", "targets"]
    assert got["officials"] == whole(text, str(path))["officials"]
    assert outcome.counts == (0, 0, 3, 20)
