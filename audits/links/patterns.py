"""Text patterns: call-to-action link texts and soft-404 titles.

Both lists are regular expressions matched case-insensitively against text
whose whitespace was collapsed; users replace them with the
``links_learn_more_patterns`` and ``links_soft404_patterns`` options.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

# Call-to-action texts: "Learn more about ERO." is marked, so is a bare "Details".
# Short generic words ("here", "more", "details") only count when they are the whole text.
LEARN_MORE_PATTERNS: tuple[str, ...] = (
    r"\blearn more\b", r"\bread more\b", r"\bmore info(rmation)?\b", r"\bfind out more\b",
    r"\bclick here\b", r"\bsee more\b", r"\bcontinue reading\b", r"\bview more\b",
    r"^(more |view |see )?details$", r"^here$", r"^more$", r"^(go|link)$",
    # Spanish, French, German, Portuguese
    r"\bm[aá]s informaci[oó]n\b", r"\bleer m[aá]s\b", r"\bm[aá]s detalles\b", r"\bhaga clic aqu[ií]\b",
    r"\bhaz clic aqu[ií]\b", r"\bver m[aá]s\b", r"\ben savoir plus\b", r"\blire la suite\b",
    r"\bplus d'informations\b", r"\bcliquez ici\b", r"\bmehr erfahren\b", r"\bweiterlesen\b",
    r"\bmehr informationen\b", r"\bhier klicken\b", r"\bsaiba mais\b", r"\bleia mais\b",
)

# Titles and main headings of "not found" pages served with status 200.
SOFT404_PATTERNS: tuple[str, ...] = (
    r"\bpage not found\b", r"\bnot found\b", r"\b404\b.*\b(error|page|not)\b", r"\b(error|page)\b.*\b404\b",
    r"\bpage (you (are looking for|requested) )?(cannot|can ?not|could not|can't|couldn't) be found\b",
    r"\b(this|the) page (does not|doesn't|no longer) exists?\b",
    r"\bp[aá]gina no (encontrada|existe)\b", r"\bno se (encontr[oó]|encuentra|pudo encontrar) la p[aá]gina\b",
    r"\bpage (introuvable|non trouv[ée]e)\b", r"\bseite nicht gefunden\b",
    r"\bp[aá]gina n[aã]o encontrada\b", r"\bpagina non trovata\b", r"страница не найдена",
    r"页面未找到|找不到页面|ページが見つかりません",
)

_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Collapse whitespace, casefold, drop trailing punctuation: the form texts are compared in."""
    text = unicodedata.normalize("NFC", text or "")
    return _SPACES.sub(" ", text).strip().casefold().rstrip(" .:!?»›→>")


def compile_patterns(patterns: Iterable[str] | str) -> re.Pattern[str] | None:
    """One alternation of all patterns, case-insensitive; ``None`` for an empty list.

    Raises ``ValueError`` naming the pattern that does not compile.
    """
    if isinstance(patterns, str):
        patterns = [patterns]
    parts = []
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
        parts.append(f"(?:{pattern})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


class TextMatcher:
    """Matches normalised texts against a compiled pattern list."""

    MEMO = 4096  # link texts repeat from page to page (navigation, "Learn more"): each is matched once (the first
    # 4,096 texts: navigation comes early; 20,000 held about 2 MB on a site whose links say "Page N")

    def __init__(self, patterns: Sequence[str] | str) -> None:
        self.patterns = tuple([patterns] if isinstance(patterns, str) else patterns)
        self._regex = compile_patterns(self.patterns)
        self._memo: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        known = self._memo.get(text)
        if known is None:
            known = bool(self._regex and text and self._regex.search(normalise_text(text)))
            if len(self._memo) < self.MEMO:
                self._memo[text] = known
        return known

    def first(self, *texts: str) -> str:
        """The first of ``texts`` that matches, or ``""``."""
        for text in texts:
            if self(text):
                return _SPACES.sub(" ", text).strip()
        return ""
