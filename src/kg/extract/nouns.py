"""The nouns that name victims: their grammatical number, victim status and group.

A row gives the singular, dual and plural forms (normalised, without the article) of one
noun. Singular and dual forms *count* on their own (``طفل`` = 1, ``عنصران`` = 2); a plural
needs a number (``5 أطفال``). Casualty nouns (``شهيد``, ``جريح``) also carry their type.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.tokens import stems, without_article


@dataclass(frozen=True)
class Noun:
    """A victim noun as found in the text."""

    lemma: str
    number: str  # "singular" | "dual" | "plural"
    status: str | None  # "civilian" | "combatant" | None when the noun does not say
    group: str | None
    casualty: str | None  # casualty type the noun itself names, e.g. "wounded" for جريح
    masculine_citizen: bool = False  # مواطن: "men" when listed beside women and children


# lemma, singular forms, dual forms, plural forms, status, group, casualty type
_ROWS: tuple[tuple[str, str, str, str, str | None, str | None, str | None], ...] = (
    ("مواطن", "مواطن|مواطنا", "مواطنان", "مواطنين|مواطنون|مواطني", "civilian", None, None),
    ("مواطنه", "مواطنه", "مواطنتان|مواطنتين", "مواطنات", "civilian", "women", None),
    ("مدني", "مدني|مدنيا", "مدنيان", "مدنيين|مدنيون", "civilian", None, None),
    ("طفل", "طفل|طفلا", "طفلان|طفلين", "اطفال|اطفاله|اطفالها|اطفالهم", "civilian", "children",
     None),
    ("طفله", "طفله", "طفلتان|طفلتين", "طفلات", "civilian", "children", None),
    ("رجل", "رجل|رجلا", "رجلان|رجلين", "رجال", "civilian", "men", None),
    ("امراه", "امراه", "امراتان|امراتين", "نساء", "civilian", "women", None),
    ("سيده", "سيده", "سيدتان|سيدتين", "سيدات", "civilian", "women", None),
    ("ناشط", "ناشط|ناشطا", "ناشطان", "ناشطين|ناشطون", "civilian", "activists", None),
    ("شخص", "شخص|شخصا", "شخصان|شخصين", "اشخاص", None, None, None),
    ("اخر", "", "", "اخرين|اخرون", None, None, None),
    ("عنصر", "عنصر|عنصرا", "عنصران|عنصرين", "عناصر", "combatant", None, None),
    ("مقاتل", "مقاتل|مقاتلا", "مقاتلان", "مقاتلين|مقاتلون|مقاتلو|مقاتلي", "combatant", None,
     None),
    ("ضابط", "ضابط|ضابطا", "ضابطان|ضابطين", "ضباط", "combatant", "officers", None),
    ("قائد", "قائد|قائدا", "قائدان|قائدين", "قاده", "combatant", "commanders", None),
    ("قيادي", "قيادي|قياديا", "قياديان", "قياديين|قياديون", "combatant", "commanders", None),
    ("جندي", "جندي|جنديا", "جنديان|جنديين", "جنود", "combatant", None, None),
    ("مسلح", "مسلح|مسلحا", "مسلحان", "مسلحين|مسلحون", "combatant", None, None),
    ("شهيد", "شهيد|شهيدا", "شهيدان|شهيدين", "شهداء", "civilian", None, "killed"),
    ("قتيل", "قتيل|قتيلا", "قتيلان|قتيلين", "قتلي|قتلاها|قتلاهم", None, None, "killed"),
    ("جريح", "جريح|جريحا", "جريحان|جريحين", "جرحي|جرحاها|جرحاهم", None, None, "wounded"),
    ("مصاب", "مصاب|مصابا", "مصابان", "مصابين|مصابون", None, None, "wounded"),
    ("مفقود", "مفقود|مفقودا", "مفقودان", "مفقودين|مفقودون", None, None, "missing"),
    ("اسير", "اسير|اسيرا", "اسيران|اسيرين", "اسري", "combatant", None, "captured"),
    ("مختطف", "مختطف|مختطفا", "مختطفان", "مختطفين|مختطفون", None, None, "kidnapped"),
    # English (lower-cased by normalisation)
    ("civilian", "civilian", "", "civilians", "civilian", None, None),
    ("person", "person", "", "people|persons", None, None, None),
    ("child", "child", "", "children", "civilian", "children", None),
    ("woman", "woman", "", "women", "civilian", "women", None),
    ("man", "man", "", "men", "civilian", "men", None),
    ("member", "member", "", "members|elements", "combatant", None, None),
    ("fighter", "fighter", "", "fighters|militants|militiamen|gunmen", "combatant", None, None),
    ("officer", "officer", "", "officers", "combatant", "officers", None),
    ("commander", "commander", "", "commanders", "combatant", "commanders", None),
    ("soldier", "soldier", "", "soldiers", "combatant", None, None),
)
_ENGLISH = {"civilian", "person", "child", "woman", "man", "member", "fighter", "officer",
            "commander", "soldier"}


def _index() -> dict[str, Noun]:
    out: dict[str, Noun] = {}
    for lemma, sing, dual, plur, status, group, casualty in _ROWS:
        for number, forms in (("singular", sing), ("dual", dual), ("plural", plur)):
            for form in filter(None, forms.split("|")):
                out[form] = Noun(lemma, number, status, group, casualty,
                                 masculine_citizen=lemma == "مواطن")
    return out


NOUNS = _index()


def lookup(word: str) -> Noun | None:
    """The victim noun ``word`` is (after prefix and article stripping), or None."""
    for stem in stems(word):
        for form in (stem, without_article(stem)):
            hit = NOUNS.get(form)
            if hit is not None and (hit.lemma not in _ENGLISH or form == word):
                return hit
    return None


def same_lemma(a: Noun, b: Noun) -> bool:
    """True when ``b`` is the other gender of ``a`` (``طفلاً وطفلة``: one phrase, not two)."""
    return a.lemma.rstrip("ه") == b.lemma.rstrip("ه") and a.lemma != b.lemma
