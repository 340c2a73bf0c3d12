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
    # "موطنا" / "موطنين": a frequent misspelling of مواطنا / مواطنين in the bulletins
    ("مواطن", "مواطن|مواطنا|موطنا|موطن", "مواطنان", "مواطنين|مواطنون|مواطني|موطنين",
     "civilian", None, None),
    ("مواطنه", "مواطنه", "مواطنتان|مواطنتين", "مواطنات", "civilian", "women", None),
    ("مدني", "مدني|مدنيا", "مدنيان", "مدنيين|مدنيون", "civilian", None, None),
    ("طفل", "طفل|طفلا|طفلها|طفلهما|طفلهم", "طفلان|طفلين|طفلاه|طفليه|طفليها|طفليهما|طفلاهما|طفلاها",
     "اطفال|اطفاله|اطفالها|اطفالهم|اطفالهما", "civilian", "children", None),
    ("طفله", "طفله|طفلته|طفلتها|طفلتهما", "طفلتان|طفلتين|طفلتيها|طفلتيه|طفلتاها", "طفلات",
     "civilian", "children",
     None),
    ("رجل", "رجل|رجلا", "رجلان|رجلين", "رجال", "civilian", "men", None),
    ("شاب", "شاب|شابا", "شابان|شابين", "شبان|شبانا", "civilian", None, None),
    ("فتي", "فتي", "فتيان|فتيين", "فتيه", "civilian", "children", None),
    ("فتاه", "فتاه", "فتاتان|فتاتين", "فتيات", "civilian", "children", None),
    ("مسن", "مسن|مسنا|عجوز", "مسنان|مسنين", "مسنين", "civilian", "elderly", None),
    # relatives named after a first victim ("امرأة وابنها", "رجل وزوجته"): one person each;
    # the status is the context's (they are listed with civilians and fighters alike)
    ("ابن", "ابنه|ابنها|ابنهما|ابنهم|نجله|نجلها|شقيقه|شقيقها|والده|والدها|اخيه|اخوه|اخاه"
     "|مرافقه|مرافقها|جاره|جارها|جارهم|جارهما|والدهم|والدهما"
     "|عمه|عمها|خاله|خالها|صهره|صهرها|حفيده|حفيدها",
     "ابناه|ابنيه|ابنيها|ابناها|ابنيهما|نجلاه|نجليه|شقيقاه|شقيقيه",
     "ابناء|ابنائه|ابنائها|ابنائهما|ابنائهم|ابناؤه|ابناؤها|ابناؤهما|ابناءه|ابناءها",
     None, None, None),
    # "هم الأب والأم وأطفالهما": only the definite forms (a bare آب is the month of August)
    ("الاب", "الاب", "", "", "civilian", "men", None),
    ("الام", "الام", "", "", "civilian", "women", None),
    # "تسعة من أفرادها": members of a family
    ("فرد", "", "", "افرادها|افراده|افرادهم|افراد", None, None, None),
    ("ابنت", "ابنته|ابنتها|ابنتهما|شقيقته|شقيقتها|والدته|والدتها|والدتهما|اخته|اختها"
     "|امه|امها|امهم|امهما|والدتهم",
     "ابنتاه|ابنتيه|ابنتيها|ابنتاها", "", None, "women", None),
    ("زوجه", "زوجته|زوجها", "", "", None, None, None),
    ("امراه", "امراه", "امراتان|امراتين", "نساء", "civilian", "women", None),
    ("سيده", "سيده", "سيدتان|سيدتين", "سيدات", "civilian", "women", None),
    ("ناشط", "ناشط|ناشطا", "ناشطان", "ناشطين|ناشطون", "civilian", "activists", None),
    # occupations and roles a bulletin names a civilian by
    ("سائق", "سائق|سائقا|سائقه|سائقها|سائقهم", "سائقان", "سائقين|سائقون", "civilian", None,
     None),
    ("راعي", "راعي|راعيا|راع", "راعيان|راعيين", "رعاه", "civilian", None, None),
    ("مختار", "مختار", "", "مخاتير", "civilian", None, None),
    ("تاجر", "تاجر|تاجرا", "تاجران|تاجرين", "تجار", "civilian", None, None),
    ("طبيب", "طبيب|طبيبا", "طبيبان|طبيبين", "اطباء", "civilian", None, None),
    ("ممرض", "ممرض|ممرضا", "ممرضان|ممرضين", "ممرضين|ممرضون", "civilian", None, None),
    ("مسعف", "مسعف|مسعفا", "مسعفان|مسعفين", "مسعفين|مسعفون", "civilian", None, None),
    ("صحفي", "صحفيا", "صحفيان|صحفيين", "صحفيين|صحفيون", "civilian", None, None),
    ("رضيع", "رضيع|رضيعا", "رضيعان|رضيعين", "رضع|رضعا", "civilian", "children", None),
    ("قاصر", "قاصر|قاصرا", "قاصران|قاصرين", "قاصرين|قاصرون", "civilian", "children", None),
    ("طالب", "", "طالبين", "طلاب|طلبه", "civilian", None, None),
    ("عامل", "عاملا", "عاملان|عاملين", "عمال", "civilian", None, None),
    ("مزارع", "مزارع|مزارعا", "مزارعان|مزارعين", "مزارعين|مزارعون", "civilian", None, None),
    ("موظف", "موظف|موظفا", "موظفان|موظفين", "موظفين|موظفون", "civilian", None, None),
    ("معلم", "معلم|معلما|مدرس|مدرسا", "معلمان|معلمين|مدرسان|مدرسين",
     "معلمين|معلمون|مدرسين|مدرسون", "civilian", None, None),
    ("راكب", "راكب|راكبا", "راكبان|راكبين", "ركاب", "civilian", None, None),
    ("نازح", "نازح|نازحا", "نازحان|نازحين", "نازحين|نازحون", "civilian", None, None),
    ("لاجئ", "لاجئ|لاجئا", "لاجئان|لاجئين", "لاجئين|لاجئون", "civilian", None, None),
    # "7 مجهولي الهوية": unidentified dead, counted by a number only
    ("مجهول", "", "", "مجهولي", None, None, None),
    ("مهرب", "مهرب|مهربا", "مهربان|مهربين", "مهربين|مهربون", None, None, None),
    ("سياسي", "سياسي|سياسيا", "سياسيان|سياسيين", "", "civilian", None, None),
    ("سياسيه", "سياسيه", "سياسيتان|سياسيتين", "", "civilian", "women", None),
    ("معتقل", "معتقل|معتقلا", "معتقلان", "معتقلين|معتقلون", "civilian", None, None),
    # migrants and refugees who drowned or were shot at a border are civilians
    ("مهاجر", "مهاجر|مهاجرا", "مهاجران", "مهاجرين|مهاجرون", "civilian", None, None),
    # nationality nouns counted by a number ("31 سورياً", "11 Iranians"); the accusative
    # singular is listed as a form that needs a number, since "سوريا" alone is the country
    ("سوري", "", "", "سوريا|سوريين|سوريون", None, None, None),
    ("لبناني", "", "", "لبنانيا|لبنانيين|لبنانيون", None, None, None),
    ("عراقي", "", "", "عراقيا|عراقيين|عراقيون", None, None, None),
    ("ايراني", "", "", "ايرانيا|ايرانيين|ايرانيون", None, None, None),
    ("فلسطيني", "", "", "فلسطينيا|فلسطينيين|فلسطينيون", None, None, None),
    ("افغاني", "", "", "افغانيا|افغانيين|افغان", None, None, None),
    ("national", "", "", "syrians|iranians|afghans|iraqis|lebanese|palestinians|turks", None,
     None, None),
    # kin as a count of their own ("شقيقان", "وشقيقه" is in the relatives row below)
    ("شقيق", "شقيق|شقيقا", "شقيقان|شقيقين", "اشقاء", None, None, None),
    ("شخص", "شخص|شخصا", "شخصان|شخصين", "اشخاص", None, None, None),
    # "وإصابة عدد من رفاقهم": comrades, counted only with an amount
    ("رفيق", "", "", "رفاقهم|رفاقه|رفاقها", None, None, None),
    # "أصيب مرافقيه الاثنين": companions, counted by the number word after them
    ("مرافق", "", "", "مرافقيه|مرافقيها|مرافقوه|مرافقوها|مرافقيهم|مرافقوهم", None, None, None),
    # "18 حالة اختطاف", "بينهم عشرات الحالات الخطرة": cases counted (a number is needed)
    ("حاله", "حاله", "حالتان|حالتين", "حالات", None, None, None),
    ("اخر", "", "", "اخرين|اخرون", None, None, None),
    ("عنصر", "عنصر|عنصرا", "عنصران|عنصرين", "عناصر", "combatant", None, None),
    ("مقاتل", "مقاتل|مقاتلا", "مقاتلان", "مقاتلين|مقاتلون|مقاتلو|مقاتلي", "combatant", None,
     None),
    ("ضابط", "ضابط|ضابطا", "ضابطان|ضابطين", "ضباط", "combatant", "officers", None),
    ("قائد", "قائد|قائدا", "قائدان|قائدين", "قاده", "combatant", "commanders", None),
    ("قيادي", "قيادي|قياديا", "قياديان", "قياديين|قياديون", "combatant", "commanders", None),
    ("جندي", "جندي|جنديا", "جنديان|جنديين", "جنود", "combatant", None, None),
    # ranks named as the victim ("قتل ملازم أول"); after "برتبة" they describe an officer
    ("ملازم", "ملازم|ملازما", "ملازمان|ملازمين", "", "combatant", "officers", None),
    ("نقيب", "نقيب|نقيبا", "نقيبان|نقيبين", "", "combatant", "officers", None),
    ("عقيد", "عقيد|عقيدا", "عقيدان|عقيدين", "", "combatant", "officers", None),
    ("رقيب", "رقيب|رقيبا", "رقيبان|رقيبين", "", "combatant", None, None),
    ("مقدم", "مقدم|مقدما", "مقدمان|مقدمين", "", "combatant", "officers", None),
    ("رائد", "رائد|رائدا", "رائدان|رائدين", "", "combatant", "officers", None),
    ("عميد", "عميد|عميدا", "عميدان|عميدين", "", "combatant", "officers", None),
    # "18 من العسكريين": military men (only the plural: "مصدر عسكري" is an adjective)
    ("عسكري", "", "", "عسكريين|عسكريون", "combatant", None, None),
    ("مسلح", "مسلح|مسلحا", "مسلحان", "مسلحين|مسلحون|مسلحي|مسلحو", "combatant", None, None),
    ("انتحاري", "انتحاري|انتحاريا", "انتحاريان|انتحاريين", "انتحاريين|انتحاريون", "combatant",
     None, None),
    ("مجند", "مجند|مجندا", "مجندان|مجندين", "مجندين|مجندون", "combatant", None, None),
    ("شرطي", "شرطي|شرطيا", "شرطيان|شرطيين", "شرطيين", "combatant", None, None),
    ("مرتزق", "", "", "مرتزقه", "combatant", None, None),
    ("جهادي", "", "", "جهاديين|جهاديون", "combatant", None, None),
    ("انغماسي", "انغماسي|انغماسيا", "انغماسيان|انغماسيين", "انغماسيين|انغماسيون",
     "combatant", None, None),
    ("متطوع", "متطوع|متطوعا", "متطوعان", "متطوعين|متطوعون", "combatant", None, None),
    # soldiers who defected and fight with the rebels (2012–2013 bulletins)
    ("منشق", "منشق|منشقا", "منشقان|منشقين", "منشقين|منشقون", "combatant", None, None),
    ("شهيد", "شهيد|شهيدا", "شهيدان|شهيدين", "شهداء", "civilian", None, "killed"),
    ("قتيل", "قتيل|قتيلا", "قتيلان|قتيلين", "قتلي|قتلاها|قتلاهم", None, None, "killed"),
    ("ضحيه", "ضحيه", "ضحيتان|ضحيتين", "ضحايا", None, None, "killed"),
    ("جريح", "جريح|جريحا", "جريحان|جريحين", "جرحي|جرحاها|جرحاهم", None, None, "wounded"),
    ("مصاب", "مصاب|مصابا", "مصابان", "مصابين|مصابون", None, None, "wounded"),
    ("مفقود", "مفقود|مفقودا", "مفقودان", "مفقودين|مفقودون", None, None, "missing"),
    ("اسير", "اسير|اسيرا", "اسيران|اسيرين", "اسري", "combatant", None, "captured"),
    ("مختطف", "مختطف|مختطفا", "مختطفان", "مختطفين|مختطفون", None, None, "kidnapped"),
    # English (lower-cased by normalisation)
    ("civilian", "civilian", "", "civilians", "civilian", None, None),
    ("person", "person", "", "people|persons", None, None, None),
    ("other", "", "", "other|others|more", None, None, None),  # "20 other people", "dozens more"
    ("child", "child", "", "children", "civilian", "children", None),
    ("woman", "woman", "", "women", "civilian", "women", None),
    ("man", "man", "", "men", "civilian", "men", None),
    ("member", "member", "", "members|elements", "combatant", None, None),
    ("fighter", "fighter", "", "fighters|militants|militiamen|gunmen|bombers", "combatant",
     None, None),
    ("officer", "officer", "", "officers", "combatant", "officers", None),
    ("commander", "commander", "", "commanders", "combatant", "commanders", None),
    ("soldier", "soldier", "", "soldiers", "combatant", None, None),
    ("defector", "defector", "", "defectors", "combatant", None, None),
    ("shepherd", "shepherd", "", "shepherds", "civilian", None, None),
    ("teenager", "teenager|boy|girl", "", "teenagers|boys|girls", "civilian", "children", None),
    ("volunteer", "volunteer", "", "volunteers", "civilian", None, None),
    ("farmer", "farmer", "", "farmers", "civilian", None, None),
    ("driver", "driver", "", "drivers", "civilian", None, None),
    ("migrant", "migrant", "", "migrants", "civilian", None, None),
    ("daughter", "daughter", "", "daughters", None, "women", None),
    ("son", "son", "", "sons", None, None, None),
    ("wife", "wife", "", "", None, "women", None),
    ("husband", "husband", "", "", None, None, None),
    ("brother", "brother", "", "brothers", None, None, None),
    ("father", "father", "", "", None, "men", None),
    ("mother", "mother", "", "", None, "women", None),
)
_ENGLISH = {"civilian", "person", "other", "child", "woman", "man", "member", "fighter", "officer",
            "commander", "soldier", "shepherd", "driver", "migrant", "daughter", "son", "wife",
            "husband", "brother", "father", "mother", "national", "teenager", "volunteer",
            "farmer", "defector"}


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
