"""Word lists as pattern fragments, shared by the passes' lexicons.

A lexicon (title heads, unit words, document types) becomes a fragment to embed in a
bigger pattern.  Either way, a longer entry wins over its own prefix (``Bí thư Thường
trực`` over ``Bí thư``), and a space in an entry matches ``space`` (a run of spaces by
default).

``alternation`` is the flat form, longest entry first; ``trie`` shares prefixes
(``kết nạp|kết quả`` → ``kết\\s+(?:nạp|quả)``), so the engine rejects a position on its
first character instead of trying every entry there: the form for full-text scans, and
cheaper to compile.  Both match the same text at a position.

>>> alternation(["nghị định", "luật", "nghị quyết"], " ")
'nghị quyết|nghị định|luật'
>>> trie(["nghị quyết", "nghị định", "luật"], " ")
'(?:luật|nghị (?:quyết|định))'
>>> trie(["Bí thư", "Bí thư Thường trực"], "[ ]+")
'Bí[ ]+thư(?:[ ]+Thường[ ]+trực)?'
"""

from __future__ import annotations

from collections.abc import Iterable

import regex


def _entries(entries: Iterable[str]) -> set[str]:
    """Each entry once, its spaces collapsed; empty entries dropped."""
    return {" ".join(e.split()) for e in entries} - {""}


def alternation(entries: Iterable[str], space: str = r"\s+") -> str:
    """``entries`` as literal branches, longest first."""
    ordered = sorted(_entries(entries), key=lambda e: (-len(e), e))
    return "|".join(regex.escape(e).replace(r"\ ", space) for e in ordered)


def trie(entries: Iterable[str], space: str = r"\s+", after_first: str = "") -> str:
    """``entries`` as a prefix tree.  ``after_first``: a zero-width test put after the first
    letter of every entry (a look-behind on what stands before it), so that each branch still
    opens with a letter, which the engine can skip to."""
    root: dict = {}
    for entry in _entries(entries):
        node = root
        for ch in entry:
            node = node.setdefault(ch, {})
        node[""] = {}
    if after_first:
        root = {ch: {after_first: child} for ch, child in root.items()}
    return _branches(root, space)


def _branches(node: dict, space: str) -> str:
    # Longer subtrees first: where the engine could take two arms (case folded), the same one wins.
    arms = [(space if key == " " else key if len(key) > 1 else regex.escape(key)) + _branches(child, space)
            for key, child in sorted(node.items(), key=lambda kv: (-len(kv[1]), kv[0])) if key]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    return f"(?:{body})?" if "" in node else body


class LazyPattern:
    """A ``regex`` pattern (or, with ``engine=re``, a stdlib one) compiled on first use: a short
    input pays only for the rules it reaches, and a program that imports a pass without running
    it pays nothing.  After the first use its methods are the compiled pattern's own, looked up
    as plain attributes."""

    _METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split", "pattern", "groupindex")
    _ALL: list[LazyPattern] = []

    def __init__(self, pattern: str, flags: int = 0, engine=regex):
        self._args = (pattern, flags)
        self._engine = engine
        LazyPattern._ALL.append(self)

    @classmethod
    def compile_all(cls) -> None:
        """Compile every pattern now: a process about to fork workers, so that they share them."""
        for p in cls._ALL:
            p.match

    def __getattr__(self, name: str):
        rx = self._engine.compile(*self._args)
        self.__dict__.update((m, getattr(rx, m)) for m in self._METHODS)
        return getattr(rx, name)
