"""Signature blocks of administrative and Party documents: the signer's position over the name.

- rule ``signature``: a line holding only a title, maybe after ``KT.``/``TM.``/``TL.``/``T/M``
  (``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``, ``BÍ THƯ``), then at most a few blank or ``(Đã ký)``
  lines, then a line holding only a name: the name's official with that title, as written
  (``PHÓ CHỦ TỊCH`` over ``Nguyễn Văn Sơn``).  A line of the signing authority
  (``TM. ỦY BAN NHÂN DÂN``) is not a title: it names no position.
"""

from __future__ import annotations

import regex

from extractor.officials import names as nm
from extractor.officials import titles as tl
from extractor.officials.mentions import Hit

_SIGNING = r"(?:KT|TM|TL|TUQ|Q|K/T|T/M|T/L)\.?"
_SIGNED = r"[ ]*(?:\([^()\n]{0,30}\)|(?i:đã[ ]ký)[^\n]{0,20})?[ ]*"
SIGNATURE = regex.compile(
    rf"^[ ]*(?:{_SIGNING}[ ]+)?(?P<title>[^\n]+?)[ ]*\n(?:{_SIGNED}\n){{0,6}}[ ]*(?P<name>[^\n]+?)[ ]*$",
    regex.M | regex.X,
)


def find(text: str, found: list[nm.Name]) -> list[Hit]:
    """The signers of ``text``, given its name candidates."""
    if "\n" not in text:
        return []
    by_span = {(n.start, n.end): n for n in found}
    hits = []
    for m in SIGNATURE.finditer(text, overlapped=True):
        name = by_span.get(m.span("name"))
        if name is not None and tl.TITLE_RE.fullmatch(m["title"]):
            hits.append(Hit(name.name, name.start, name.end, titles=[tl.clean(m["title"])]))
    return hits
