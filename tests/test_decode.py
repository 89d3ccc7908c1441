"""Decoding bytes to text, whole (``decode``) and block by block (``StreamDecoder``)."""

from __future__ import annotations

import codecs

import pytest

from extractor.text.decode import InputError, StreamDecoder, decode

TEXT = "Chiều 28/12, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu. " * 20


def stream(data: bytes, block: int) -> tuple[str, StreamDecoder]:
    decoder = StreamDecoder(data[:4096])  # the encoding is judged on a first block of reasonable size
    parts = [decoder.decode(data[i:i + block]) for i in range(0, len(data), block)]
    return "".join(parts) + decoder.decode(b"", final=True), decoder


@pytest.mark.parametrize("block", [1, 3, 7, 64, 100_000])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be"])
def test_stream_equals_whole_whatever_the_block_size(encoding, block):
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    text, decoder = stream(data, block)
    assert text == decode(data).text == TEXT
    assert decoder.warning is None


def test_stream_replaces_bad_bytes_and_says_where():
    data = TEXT.encode() + b"\xff" + TEXT.encode()
    text, decoder = stream(data, 4096)
    assert text == TEXT + "\ufffd" + TEXT
    assert decoder.warning == f"invalid UTF-8 at byte {len(TEXT.encode())}; undecodable bytes replaced with U+FFFD"


def test_stream_refuses_nul_bytes_found_late():
    with pytest.raises(InputError, match="NUL"):
        stream(TEXT.encode() * 10 + b"\x00", 1024)


def test_stream_chooses_cp1258_from_the_first_block():
    data = b"Nghi\xf2 quy\xea\xect " * 100
    text, _ = stream(data, 50)
    assert text == data.decode("cp1258")


def test_whole_decode_cases():
    assert decode(b"").text == ""
    assert decode(codecs.BOM_UTF8).text == ""
    assert decode("Đảng ủy".encode() + b"\xff").warning.startswith("invalid UTF-8 at byte 12")
    with pytest.raises(InputError):
        decode(b"a\x00b")
