"""Casualty counts → :class:`Observation` records: type, amount, status, sub-counts, totals.

The steps, each a small function over the analysed :class:`Document`:

1. *candidates*: amounts (``14 مواطناً``, ``العشرات``, ``طفلان``, ``اثنان منهم``) that name
   people, with the casualty type read from the nearest casualty word (tables below);
2. *structure*: sub-counts (بينهم، من بينهم، هم، منهم، من ضمنهم and و-joined lists after
   them), running totals (ارتفع إلى …, the sentence saying "since …" and what follows);
3. *attributes*: victim status and group, victim actors and perpetrators, places (the most
   specific ones tied to the count) and the period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from kg.extract.consistency import breakdown_kind
from kg.extract.dates import MONTH_NAMES
from kg.extract.document import Document, starts_unit
from kg.extract.gazetteer import Match
from kg.extract.normalize import norm
from kg.extract.nouns import Noun, lookup, same_lemma
from kg.extract.numbers import (
    Quantity,
    after_qualifier,
    bounds,
    combine,
    match_phrase,
    parse_number,
    parse_quantity,
)
from kg.extract.places import common_parent, heads, most_specific
from kg.extract.records import Event, Observation, Period, Span
from kg.extract.tokens import Token, stems, without_article


def _table(rows: dict[str, str]) -> dict[str, str]:
    return {norm(k): v for k, v in rows.items()}


# casualty words (verbs and verbal nouns; the first word of a phrase may carry prefixes)
CUES = _table({
    "استشهاد": "killed", "استشهد": "killed", "استشهدوا": "killed", "استشهدت": "killed",
    "استشهادهم": "killed", "استشهاده": "killed", "استشهادها": "killed", "شهداء": "killed",
    "الشهداء": "killed", "مقتل": "killed", "مقتلهم": "killed", "مقتله": "killed",
    "قتل": "killed", "قتلوا": "killed", "قتلت": "killed", "القتلى": "killed", "قتلى": "killed",
    "قضى": "killed", "قضوا": "killed", "قضت": "killed", "مصرع": "killed", "اغتيال": "killed",
    "اغتيل": "killed", "اغتيلوا": "killed", "اغتال": "killed", "إعدام": "killed", "أعدم": "killed",
    "اغتالت": "killed", "أعدمت": "killed",
    "اختطفت": "kidnapped", "خطفت": "kidnapped",
    "حتفهم": "killed", "حتفه": "killed", "تزهق": "killed", "إزهاق": "killed",
    "ضحيتها": "killed", "ضحيته": "killed", "ضحيتهم": "killed",  # "راح ضحيتها رجل"
    "مفارقة": "killed", "وفاة": "killed", "توفي": "killed", "خسائر بشرية": "killed",
    "الخسائر البشرية": "killed", "وفاتهم": "killed", "وفاته": "killed", "وفاتها": "killed",
    "وفاتهما": "killed", "غرق": "killed", "غرقا": "killed", "drowned": "killed",
    # "لا يزال مئات المعتقلين مجهولي المصير": their fate unknown
    "مجهولي المصير": "missing", "مجهول المصير": "missing", "مجهولة المصير": "missing",
    "جثة": "killed", "جثتي": "killed", "جثث": "killed", "جثمان": "killed", "جثته": "killed",
    "جثتها": "killed", "جثثهم": "killed", "جثتيهما": "killed",
    "فارقوا الحياة": "killed", "لقوا": "killed", "لقي": "killed", "لقيت": "killed",
    "لقيا": "killed",
    # other death verbs: "ارتقى 4 مواطنين", "هلك عناصر التنظيم", duals "استشهدا", "قضيا"
    "ارتقى": "killed", "ارتقوا": "killed", "ارتقت": "killed", "ارتقاء": "killed",
    "هلك": "killed", "هلاك": "killed", "توفيت": "killed", "توفوا": "killed",
    "استشهدا": "killed", "استشهدتا": "killed", "قضيا": "killed", "أصيبا": "wounded",
    "أصيبتا": "wounded",
    "إصابة": "wounded", "أصيب": "wounded", "أصيبوا": "wounded", "إصابتهم": "wounded",
    "أصيبت": "wounded",
    "جرح": "wounded", "جراح": "wounded", "الجرحى": "wounded", "جرحى": "wounded",
    "المصابين": "wounded",
    "فقدان": "missing", "المفقودين": "missing", "مفقودين": "missing", "فقد": "missing",
    "في عداد المفقودين": "missing",
    "فقدوا": "missing", "فقدت": "missing", "تحت الأنقاض": "missing",
    # contact lost with fighters: "لا يزال الاتصال مفقوداً مع 4 مقاتلين", "انقطع الاتصال مع"
    "مفقود": "missing", "مفقوداً": "missing", "مفقودة": "missing", "مفقودون": "missing",
    "انقطع الاتصال": "missing", "الاتصال مقطوعاً": "missing", "فقد الاتصال": "missing",
    # "lost their lives" is a death, not a disappearance; "the group lost N fighters"
    "فقدوا حياتهم": "killed", "فقد حياته": "killed", "فقدت حياتها": "killed",
    "فقدان حياتهم": "killed", "خسرت": "killed", "خسر": "killed",
    "أودت بحياة": "killed", "أودى بحياة": "killed", "جرحت": "wounded", "جرحوا": "wounded",
    "أصابت": "wounded", "أصاب": "wounded", "أرواح": "killed", "بحياة": "killed",
    "kills": "killed", "ضحايا": "killed", "الضحايا": "killed", "victims": "killed",
    "فارق": "killed", "فارقت": "killed", "فارقوا": "killed", "فارقا": "killed",
    "فارقتا": "killed", "توفيا": "killed", "توفيتا": "killed",
    # "أردي قتيلاً" / "أرداه قناص": shot dead
    "أردي": "killed", "أردى": "killed", "أرديا": "killed", "أردوا": "killed", "أردت": "killed",
    "أرداه": "killed", "أرداهم": "killed", "أردتهم": "killed",
    "أسر": "captured", "أسرت": "captured", "أسروا": "captured", "الأسرى": "captured",
    # arrests and detentions by an armed side: "اعتقلت قوات النظام 6 شبان"
    "اعتقل": "captured", "اعتقلت": "captured", "اعتقلوا": "captured", "اعتقال": "captured",
    "احتجز": "captured", "احتجزت": "captured", "احتجزوا": "captured",
    "خطف": "kidnapped", "اختطاف": "kidnapped", "اختطف": "kidnapped",
    "اختطافهم": "kidnapped", "اختطافه": "kidnapped", "اختطافها": "kidnapped",
    "اختطافهما": "kidnapped", "اقتاد": "kidnapped", "اقتادت": "kidnapped",
    # plural subjects: "مسلحون مجهولون اختطفوا 3 أشخاص", "أعدموا", "اغتالوا"
    "اختطفوا": "kidnapped", "خطفوا": "kidnapped", "أعدموا": "killed", "اغتالوا": "killed",
    "أصابوا": "wounded",
    "اقتادوا": "kidnapped",
    # present tense, as titles write it ("التحالف يقتل 14 مدنياً", "التنظيم يعدم شابين")
    "يقتل": "killed", "تقتل": "killed", "يعدم": "killed", "تعدم": "killed",
    "يختطف": "kidnapped", "تختطف": "kidnapped", "يخطف": "kidnapped", "تخطف": "kidnapped",
    "يأسر": "captured", "تأسر": "captured", "kill": "killed",
    "يصيب": "wounded", "تصيب": "wounded", "يجرح": "wounded", "تجرح": "wounded",
    "يغتال": "killed", "تغتال": "killed",
    "إعدامهم": "killed", "إعدامه": "killed", "إعدامها": "killed", "إعدامهما": "killed",
    "killed": "killed", "killing": "killed", "dead": "killed", "died": "killed",
    "deaths": "killed", "death": "killed", "wounded": "wounded", "injured": "wounded",
    "injuring": "wounded", "wounding": "wounded", "missing": "missing",
    "captured": "captured", "kidnapped": "kidnapped", "abducted": "kidnapped",
    "succumbed": "killed", "passed away": "killed", "injuries": "wounded",
    "among the dead": "killed", "among the victims": "killed",
})
# verbs also written with an object pronoun ("ممن اختطفهم التنظيم", "أعدمتهم"); not أسر,
# whose suffixed form أسرهم is also "their families"
_OBJECT_VERBS = {"اختطف": "kidnapped", "خطف": "kidnapped", "أعدم": "killed", "قتل": "killed",
                 "اغتال": "killed", "أصاب": "wounded"}
CUES.update({norm(v + t + p): kind for v, kind in _OBJECT_VERBS.items()
             for t in ("", "ت") for p in ("ه", "ها", "هم", "هما", "هن")})
# verbs whose object is the victim, in the past and present ("اغتالت طائرة مسيرة قيادياً")
_TRANSITIVE = frozenset(norm(v + t) for v in ("اختطف", "خطف", "أعدم", "قتل", "اغتال", "أصاب")
                        for t in ("", "ت")) | frozenset(norm(w) for w in (
                            "تغتال", "يغتال", "تقتل", "يقتل", "تعدم", "يعدم", "تختطف", "يختطف"))
_CUE_PHRASES = sorted(((tuple(k.split()), v) for k, v in CUES.items()), key=lambda r: -len(r[0]))
# verbs whose pairing (قتلوا وقضوا) marks a mixed, unknown-status count
_DEATH_VERBS = _table({"استشهدوا": "istashhad", "استشهد": "istashhad", "قضوا": "qada",
                       "قضى": "qada", "قتلوا": "qatal", "قتل": "qatal"})
# the استشهد family: SOHR's word for civilian deaths
_CIVILIAN_CUES = frozenset(norm(w) for w in (
    "استشهاد", "استشهد", "استشهدوا", "استشهدت", "استشهادهم", "شهداء", "الشهداء", "شهيد",
))
_RUNNING = frozenset(norm(w) for w in (
    "ارتفع", "يرتفع", "ليرتفع", "ترتفع", "لترتفع", "ارتفاع", "يرفع", "ليرفع", "رفع", "ارتفعت",
    "rose", "risen", "rises", "climbed", "raising", "bringing", "brings", "brought",
    # "ليصل عدد الجرحى … إلى 8": a toll that reaches a number
    "يصل", "ليصل", "تصل", "لتصل", "وصل", "وصلت",
))
_TO = frozenset(norm(w) for w in ("إلى", "to"))
_SINCE = frozenset(norm(w) for w in ("منذ", "since"))
# words giving a sentence its own time, so that it is not part of an earlier tally
_NOW = frozenset(norm(w) for w in ("اليوم", "أمس", "الليلة", "فجر", "صباح", "مساء", "ظهر",
                                   "ليل", "ليلة", "today", "yesterday", "morning", "dawn",
                                   "tonight", "midnight"))
# "منذ ما بعد منتصف ليل أمس", "since the morning": fillers between "since" and the day's time
_SINCE_FILLERS = frozenset(norm(w) for w in ("ما", "بعد", "قبل", "منتصف", "the", "early", "this",
                                             "last"))
_UNTIL = frozenset(norm(w) for w in ("وحتى", "حتى", "until", "till"))
_SAME = frozenset(norm(w) for w in ("ذاتها", "نفسها", "ذاته", "نفسه"))
_PERIOD_WORDS = frozenset(norm(w) for w in ("الفترة", "المدة", "الفتره", "period"))
_TITLE_SCOPE = frozenset(norm(w) for w in ("منذ", "معركة", "حصيلة", "since", "battle", "toll"))
_DURING = frozenset(norm(w) for w in ("خلال", "during"))
_DURATIONS = frozenset(norm(w) for w in (
    "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "أيام", "يومين", "ساعاتها",
    "أيامها", "الأولى", "سنوات", "weeks", "months", "days",
))
_PAST = frozenset(norm(w) for w in ("الماضية", "الفائتة", "الماضي", "الفائت", "المنصرم"))
# sub-count markers; "collective" ones refer back to the bulletin's overall total
_MARKERS = {norm(k): v for k, v in {
    "من بينهم": "list", "بينهم": "list", "بينهن": "list", "من ضمنهم": "list",
    # "19 جثة، بينها 6 جثث لعناصر": bodies take the feminine
    "بينها": "list", "من بينها": "list",
    "ضمنهم": "list", "هم": "list", "منهم": "list", "منهن": "list", "including": "list",
    "among them": "list", "of whom": "list",
    # "لمقتل 3 مدنيين، أحدهم امرأة": one of them
    "أحدهم": "list", "إحداهم": "list", "إحداهن": "list", "one of them": "list",
    "أحدهما": "list", "إحداهما": "list",
    # "ومن بين الضحايا 31 طفلاً": the victims just counted, named again as a collective
    "من بين الضحايا": "victims", "من بين القتلى": "victims", "من بين الشهداء": "victims",
    "بين الضحايا": "victims", "among the victims": "victims", "the victims include": "victims",
}.items()}
_MARKER_PHRASES = sorted(((tuple(k.split()), v) for k, v in _MARKERS.items()),
                         key=lambda r: -len(r[0]))
_FATE = frozenset(norm(w) for w in ("مصير", "fate"))
_COLLECTIVE = frozenset(norm(w) for w in ("المجموع", "مجموع", "الحصيلة"))
_PARTITIVE = frozenset(norm(w) for w in ("منهم", "منهن", "of them"))
_REMAINDER = frozenset(norm(w) for w in ("والأخير", "والآخر", "والأخيرة", "والثالث", "والآخران",
                                          "والآخرين", "والأخيران", "والأخيرين",
                                          # "…، والسابع مجهول الجنسية": the last one, by rank
                                          "والرابع", "والخامس", "والسادس", "والسابع", "والثامن",
                                          "والتاسع", "والعاشر", "والثالثة", "والرابعة",
                                          "والخامسة"))
# gap words that end a sub-count list (a cause, a new clause)
_CLOSERS = frozenset(norm(w) for w in (
    "جراء", "نتيجة", "بسبب", "إثر", "بفعل", "خلال", "بعد", "due", "after", "in", "when",
))
_AFFILIATION = tuple(tuple(norm(w).split()) for w in (
    "من مقاتلي", "من عناصر", "في صفوف", "ضمن", "من", "of", "from",
))
_BOTH_SIDES = tuple(tuple(norm(w).split()) for w in ("من طرفي القتال", "من الطرفين",
                                                      "of both sides", "في صفوف الطرفين",
                                                      "في صفوف المقاتلين", "on both sides"))
# "41 من جنسيات غير سورية", "واثنان من الجنسية اللبنانية": foreign fighters, counted bare
_NATIONALITY = frozenset(norm(w) for w in ("جنسيات", "الجنسيات", "جنسية", "الجنسية"))
_POSSESSIVE_DEAD = frozenset(norm(w) for w in ("قتلاها", "قتلاهم", "جرحاها", "جرحاهم"))
_DESCRIBED = frozenset(norm(w) for w in ("وهو", "وهي", "وهما", "وهم", "أنه", "أنهما", "أنهم",
                                           "أنها", "بأنه", "بأنهما", "بأنهم"))
_COMBATANT_ROLES = frozenset(norm(w) for w in (
    "مقاتلي", "مقاتل", "عناصر", "عنصر", "قيادي", "والي", "مسؤول", "أمير", "قائد", "مقاتلا",
))
_PERPETRATOR_CUES = frozenset(norm(w) for w in (
    "قبل", "قصف", "غارات", "غارة", "طائرات", "نفذتها", "نفذها", "برصاص", "استهداف", "كمين",
    "by", "استهدفت", "استهدف", "ضربات", "نفذه", "نفذ", "شنها", "شنه", "شنت",
))
# an accusation ("بتهمة التعامل مع …"): the actor it names did not do the killing
_CHARGE = frozenset(norm(w) for w in ("بتهمة", "تهمة", "بتهم", "charged", "accused"))
# words right before an actor that make it the victims' side (من / عناصر / صفوف …)
_VICTIM_SIDE = frozenset(norm(w) for w in ("من", "عناصر", "صفوف", "ضمن", "مقاتلي", "of"))
_AIR_STRIKES = frozenset(norm(w) for w in ("غارات", "غارة", "الغارات", "جوية", "الجوية", "الجوي",
                                            "airstrikes", "raids",
                                            # shells falling on a town kill its people too
                                            "قذائف", "القذائف", "قذيفة", "shells"))
_FAMILY = tuple(norm(w).split() for w in ("من عائلة واحدة", "من عائلة", "from one family"))
_ANOTHER = frozenset(norm(w) for w in ("آخر", "آخران", "آخرين", "آخرون", "آخرى", "أخرى",
                                       "آخرتان", "آخرتين"))
_ADJECTIVES = frozenset(norm(w) for w in (
    "مدنيا", "مدنيين", "مدني", "مدنيون", "سوريا", "سوريين", "سوري", "آخرين", "آخرون",
    # who the victim was: "سياسية كردية وسائقها", "سيدة خمسينية"
    "كردي", "كردية", "كرديا", "عربي", "عربية", "تركماني", "تركمانية", "أربعيني", "أربعينية",
    "خمسيني", "خمسينية", "ستيني", "ستينية", "سبعيني", "سبعينية", "مسنة",
    # ordinals after a noun: "طفل خامس وامرأة", "وأسر عنصر ثالث"
    "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
))
_NON_PERSON = frozenset(norm(w) for w in (
    "قذيفة", "قذائف", "غارة", "غارات", "صاروخ", "صواريخ", "برميل", "براميل", "ضربة", "ضربات",
    "محافظات", "محافظة", "مناطق", "منطقة", "ساعة", "ساعات", "يوم", "أيام", "شهر", "أشهر",
    "عام", "أعوام", "سنة", "سنوات", "سيارة", "سيارات", "آلية", "آليات", "طائرة", "طائرات",
    "منزل", "منازل", "كم", "متر", "بالمئة", "%", "مرة", "مرات", "نقطة", "نقاط", "حاجز",
    "حواجز", "قرى", "بلدات", "مدن", "أحياء", "مقبرة", "مقابر", "raids", "shells",
    "strikes", "vehicles", "hours", "days", "weeks", "months", "years", "airstrikes", "barrel",
    "km", "kilometres", "شهراً", "يوماً", "عاماً", "أسبوعاً", "أسابيع", "أسبوع", "دقيقة", "دقائق",
))
_DEFINITE_AMOUNTS = frozenset(norm(w) for w in ("ألف", "ألفا", "ألفين", "ألفان", "ألفي", "آلاف",
                                                  "العشرات", "المئات"))
_FORCE_CUES = frozenset(norm(w) for w in (
    "قدر", "يقدر", "تعداد", "قوامها", "بعدد", "حشد", "حشدت", "دفعت", "استقدمت", "دخول",
    # "تقدر قوة المهاجمين بنحو 400 عنصر", "مجموعة تضم 40 شخصاً": a group's size
    "قوة", "تضم", "يضم",
    # "هجوم شارك فيه قرابة 30 عنصراً": the attackers, not the dead
    "شارك", "شاركت", "بمشاركة",
    "involving", "deployed", "mobilised", "mobilized", "reinforcements",
    # a boat's load, not its dead ("a boat carrying about 150 migrants")
    "carrying", "يحمل",
))
# people forced from their homes are not casualties ("تجاوز عدد النازحين 150 ألف مدني")
_DISPLACED = frozenset(norm(w) for w in (
    "النازحين", "نازح", "نازحين", "النازحون", "نزوح", "النزوح", "المهجرين", "مهجر",
    "مهجرين", "المهجرون", "تهجير", "اللاجئين", "لاجئ", "لاجئين", "المشردين", "displaced",
    "refugees",
    # the verbs: "ونزح ما يزيد عن 180 ألف شخص", "شُرّد مئات الآلاف", "thousands fled"
    "نزح", "نزحت", "نزحوا", "شرد", "شردت", "شردوا", "fled",
))
# executions and abductions: SOHR's victims of these are civilians unless named fighters
_HELD_CUES = frozenset(norm(w) for w in (
    "إعدام", "أعدم", "أعدمت", "يعدم", "تعدم", "إعدامهم", "إعدامه", "إعدامها", "إعدامهما",
    "أعدمه", "أعدمهم", "أعدمتهم", "اختطاف", "اختطف", "خطف", "اختطفهم", "اختطفه", "اختطفت",
    "اختطافهم", "اختطافه", "اختطافها", "اختطافهما", "اقتاد", "اقتادت", "اقتادوا",
    # plural subjects: "مسلحون اختطفوا 3 أشخاص", "أعدموا"
    "اختطفوا", "خطفوا", "خطفت", "أعدموا",
))


@dataclass
class Candidate:
    """A count found in the text, before it becomes one or more observations."""

    start: int  # token range of the amount and its noun
    end: int
    value: int | None
    qualifier: str
    noun: Noun | None
    types: list[tuple[str, int]] = field(default_factory=list)  # (type, evidence start)
    status: str = "unknown"
    group: str | None = None
    parent: Candidate | None = None
    list_parent: Candidate | None = None
    marker: str | None = None  # "list", "partitive", "collective", "remainder"
    cumulative: bool = False
    in_title: bool = False
    places: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    period: Period | None = None
    event: str | None = None
    civilian_adjective: bool = False
    keys: dict[str, str] = field(default_factory=dict)


# --- 1. candidates -----------------------------------------------------------------------

_PARTICLE_QAD = frozenset(norm(w) for w in ("فقد", "وقد", "لقد"))


def _cue_at(doc: Document, i: int) -> tuple[str, int] | None:
    hit = match_phrase(doc.tokens, i, _CUE_PHRASES)
    if hit is not None and doc.tokens[i].text in _PARTICLE_QAD and \
            match_phrase(doc.tokens, i + 1, _CUE_PHRASES) is not None:
        return None  # "فقد قضى ثلاثة": the particle ف + قد before a verb, not "lost"
    return hit if hit is not None and doc.allowed[i] else None


def _noun_phrase(doc: Document, j: int) -> tuple[Noun | None, int, bool]:
    """The victim noun at ``j`` (after an optional partitive من) and the index after its
    adjectives; also whether an adjective said "civilian"."""
    toks = doc.tokens
    k = j
    if k < len(toks) and toks[k].text in ("من", "of") and k + 1 < len(toks) \
            and lookup(toks[k + 1].text) is not None:
        k += 1
    noun = lookup(toks[k].text) if k < len(toks) else None
    if noun is not None and noun.lemma == "other" and k + 1 < len(toks) and \
            doc.bulletin.lang == "en":
        named = lookup(toks[k + 1].text)
        if named is not None and named.number == "plural" and named.status is not None:
            k, noun = k + 1, named  # "three other civilians": the civilians
    if noun is None and doc.bulletin.lang == "en":
        k, noun = _english_modified(doc, k)
    if noun is None:
        return None, j, False
    k += 1
    if k < len(toks) and toks[k].text.startswith("و"):
        other = lookup(toks[k].text)
        if other is not None and same_lemma(noun, other):  # طفلاً وطفلة: one phrase
            k += 1
    civilian = False
    while k < len(toks) and toks[k].text in _ADJECTIVES:
        civilian = civilian or toks[k].text.startswith("مدن")
        k += 1
    return noun, k, civilian


_ENGLISH_FUNCTION = frozenset((
    "of", "and", "in", "on", "at", "by", "to", "from", "with", "were", "was", "are", "is", "the",
    "a", "an", "more", "other", "others", "than", "hours", "days", "people",
))


def _english_modified(doc: Document, k: int) -> tuple[int, Noun | None]:
    """``eleven regime soldiers``, ``nine HTS members``: up to two modifiers (a side, a
    nationality) between an English number and its plural victim noun."""
    toks = doc.tokens
    for n in (1, 2):
        words = [t.text for t in toks[k:k + n]]
        if k + n >= len(toks) or any(not w.isalpha() or w in _ENGLISH_FUNCTION for w in words):
            return k, None
        noun = lookup(toks[k + n].text)
        if noun is not None and noun.number == "plural":
            return k + n, noun
    return k, None


_EN_SUBJECT_GAP = 8  # words describing an English subject before its casualty verb


def _english_verb_after(doc: Document, end: int) -> bool:
    """A casualty verb (or "among the dead") follows the subject ending at ``end`` within a
    few describing words, with no number, other victim or punctuation between."""
    stop = min(end + _EN_SUBJECT_GAP, _sentence(doc, end - 1)[1])
    for j in range(end, stop):
        t = doc.tokens[j]
        if _cue_at(doc, j) is not None:
            return True
        age = t.is_digit and doc.tokens[j - 1].text in ("his", "her", "aged", "age")
        kin = any(x.text in ("his", "her", "their") for x in doc.tokens[max(j - 2, end):j])
        if (t.is_digit and not age) or t.text in _PUNCT or (
                lookup(t.text) is not None and j > end and not kin):
            return False  # but "A man and his two daughters were among the dead" goes on
    return False


def _english_article_before(doc: Document, i: int) -> bool:
    """``an HTS fighter``: "a"/"an", then up to two modifiers, then the noun at ``i``."""
    for n in (0, 1, 2):
        k = i - n - 1
        words = [t.text for t in doc.tokens[k + 1:i]]
        if k < 0 or any(not w.isalpha() or w in _ENGLISH_FUNCTION for w in words):
            return False
        if doc.tokens[k].text in ("a", "an"):
            return True
    return False


def _before(doc: Document, i: int) -> str:
    return doc.tokens[i - 1].text if i > 0 else ""


_ORDINAL_UNITS = frozenset(norm("ال" + w + e) for w in (
    "حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع") for e in ("", "ة"))
_ONE_ADJECTIVE = frozenset(norm(w) for w in ("واحدة", "واحد", "الواحدة", "الواحد"))


def _is_excluded_number(doc: Document, q: Quantity) -> bool:
    """Dates, ages, ordinals and references (``الـ 353``) are not counts."""
    i = q.number_start
    word = doc.tokens[i].text
    if q.end == i + 1 and _line_marker(doc, q.end) is not None:
        return True  # "1- شاب …": an item's number in a list, not a count
    if i > 0 and doc.tokens[i - 1].text in _ORDINAL_UNITS and word in ("عشر", "عشره"):
        return True  # "دون سن الثامنة عشرة": an ordinal teen, not ten people
    if _before(doc, i) == "ال" and q.end < len(doc.tokens) and \
            (said := lookup(doc.tokens[q.end].text)) is not None and said.casualty and \
            _exceeded_before(doc, i):
        return False  # "لتتجاوز حصيلة القتلى … الـ 190 قتيلاً": a toll went past it
    if _before(doc, i) == "ال" and q.start < i - 1:
        return False  # "قرابة الـ 40 جريحاً": a qualifier before the article
    if _before(doc, i) in ("ال", "سن", "عمر", "the") or (
        word.startswith("ال") and word not in _DEFINITE_AMOUNTS
    ):
        return True
    if any(d.start <= i < d.end for d in doc.dates):
        return True
    if i > 0 and set(stems(doc.tokens[i - 1].text)) & _FUNERAL:
        return True  # "أثناء تشييع أحد الشهداء": the dead being buried, counted before
    if q.value == 1 and word in _ONE_ADJECTIVE and i > 0 and \
            lookup(doc.tokens[i - 1].text) is None:
        return True  # "من عائلة واحدة": "one" agreeing with a noun is no count
    nxt = doc.tokens[q.end].text if q.end < len(doc.tokens) else ""
    return nxt in _NON_PERSON or (nxt in ("من", "of", "more", "other") and
                                   q.end + 1 < len(doc.tokens) and
                                   doc.tokens[q.end + 1].text in _NON_PERSON)


_FUNERAL = frozenset(norm(w) for w in ("تشييع", "جنازة", "تأبين"))


def _dual_confirmed(doc: Document, k: int) -> int:
    """Skip an emphatic اثنان / اثنين after a dual (``طفلان اثنان``)."""
    if k < len(doc.tokens) and doc.tokens[k].text in ("اثنان", "اثنين", "اثنتان", "اثنتين"):
        return k + 1
    return k


def _marker_before(doc: Document, i: int) -> tuple[str, int] | None:
    """A sub-count marker ending right before token ``i``: (kind, marker start)."""
    if i > 0 and doc.tokens[i - 1].text == ":" and not (
            i > 1 and doc.tokens[i - 2].text == ":"):
        i -= 1  # "هم: شاب من …، ورجلان …": the list after a marker and a colon
    for words, kind in _MARKER_PHRASES:
        s = i - len(words)
        if s >= 0 and match_phrase(doc.tokens, s, [(words, kind)]) == (kind, i):
            return kind, s
    return None


_COLON_GAP = 10  # words between a total and the colon opening its breakdown


def _colon_before(doc: Document, c: Candidate, prev: Candidate | None) -> tuple[str, int] | None:
    """``8 people: five civilians …`` / ``1214 قتيلاً، توزعوا كالتالي: …``: a colon shortly
    after a count opens the list of its parts."""
    i = c.start - 1
    while i > 0 and doc.tokens[i].text == "\n":
        i -= 1  # "توزعت الحصيلة على النحو الآتي:" then the list as a paragraph
    if prev is None or i < prev.end or doc.tokens[i].text != ":" or prev.parent is not None:
        return None
    if i - prev.end > _COLON_GAP and not (i - prev.end <= 2 * _COLON_GAP and _distributed(
            doc, i)):
        return None
    return "list", i


# "توزعوا على النحو التالي:", "جاءت موزعة كما يلي:": a breakdown announced before its colon
_DISTRIBUTED = frozenset(norm(w) for w in (
    "توزعوا", "توزعت", "وتوزعت", "وتوزعوا", "موزعة", "موزعين", "النحو", "الشكل", "كالتالي",
    "كالآتي",
    "يلي", "follows", "breakdown"))


def _distributed(doc: Document, colon: int) -> bool:
    """The words before ``colon`` announce a breakdown (``على النحو التالي``)."""
    return any(t.text in _DISTRIBUTED for t in doc.tokens[max(colon - 5, 0):colon])


# line lists: "- محافظة درعا: 7 مواطنين …", "1- شاب من …", "2) طفل …"
_BULLETS = frozenset(("-", "–", "—", "•", "*", "·", ")"))
_LABEL_WORDS = 6  # words of a line's label before its colon ("- محافظة دير الزور:")


def _line_marker(doc: Document, j: int) -> int | None:
    """The index of the line break (or -1) before a list marker ending at token ``j``
    (``-``, ``•``, ``1-``, ``2)``), or None."""
    toks = doc.tokens
    if not 0 <= j < len(toks) or toks[j].text not in _BULLETS:
        return None
    if j > 0 and toks[j - 1].is_digit:
        j -= 1
    return j - 1 if j == 0 or toks[j - 1].text == "\n" else None


def _line_label(doc: Document, i: int) -> int | None:
    """The list marker's line-break index when token ``i`` follows a line's label colon
    (``- محافظة القنيطرة: مواطنان اثنان``), or None."""
    toks = doc.tokens
    if i < 1 or toks[i - 1].text != ":":
        return None
    for k in range(i - 2, max(i - 2 - _LABEL_WORDS, -1), -1):
        if toks[k].text in _BULLETS:
            return _line_marker(doc, k)
        if toks[k].text == "\n" or toks[k].is_digit or lookup(toks[k].text) is not None:
            return None
    return None


def _place_line(doc: Document, i: int) -> bool:
    """Token ``i`` opens the item of a line labelled by a place (``- محافظة درعا: 7 …``)."""
    k = _line_label(doc, i)
    return k is not None and bool(doc.places_in(k + 1, i))


def _in_list_line(doc: Document, i: int) -> bool:
    """Token ``i`` is on a line that opens with a list marker."""
    k = i
    while k > 0 and doc.tokens[k - 1].text != "\n":
        k -= 1
    return k < i and _line_marker(doc, k + (doc.tokens[k].is_digit and k + 1 < i)) is not None


def _line_item(doc: Document, i: int) -> bool:
    """Token ``i`` opens the item of a line list: right after its marker or label."""
    return _line_marker(doc, i - 1) is not None or _line_label(doc, i) is not None


_DUAL_CUE_GAP = 8  # words from a dual victim noun to the casualty verb after it


def _described_then_cue(doc: Document, end: int) -> bool:
    """A casualty verb follows within a few words that only describe the victim (an age
    such as ``عمره 14 عاماً``, no punctuation, no other victim or number)."""
    toks = doc.tokens
    for j in range(end, min(end + _DUAL_CUE_GAP, _sentence(doc, end - 1)[1])):
        if _cue_at(doc, j) is not None:
            return True
        age = toks[j].is_digit and j + 1 < len(toks) and toks[j + 1].text in _AGE_UNITS
        if toks[j].text in _PUNCT or (toks[j].is_digit and not age) or \
                lookup(toks[j].text) is not None:
            return False
    return False


def _singular_counts(doc: Document, i: int, noun: Noun, end: int) -> bool:
    """Whether a singular or dual noun without a number states a count here."""
    word = doc.tokens[i].text
    if noun.number == "dual" and end > i + 1 and doc.tokens[end - 1].text.startswith("اثن"):
        return True
    if _casualty_pair(doc, i) is not None:
        return False  # "38 قتيلاً وشهيداً": the second word of one count's noun
    if _cue_at(doc, i - 1) is not None or _marker_before(doc, i) is not None:
        return True
    if _line_item(doc, i):
        return True  # "1- شاب من أبناء …", "- محافظة القنيطرة: مواطنان"
    if noun.number == "dual" and noun.casualty is not None:
        return True  # "قتيلان من الفصائل": a dual casualty noun is a count of two
    if noun.number == "dual" and any(_cue_at(doc, j) is not None for j in range(
            end, min(end + _DUAL_CUE_GAP, _sentence(doc, i)[1]))):
        return True  # "أن طفلين شقيقين، أحدهما رضيع، فارقا الحياة": the verb after
    if word.startswith("و") and _described_then_cue(doc, end):
        return True  # "، وفتى عمره 14 عاماً قتل برصاص قناص": described, then its verb
    if noun.number == "dual" and i >= 2 and _cue_at(doc, i - 2) is not None and \
            doc.tokens[i - 1].text not in _PUNCT and not doc.tokens[i - 1].is_digit and \
            lookup(doc.tokens[i - 1].text) is None:
        return True  # "وقتل معهما عنصران": the verb, one word, then the pair
    if i >= 2 and doc.tokens[i - 1].text in ("a", "an") and doc.tokens[i - 2].text == "and" \
            and _lists_after_count(doc, i - 2):
        return True  # "3 children and a woman"
    if i >= 2 and doc.tokens[i - 1].text in _ENGLISH_ONE and (
            _marker_before(doc, i - 1) is not None or _english_apposition(doc, i - 1)):
        return True  # "including an officer", "Two civilians, a woman and her daughter"
    if doc.bulletin.lang == "en" and i >= 2 and doc.tokens[i - 1].text in ("a", "an") and \
            _cue_at(doc, i - 2) is not None:
        return True  # "injuring a woman"
    if i >= 3 and doc.tokens[i - 1].text in ("her", "his", "their") and \
            doc.tokens[i - 2].text == "and" and lookup(doc.tokens[i - 3].text) is not None:
        return True  # "a woman and her son"
    if doc.bulletin.lang == "en" and end < len(doc.tokens) and \
            doc.tokens[end].text in ("was", "were") and _english_article_before(doc, i):
        return True  # "an HTS fighter was killed", "a Turkish soldier was wounded"
    if doc.bulletin.lang == "en" and _english_article_before(doc, i) and \
            _english_verb_after(doc, end):
        return True  # "a civilian man in his 40s succumbed to his injuries"
    subject = doc.match_at.get(i - 1)
    if subject is not None and subject.kind == "actor" and any(
            _cue_at(doc, j) and not any(t.text in _PUNCT for t in doc.tokens[j:i])
            for j in range(max(0, subject.start - 5), subject.start)):
        return True  # "اختطف مسلحون مجهولون شابين", "اغتالت طائرة للتحالف قيادياً"
    for j in range(max(0, i - 3), i - 1):  # "اغتالت طائرة مسيرة قيادياً": verb, subject, victim
        between = doc.tokens[j + 1:i]
        if _cue_at(doc, j) is not None and doc.tokens[j].text in _TRANSITIVE and not any(
                t.text in _PUNCT or t.is_digit or lookup(t.text) is not None for t in between):
            return True
    agent = lookup(doc.tokens[i - 1].text) if i >= 2 else None
    if agent is not None and agent.number == "plural" and _cue_at(doc, i - 2) is not None:
        return True  # "اختطف مسلحون تاجراً": a bare plural subject between verb and victim
    if i >= 2 and _cue_at(doc, i - 2) is not None and _before(doc, i) in ("عن",):
        return True
    nxt = doc.tokens[end].text if end < len(doc.tokens) else ""
    if word.startswith(("و", "ل")) and (nxt in _CLOSERS or _cue_at(doc, end) is not None):
        return True
    if _in_addition(doc, i) and (word.startswith(("و", "ل")) or _before(doc, i) in _TO):
        return True  # "إضافة لطفلين", "بالإضافة إلى طفلين"
    if word.startswith("و") and nxt in _ANOTHER:
        return True  # "قتل قيادي في فصيل محلي وعنصران آخران"
    return word.startswith("و") and (_lists_after_count(doc, i) or _in_marked_list(doc, i) or
                                     _in_list_line(doc, i))


_ENGLISH_ONE = frozenset(("a", "an", "one", "her", "his", "their"))


def _english_apposition(doc: Document, i: int) -> bool:
    """``Two civilians, a woman and her daughter``: the people a count just named, one by
    one (``a`` / ``her`` at ``i`` after a comma or ``and`` that follows a counted noun)."""
    toks = doc.tokens
    for k in range(i - 1, max(i - 7, 0), -1):
        word = toks[k].text
        if word == "," and k >= 2:
            noun = lookup(toks[k - 1].text)
            if noun is not None and noun.number == "plural" and \
                    parse_quantity(toks, k - 2) is not None:
                return True
        if word not in (",", "and") and word not in _ENGLISH_ONE and lookup(word) is None:
            return False
    return False


_IN_ADDITION = frozenset(norm(w) for w in ("إضافة", "بالإضافة", "وبالإضافة"))


def _in_addition(doc: Document, i: int) -> bool:
    """``إضافة`` / ``بالإضافة`` (+ ``إلى``) right before token ``i``: "in addition to"."""
    j = i - 2 if _before(doc, i) in _TO else i - 1
    return j >= 0 and doc.tokens[j].text in _IN_ADDITION


def _casualty_pair(doc: Document, i: int) -> Noun | None:
    """The casualty noun at ``i`` when it is و-joined to the casualty noun of a count just
    before (``قتيلاً وشهيداً``, ``قتلى وجرحى`` is two types and not this), else None."""
    if i < 1 or not doc.tokens[i].text.startswith("و"):
        return None
    here, there = lookup(doc.tokens[i].text), lookup(doc.tokens[i - 1].text)
    if here is None or there is None or here.casualty is None or \
            here.casualty != there.casualty or here.lemma == there.lemma:
        return None
    return here


def _in_marked_list(doc: Document, i: int) -> bool:
    """``بينهم 4 من الجنسية التركستانية وقيادي``: a و-joined noun ending a list that a
    sub-count marker and a number opened a few words before, in the same unit."""
    lo = max(doc.units[doc.unit_of[i]][0], i - 8)
    for j in range(i - 1, lo, -1):
        t = doc.tokens[j]
        if t.text in _CLOSERS or _cue_at(doc, j) is not None:
            return False
        if (t.is_digit or parse_number(doc.tokens, j) is not None) and \
                _marker_before(doc, j) is not None:
            return True
    return False


def _lists_after_count(doc: Document, i: int) -> bool:
    """True when the previous word ends a counted noun phrase (``5 مواطنات ومواطن``)."""
    j = i - 1
    while j >= 0 and (doc.tokens[j].text in _ADJECTIVES or doc.tokens[j].text in ("علي",
                                                                                   "الاقل")):
        j -= 1
    if j < 1:
        return False
    return lookup(doc.tokens[j].text) is not None and (
        doc.tokens[j - 1].is_digit or parse_number(doc.tokens, j - 1) is not None
        or doc.tokens[j - 1].text in ("عشرات", "العشرات")
    )


def find_candidates(doc: Document) -> list[Candidate]:
    """Every amount of people in the text (types not yet known)."""
    toks = doc.tokens
    out: list[Candidate] = []
    i = 0
    while i < len(toks):
        if not doc.allowed[i]:
            i += 1
            continue
        after_count = bool(out) and ((out[-1].noun is not None and (
            out[-1].end == i or (out[-1].end == i - 1 and _relative_after(doc, i))
            or _companion_after(doc, out[-1], i))) or _list_item_after(doc, out[-1], i))
        cand = _amount_at(doc, i) or _noun_count_at(doc, i, after_count) or \
            _another_one(doc, i, out[-1] if out else None) or \
            _ordinal_one(doc, i, out[-1] if out else None)
        if cand is None:
            i += 1
            continue
        cand.in_title = doc.in_title[i]
        if out and out[-1].noun is None and cand.noun is not None and \
                cand.value == out[-1].value and cand.noun.number != "plural" and (
                    out[-1].end == i or (out[-1].end == i - 1 and
                                         toks[i - 1].text in _PARTITIVE)):
            i = cand.end  # "اثنان منهم شقيقان": what the two were, not two more
            continue
        if out and out[-1].end == i and out[-1].noun is not None and cand.noun is not None and \
                out[-1].noun.number == cand.noun.number == "dual" and \
                not toks[i].text.startswith("و"):
            out[-1].end = i = cand.end  # "طفلين شقيقين": one pair, described
            continue
        out.append(cand)
        i = cand.end
    return out


_PART_WORDS = frozenset(norm(w) for w in ("هم", "منهم", "منهن", "بينهم", "بينهن", "ضمنهم"))


def _opens_parts(doc: Document, c: Candidate) -> bool:
    """A repeated count is stated anew when its clause goes on to break it down
    (``والمواطنون الأربعة هم اثنان …``, ``أما المدنيون الثمانية فقد قضى خمسة منهم``)."""
    _, b = doc.units[doc.unit_of[c.start]]
    return any(doc.tokens[j].text in _PART_WORDS for j in range(c.end, b))


def _repeated(c: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The earlier count a definite ``المواطنون الأربعة`` repeats (same number and noun)."""
    return next((o for o in reversed(earlier) if c.noun is not None and o.noun is not None
                 and o.value == c.value and not o.in_title
                 and (o.noun.lemma == c.noun.lemma or same_lemma(o.noun, c.noun))), None)


_RELATIVES = frozenset(("ابن", "ابنت", "زوجه"))
_KIN = _RELATIVES | {"شقيق"}
_PUNCT = frozenset(("،", ",", ".", "؛", ";", ":"))
_ANOTHER_ONE = frozenset(norm(w) for w in ("وآخر", "وأخرى"))


# kin and companions named with a possessive (``وشقيقه``, ``وطفلها``, ``وسائقه``)
_COMPANIONS = frozenset(norm(w) for w in (
    "طفل", "شقيق", "شقيقت", "ابن", "ابنت", "زوج", "زوجت", "سائق", "مرافق", "والد", "والدت",
    "ولد", "أخ", "أخت", "حفيد", "حفيدت", "رفيق", "صديق", "جار"))
_POSSESSIVE = ("ه", "ها", "هما", "هم")
_COMPANION_GAP = 6  # words describing the counted person before "و" + companion


def _companion_after(doc: Document, last: Candidate, i: int) -> bool:
    """``طفل عمره 12 عاماً وشقيقه``, ``تاجراً من بلدة القريا وسائقه``: a و-joined possessive
    kin or companion noun a few describing words after a counted person (no verb, number or
    punctuation between)."""
    word = doc.tokens[i].text
    if not word.startswith("و") or not 0 < i - last.end <= _COMPANION_GAP or \
            doc.sentence_of[i] != doc.sentence_of[last.start]:
        return False
    if not any(word[1:] == stem + suffix for stem in _COMPANIONS for suffix in _POSSESSIVE):
        return False
    return not any(t.text in _PUNCT or (t.is_digit and doc.tokens[j + 1].text not in _AGE_UNITS)
                   or _cue_at(doc, j) is not None
                   for j, t in enumerate(doc.tokens[last.end:i], start=last.end)) and \
        _cue_at(doc, i) is None


_AGE_UNITS = frozenset(norm(w) for w in ("عاماً", "عاما", "عام", "أعوام", "سنة", "سنوات"))


_ITEM_GAP = 14  # words from one counted victim to the next و-joined one in a list


def _list_item_after(doc: Document, last: Candidate, i: int) -> bool:
    """``… شاب من مدينة داريا، ورجلان من بلدة المعضمية، ومواطن من مدينة يبرود``: a و-joined
    singular or dual victim noun goes on with the list of the count before it, across the
    place or age phrase that describes that count (no casualty verb between)."""
    word = doc.tokens[i].text
    noun = lookup(word)
    if not word.startswith("و") or noun is None or noun.number == "plural" or \
            (noun.status is None and noun.group is None) or noun.casualty is not None or \
            doc.sentence_of[i] != doc.sentence_of[last.start] or i <= last.end:
        return False
    if doc.tokens[i - 1].text in ("،", ",") and _list_colon(doc, i):
        return True  # "هم: شاب من داريا كان قد اعتقل …، ورجلان من المعضمية"
    if i - last.end > _ITEM_GAP:
        return False
    return not any((t.is_digit and doc.tokens[j + 1].text not in _AGE_UNITS)
                   or _cue_at(doc, j) is not None
                   for j, t in enumerate(doc.tokens[last.end:i], start=last.end))


def _list_colon(doc: Document, i: int) -> bool:
    """Earlier in the sentence of ``i``, a colon opens a list of victims: after a sub-count
    marker (``هم:``) or the words announcing a breakdown (``على النحو التالي:``)."""
    sa = _sentence(doc, i)[0]
    return any(doc.tokens[j].text == ":" and (
        doc.tokens[j - 1].text in _PART_WORDS or doc.tokens[j - 1].text.removeprefix("و")
        in _PART_WORDS or _distributed(doc, j)) for j in range(sa + 1, i))


def _relative_after(doc: Document, i: int) -> bool:
    """``راعي أغنام وشقيقه``: a و-joined relative one word after a counted noun."""
    noun = lookup(doc.tokens[i].text)
    return noun is not None and noun.lemma in _RELATIVES and \
        doc.tokens[i].text.startswith("و") and doc.tokens[i - 1].text not in _CLOSERS and \
        doc.tokens[i - 1].text not in _PUNCT and _cue_at(doc, i - 1) is None


def _another_one(doc: Document, i: int, last: Candidate | None) -> Candidate | None:
    """``ضابط برتبة نقيب وآخر برتبة ملازم``: one more of the noun counted just before."""
    if last is None or last.noun is None or last.value != 1 or \
            doc.tokens[i].text not in _ANOTHER_ONE or not 0 <= i - last.end <= 3 or \
            doc.sentence_of[last.start] != doc.sentence_of[i] or \
            any(t.text in _CLOSERS or t.text in _PUNCT for t in doc.tokens[last.end:i]):
        return None
    return Candidate(i, i + 1, 1, "exact", last.noun)


_ORDINALS = frozenset(norm(w) for w in (
    "ثان", "ثانياً", "ثانية", "ثالث", "ثالثاً", "ثالثة", "رابع", "رابعاً", "رابعة",
    "خامس", "خامساً", "خامسة", "سادس", "سادساً", "سادسة", "ثاني",
))


def _ordinal_one(doc: Document, i: int, last: Candidate | None) -> Candidate | None:
    """``مقتل اثنين منهم وإصابة ثالث`` / ``فقتلت عنصرين وجرحت ثالثاً``: a bare ordinal right
    after a casualty word, in the sentence of an earlier count, is one more person."""
    if last is None or i < 1 or doc.sentence_of[last.start] != doc.sentence_of[i]:
        return None
    word = doc.tokens[i].text
    if word.startswith("و") and without_article(word[1:]) in _ORDINALS and (
            _marker_before(doc, last.start) is not None or last.marker == "remainder"):
        # "هم اثنان من مدينة دوما، وثالث من بلدة حمورية": one more item of the list
        return Candidate(i, i + 1, 1, "exact", last.noun, marker="remainder")
    if word not in _ORDINALS or _cue_at(doc, i - 1) is None:
        return None
    return Candidate(i, i + 1, 1, "exact", last.noun)


_THE_DEAD = frozenset(norm(w) for w in ("القتلى", "الشهداء", "الجرحى", "المصابين", "الضحايا"))


# people a vague amount is only beside: "أُعدم … أمام عشرات المواطنين", "وسط حضور المئات",
# "مركب كان يقلهم مع عشرات المهاجرين"
_PRESENT = frozenset(norm(w) for w in ("أمام", "حضور", "بحضور", "وسط"))


def _amount_at(doc: Document, i: int) -> Candidate | None:
    toks = doc.tokens
    if i + 1 < len(toks) and toks[i + 1].text in _PARTITIVE and \
            any(s == "عدد" for s in stems(toks[i].text)):
        return Candidate(i, i + 1, None, "several", None, marker="partitive")  # "عدد منهم"
    q = parse_quantity(toks, i)
    if q is None or _is_excluded_number(doc, q):
        return None
    if q.qualifier in ("dozens", "hundreds", "several") and q.start > 0 and \
            lookup(toks[q.start - 1].text) is not None and q.qualifier == "several":
        return None  # "مناطق عدة", "مواطنين عدة" are adjectives, not amounts
    if q.value is None and q.start > 0 and (
            set(stems(toks[q.start - 1].text)) & (_PRESENT | {norm("مع")}) or
            (q.start > 1 and set(stems(toks[q.start - 2].text)) & _PRESENT)):
        return None  # "أمام عشرات المواطنين", "مع عشرات المهاجرين": onlookers, companions
    end = q.end
    if end < len(toks) and toks[end].text == ")" and q.start > 0 and \
            toks[q.start - 1].text == "(":
        end += 1  # "(341) مقاتلاً": a number in parentheses, then its noun
    after = after_qualifier(toks, end)
    if after is not None:
        end = after[1]
    noun, k, civilian = _noun_phrase(doc, end)
    if noun is None and q.end < len(toks) and toks[q.end].text in _PARTITIVE:
        said = lookup(toks[q.end + 1].text) if q.end + 1 < len(toks) else None
        if said is not None and said.number == "plural" and said.status is not None:
            # "98 منهم مدنيون": the part and what its victims were
            return Candidate(q.start, q.end + 2, q.value, combine(q.qualifier, None), said,
                             marker="partitive")
        return Candidate(q.start, q.end, q.value, combine(q.qualifier, None), None,
                         marker="partitive")
    if q.end + 1 < len(toks) and toks[q.end].text == "من" and \
            toks[q.end + 1].text in _THE_DEAD:  # "أربعة من القتلى": some of the dead
        return Candidate(q.start, q.end + 2, q.value, combine(q.qualifier, None),
                         lookup(toks[q.end + 1].text), marker="of_dead")
    if noun is None and q.end + 1 < len(toks) and toks[q.end].text == "of" and \
            toks[q.end + 1].text == "them":  # "three of them children"
        after_them = lookup(toks[q.end + 2].text) if q.end + 2 < len(toks) else None
        end = q.end + 3 if after_them is not None else q.end + 2
        return Candidate(q.start, end, q.value, combine(q.qualifier, None), after_them,
                         marker="partitive")
    if noun is not None:
        end = k
        after2 = after_qualifier(toks, end)
        if after2 is not None and after is None:
            after, end = after2, after2[1]
    elif q.value is not None and toks[q.end - 1].text in ("الف", "الاف") and \
            not _toll_reached(doc, q.start, q.end) and not _toll_predicate(doc, q.start, q.end):
        return None  # "5 آلاف مقاتل" is a force; a toll's amount counts
    qualifier = combine(q.qualifier, after[0] if after else None)
    if qualifier == "exact" and q.value is not None and _exceeded_before(doc, q.start):
        qualifier = "more_than"
    if q.qualifier == "several" and noun is None and (
            toks[q.end - 1].text not in _ANOTHER or _cue_at(doc, q.start - 1) is None):
        return None  # "عدد من قضوا": "the number of those who died", not an amount
    if q.qualifier in ("dozens", "hundreds") and noun is None:
        nxt = toks[end].text if end < len(toks) else ""
        if _cue_at(doc, q.start - 1) is None and nxt not in ("من",) and \
                _cue_at(doc, end) is None and not _english_passive_after(doc, end) and \
                not (q.start > 0 and toks[q.start - 1].text in _FATE):
            return None  # but "مصير العشرات مجهولاً", "العشرات في عداد المفقودين" count
    cand = Candidate(q.start, end, q.value, qualifier, noun, civilian_adjective=civilian)
    if noun is None and not _bare_number_ok(doc, cand):
        return _noun_then_number(doc, cand)
    return cand


_BREAKDOWN_BACK = 8  # words from a breakdown's victim noun to its number


def _noun_then_number(doc: Document, c: Candidate) -> Candidate | None:
    """``…: المدنيون 512، …؛ ومقاتلو الفصائل 301؛ …``: in a breakdown opened by a colon, a
    number closing an item counts the victim noun that opens the item."""
    toks = doc.tokens
    if c.end < len(toks) and toks[c.end].text not in _PUNCT:
        return None
    if _breakdown_colon(doc, c.start) is None:
        return None
    sa, _ = _sentence(doc, c.start)
    for j in range(c.start - 1, max(sa, c.start - _BREAKDOWN_BACK) - 1, -1):
        t = toks[j]
        if t.text in _PUNCT or t.is_digit or _cue_at(doc, j) is not None:
            return None
        noun = lookup(t.text)
        if noun is not None and noun.number == "plural" and noun.lemma not in ("اخر", "other") \
                and j > 0 and toks[j - 1].text in (":", "؛", ";"):
            return Candidate(j, c.end, c.value, c.qualifier, noun, marker="breakdown")
    return None


def _breakdown_colon(doc: Document, i: int) -> int | None:
    """The colon opening the breakdown token ``i`` is in: in its sentence, or in the
    sentences before it that end with a semicolon (the items of one breakdown)."""
    toks = doc.tokens
    sa, _ = _sentence(doc, i)
    while True:
        colon = next((j for j in range(i - 1, sa - 1, -1) if toks[j].text == ":"), None)
        if colon is not None:
            return colon
        if sa == 0:
            return None
        if toks[sa - 1].text == "\n":
            return _paragraph_colon(doc, sa)
        if toks[sa - 1].text not in ("؛", ";"):
            return None
        i, sa = sa - 1, _sentence(doc, sa - 1)[0]


def _colon_item(doc: Document, c: Candidate, kept: list[Candidate]) -> bool:
    """``… to 87: 41 civilians …; 23 rebel fighters; and 23 regime soldiers``: an item of
    the breakdown a colon opened right after a counted total."""
    colon = _breakdown_colon(doc, c.start)
    if colon is None:
        return False
    # "مقتل 412 شخصاً …، توزعوا على النحو التالي: 98 مدنياً …؛ 131 من قوات النظام؛ …",
    # "… 39087 شخصاً … وتوزعت الحصيلة الإجمالية على النحو التالي:": announced breakdowns
    announced = _distributed(doc, colon)
    toll = announced and any(t.text in _COLLECTIVE for t in doc.tokens[max(colon - 5, 0):colon])
    return any(p.end <= colon and (colon - p.end <= 2 or toll or (
        announced and colon - p.end <= 2 * _COLON_GAP)) for p in kept)


def _listed_paragraph(doc: Document, c: Candidate) -> bool:
    """``c`` is in a paragraph that goes on with the list a colon opened paragraphs before."""
    sa = _sentence(doc, c.start)[0]
    return sa > 0 and doc.tokens[sa - 1].text == "\n" and _paragraph_colon(doc, sa) is not None \
        and not _day_label(doc, sa, c.start)  # "الأحد: مقتل …": one day's incident


def _paragraph_colon(doc: Document, start: int) -> int | None:
    """The colon ending the paragraph before ``start`` (``… على النحو الآتي:``), or before
    paragraphs that each go on with a و-joined count (``و267 من عناصر …``)."""
    toks = doc.tokens
    for _ in range(4):
        back = start - 1
        while back > 0 and toks[back].text == "\n":
            back -= 1
        if toks[back].text == ":":
            return back
        joined = toks[start].text.startswith("و") and (
            parse_quantity(toks, start) is not None or
            (toks[start].text == "و" and start + 1 < len(toks) and toks[start + 1].is_digit))
        joined = joined or _line_marker(doc, start + (toks[start].is_digit and
                                                       start + 1 < len(toks))) is not None
        if not joined:
            return None
        while back > 0 and toks[back - 1].text != "\n":
            back -= 1
        if back == 0:
            return None
        start = back
    return None


_BECAME = frozenset(norm(w) for w in ("بات", "أصبح", "يصبح", "باتت", "أصبحت", "يبلغ", "بلغ",
                                     "وصل", "يصل", "بلغت", "تبلغ"))


def _toll_reached(doc: Document, i: int, end: int) -> bool:
    """A toll (عدد …) opened the sentence and a verb of reaching (بات, بلغ, تجاوز) stands
    right before token ``i``, or opens the toll whose clause the amount ``[i, end)`` closes:
    ``تجاوز عدد الجرحى خلال العام مئة ألف``."""
    toks = doc.tokens
    lo = _sentence(doc, i)[0]

    def toll(j: int) -> bool:
        return _toll_word(toks[j].text)

    def reach(j: int) -> bool:
        return any(s in _BECAME or s in _EXCEEDED for s in stems(toks[j].text))

    if i > 0 and reach(i - 1):
        return any(toll(j) for j in range(lo, i))
    # "تجاوز عدد الجرحى خلال العام ذاته مئة ألف": the verb opens the toll, no number between
    if end < len(toks) and toks[end].text not in _PUNCT:
        return False
    return any(reach(j) and toll(j + 1) and not any(t.is_digit for t in toks[j:i])
               for j in range(max(lo, i - _TOLL_BACK), i - 1))


def _bare_number_ok(doc: Document, c: Candidate) -> bool:
    """A number without a victim noun counts only beside a casualty word or a running
    total (``37 قضوا``, ``إلى 29 على الأقل``, ``29 عدد الشهداء``, ``4 من عناصر``)."""
    toks = doc.tokens
    nxt = toks[c.end].text if c.end < len(toks) else ""
    if nxt == "عدد" and c.end + 1 < len(toks) and \
            without_article(toks[c.end + 1].text) in _NON_PERSON:
        return False  # "يرتفع إلى 73 عدد الضربات": strikes, not people
    if _cue_at(doc, c.end) is not None or nxt in ("عدد", "من", "بينهم", "منهم", "of") or \
            _english_passive_after(doc, c.end):
        return True
    for back in (1, 2):
        if _cue_at(doc, c.start - back) is not None:
            return True
    if c.start > 0 and toks[c.start - 1].text in _FATE:
        return True  # "لا يزال مصير العشرات مجهولاً"
    if _listed_bare(doc, c) or _marked_bare(doc, c):
        return True
    if c.start > 0 and toks[c.start - 1].text == ":" and (
            _distributed(doc, c.start - 1) or _line_label(doc, c.start) is not None):
        return True  # "توزعوا كالتالي: 7 في مدينة …", "- محافظة إدلب: 7 …"
    if _toll_reached(doc, c.start, c.end) or _toll_predicate(doc, c.start, c.end):
        return True  # "فإن عدد من قتلتهم … منذ مطلع العام بات 97"
    if c.start == 0 or toks[c.start - 1].text not in _TO:
        return False
    if nxt.isalpha() and nxt not in _AFTER_FAR_TOTAL and nxt not in _TOLL_WORDS and \
            lookup(nxt) is None:
        return False  # "إلى 47 استهدافاً", "تصل إلى 100 مليون ليرة": not people
    if any(toks[j].text in _RUNNING or any(s in _RUNNING for s in stems(toks[j].text))
           for j in range(max(0, c.start - 8), c.start)):
        return True
    # "ويرتفع بذلك عدد المدنيين الذين قضوا … منذ مطلع العام إلى 186": the toll far before
    lo = max(_sentence(doc, c.start)[0], c.start - _FAR_RUNNING)
    words = [t.text for t in toks[lo:c.start]]
    return any(w in _RUNNING or any(s in _RUNNING for s in stems(w)) for w in words) and \
        any(w in _TOLL_WORDS or without_article(w) in _TOLL_WORDS for w in words)


_TOLL_WORDS = frozenset(norm(w) for w in ("حصيلة", "عدد", "تعداد", "toll", "number"))
_TOLLS = _TOLL_WORDS | {norm("أعداد")}  # "أعداد من فارقوا الحياة": numbers, as a predicate


def _toll_word(text: str, words: frozenset[str] = _TOLL_WORDS) -> bool:
    """Whether ``text`` is one of ``words`` (toll, number), with an article or a prefix."""
    return without_article(text) in words or any(s in words for s in stems(text))

_WHO = frozenset(norm(w) for w in ("من", "الذين", "اللذين", "اللواتي", "ممن"))


def _toll_predicate(doc: Document, i: int, end: int) -> bool:
    """``أعداد من فارقوا الحياة في المعتقلات أكثر من 60 ألفاً``: the number of those who
    died (a toll word, "who", a casualty verb) is the amount that closes the clause."""
    toks = doc.tokens
    if end < len(toks) and toks[end].text not in _PUNCT:
        return False
    lo = max(_sentence(doc, i)[0], i - _TOLL_BACK)
    for j in range(i - 2, lo - 1, -1):
        if toks[j].is_digit:
            return False
        if _toll_word(toks[j].text, _TOLLS) and toks[j + 1].text in _WHO:
            return _cue_at(doc, j + 2) is not None
    return False


# words that may follow a far running total's bare number ("إلى 8 خلال يومين")
_AFTER_FAR_TOTAL = frozenset(norm(w) for w in (
    "خلال", "منذ", "في", "على", "بينهم", "هم", "منهم", "حتى", "وسط", "بعد", "during", "since",
    "شخصا", "مدنيا", "قتيلا", "at", "people", "civilians", "including", "the",
))


def _marked_bare(doc: Document, c: Candidate) -> bool:
    """``… 15 مواطناً، هم 6 في الأتارب``: a sub-count marker, a number, then its place."""
    if _marker_before(doc, c.start) is None or c.end + 1 >= len(doc.tokens):
        return False
    m = doc.match_at.get(c.end) or doc.match_at.get(c.end + 1)
    return m is not None and m.kind == "place" and m.start <= c.end + 1


def _listed_bare(doc: Document, c: Candidate) -> bool:
    """``استشهد 3 مواطنين في حارم، و6 في سرمدا``: a و-joined number followed by a place,
    continuing a count of people stated just before in the same clause unit."""
    toks = doc.tokens
    if c.start < 1 or c.end >= len(toks) or not (
            toks[c.start - 1].text in ("و", "and") or
            (toks[c.start].text.startswith("و") and not toks[c.start].is_digit)):
        return False  # "و6 في سرمدا", "واثنان في بنش"
    m = doc.match_at.get(c.end) or doc.match_at.get(c.end + 1)
    if m is None or m.kind != "place" or m.start > c.end + 2:
        return False
    a = max(doc.units[doc.unit_of[c.start]][0], c.start - 20)
    return any(lookup(toks[j].text) is not None and (toks[j - 1].is_digit or _cue_at(doc, j - 1))
               for j in range(a + 1, c.start))


# "تجاوز عدد الجرحى الأربعين": the number of wounded passed forty
_EXCEEDED = frozenset(norm(w) for w in ("تجاوز", "يتجاوز", "تخطى", "يتخطى", "فاق", "يفوق",
                                       "تتجاوز", "تجاوزت", "تتخطى", "تخطت", "فاقت", "تفوق"))


_EXCEEDED_BACK = 12  # words from "تجاوزت حصيلة …" to the amount it went past
_TOLL_BACK = 14  # words from "بلغت الحصيلة الإجمالية لقتلى …" to the amount it reached


def _exceeded_before(doc: Document, i: int) -> bool:
    """``تجاوز عدد الجرحى 30 شخصاً``, ``الحصيلة تتخطى 2000``: an amount a toll went past
    (the verb of exceeding earlier in the clause, no other number between)."""
    toks = doc.tokens
    lo = max(_sentence(doc, i)[0], i - _EXCEEDED_BACK)
    for j in range(i - 1, lo - 1, -1):
        if (toks[j].is_digit and not any(d.start <= j < d.end for d in doc.dates)) or \
                toks[j].text in _PUNCT:
            return False
        if any(s in _EXCEEDED for s in stems(toks[j].text)):
            return True
    return False


def _noun_count_at(doc: Document, i: int, after_count: bool = False) -> Candidate | None:
    toks = doc.tokens
    noun = lookup(toks[i].text)
    if noun is None and toks[i].text in _ONE_OF and i + 1 < len(toks) and \
            toks[i + 1].text.isalpha() and toks[i + 1].text not in _NOT_DESCRIBING and \
            lookup(toks[i + 1].text) is None and \
            (i + 2 >= len(toks) or parse_number(toks, i + 2) is None):
        # "جثتي شابين، أحدهما من أبناء البلدة والأخير من …", "أحدهم طالب جامعي": one of
        # them, described
        return Candidate(i, i + 1, 1, "exact", None, marker="partitive")
    if noun is None:
        if toks[i].text in _REMAINDER:  # "والأخير" is one, "والآخران" two
            two = toks[i].text.endswith(("ان", "ين"))
            said = lookup(toks[i + 1].text) if i + 1 < len(toks) else None
            if said is not None and said.status is not None and said.casualty is None:
                # "والآخر مدني": the remainder and what it was
                return Candidate(i, i + 2, 2 if two else 1, "exact", said, marker="remainder")
            return Candidate(i, i + 1, 2 if two else 1, "exact", None, marker="remainder")
        return None
    # "المواطنون الثمانية": a definite noun followed by a definite number word
    if toks[i].text.removeprefix("و").startswith("ال") and i + 1 < len(toks) and \
            toks[i + 1].text.startswith("ال"):
        number = parse_number(toks, i + 1, definite=True)
        if number is not None:
            exceeded = any(t.text in _EXCEEDED or any(x in _EXCEEDED for x in stems(t.text))
                           for t in toks[max(0, i - 3):i])
            # "والمواطنون الأربعة": a stated count of its own, even when it repeats one
            return Candidate(i, number[1], number[0], "more_than" if exceeded else "exact", noun,
                             marker=None if exceeded else "definite")
    if noun.number == "plural" and i + 2 < len(toks) and toks[i + 1].text.startswith("ال") and \
            parse_number(toks, i + 1, definite=True) is None and \
            toks[i + 2].text.startswith("ال") and lookup(toks[i + 1].text) is None and \
            (number := parse_number(toks, i + 2, definite=True)) is not None:
        return Candidate(i, number[1], number[0], "exact", noun)  # "أفراد العائلة الخمسة"
    if noun.number == "plural" and i + 1 < len(toks) and \
            toks[i].text.removeprefix("و").endswith(_POSSESSIVE) and \
            (number := parse_number(toks, i + 1, definite=True)) is not None and \
            toks[i + 1].text.startswith("ال"):
        return Candidate(i, number[1], number[0], "exact", noun)  # "سيدة وأطفالها الثلاثة"
    if noun.number == "plural" and (count := _their_number(toks, i + 1)) is not None:
        return Candidate(i, count[1], count[0], "exact", noun)  # "عناصر عددهم 9"
    if noun.number == "plural":
        k = _dual_confirmed(doc, i + 1)
        if k > i + 1:
            return Candidate(i, k, 2, "exact", noun)
        return None
    if noun.lemma in _RANKS and i > 0 and any(s in _RANK_WORDS for s in stems(toks[i - 1].text)):
        return None  # "ضابط برتبة ملازم أول": the officer's rank, not another victim
    _, k, civilian = _noun_phrase(doc, i)
    k = _dual_confirmed(doc, k)
    listed = after_count and doc.tokens[i].text.startswith("و") and \
        _casualty_pair(doc, i) is None  # ضابط وعنصر, not قتيلاً وشهيداً
    if not listed and not _singular_counts(doc, i, noun, k):
        return None
    after = after_qualifier(toks, k)
    qualifier, end = ("exact", k) if after is None else (after[0], after[1])
    value = 2 if noun.number == "dual" else 1
    if i > 0 and toks[i - 1].text in _ENGLISH_ONE:
        i -= 1  # "including an officer": the article is part of the count
    return Candidate(i, end, value, qualifier, noun, civilian_adjective=civilian)


_RANKS = frozenset(("ملازم", "نقيب", "عقيد", "رقيب", "مقدم", "رائد", "عميد"))
_RANK_WORDS = frozenset(norm(w) for w in ("رتبة", "برتبة", "الرتبة", "برتبه"))
_THEIR_NUMBER = frozenset(norm(w) for w in ("عددهم", "عددهن", "وعددهم", "تعدادهم"))
_REACHED = frozenset(norm(w) for w in ("بلغ", "يبلغ", "وصل", "يصل"))


def _their_number(toks: list[Token], j: int) -> tuple[int, int] | None:
    """``عناصر عددهم 9``, ``انغماسيون بلغ عددهم 4``: the number a plural noun is given after
    it, and the index after that number."""
    if j < len(toks) and toks[j].text in _REACHED:
        j += 1
    if j + 1 >= len(toks) or toks[j].text not in _THEIR_NUMBER:
        return None
    return parse_number(toks, j + 1)


# --- 2. types ----------------------------------------------------------------------------

def _sentence(doc: Document, i: int) -> tuple[int, int]:
    return doc.sentences[doc.sentence_of[i]]


def _cue_chain_before(doc: Document, c: Candidate, window: int,
                      in_unit: bool = False) -> list[tuple[str, int]]:
    """Casualty words before ``c`` (nearest first, a و-joined chain kept whole)."""
    lo = max(_sentence(doc, c.start)[0], c.start - window)
    if in_unit:
        lo = max(lo, doc.units[doc.unit_of[c.start]][0])
    j = c.start - 1
    while j >= lo:
        if j in doc.match_at:
            j = doc.match_at[j].start - 1
            continue
        for back in (0, 1):
            s = j - back
            hit = _cue_at(doc, s) if s >= lo else None
            if hit is not None and hit[1] == j + 1:
                chain = [(hit[0], s)]
                k = s - 1
                while k >= lo and doc.tokens[k + 1].text.startswith("و"):
                    prev = _cue_at(doc, k)
                    if prev is None or prev[1] != k + 1:
                        break
                    chain.append((prev[0], k))
                    k -= 1
                return chain
        j -= 1
    return []


def _cue_after(doc: Document, c: Candidate, window: int) -> tuple[str, int] | None:
    hi = min(_sentence(doc, c.start)[1], c.end + window)
    for j in range(c.end, hi):
        if j > c.end and starts_unit(doc.tokens, j):
            return None
        hit = _cue_at(doc, j)
        if hit is not None and not (hit[1] + 1 < len(doc.tokens) and
                                    doc.tokens[hit[1] + 1].text in _PARTITIVE):
            return hit[0], j  # but "ما أدى لإصابة عدد منهم" is the part's, not the group's
    return None


_DEATH_OF = frozenset(norm(w) for w in ("جثث", "جثة", "جثتي", "جثامين", "وفاة", "مقتل", "مصرع",
                                        "إعدام", "تصفية", "bodies", "body", "deaths"))


def _types(doc: Document, c: Candidate, previous: Candidate | None) -> list[tuple[str, int]]:
    if c.noun is not None and c.noun.casualty is not None:
        if c.noun.casualty != "killed" and c.start > 0 and \
                set(stems(doc.tokens[c.start - 1].text)) & _DEATH_OF:
            return [("killed", c.start)]  # "جثث 8 مختطفين", "وفاة جريحين": they died
        out = [(c.noun.casualty, c.start)]
        k = c.end
        if k < len(doc.tokens) and doc.tokens[k].text.startswith("و"):
            other = lookup(doc.tokens[k].text)
            if other is not None and other.casualty and other.casualty != c.noun.casualty:
                out.append((other.casualty, c.start))
                c.keys["extended_end"] = str(k + 1)
        return out
    passive = _english_passive(doc, c)
    if passive is not None:
        return [(passive, c.start)]
    if c.end + 1 < len(doc.tokens) and doc.tokens[c.end].text == "عدد":
        hit = _cue_at(doc, c.end + 1)
        if hit is not None:
            return [(hit[0], c.start)]
        noun = lookup(doc.tokens[c.end + 1].text)
        if noun is not None and noun.casualty:
            return [(noun.casualty, c.start)]
    if any(doc.tokens[j].text in _FATE for j in range(max(c.start - 2, 0), c.start)):
        # "لا يزال مصير عشرات المواطنين مجهولاً": missing, unless a cue after says why
        # ("… منذ اختطافهم")
        after = _cue_after(doc, c, 14)
        return [(after[0] if after is not None else "missing", c.start)]
    k = c.end
    if k + 1 < len(doc.tokens) and doc.tokens[k].text == "من" and \
            (m := doc.match_at.get(k + 1)) is not None and m.kind == "actor":
        k = m.end
    trailing = k == c.end and c.noun is not None and k < len(doc.tokens) and \
        not doc.tokens[k].text.startswith("و")  # "أكثر من 3 آلاف شخص مختطفين"
    said = lookup(doc.tokens[k].text) if (k > c.end or trailing) and k < len(doc.tokens) \
        else None
    if said is not None and said.casualty is not None and not (
            trailing and said.number == "singular"):
        return [(said.casualty, c.start)]  # "وقع 4 عناصر من قوات النظام أسرى"
    if c.noun is not None and c.noun.lemma in _KIN and previous is not None and \
            previous.types and previous.end == c.start and \
            doc.tokens[c.start].text.startswith("و"):
        return [(previous.types[0][0], c.start)]  # "استشهدت سيدة وابنتها وأصيب زوجها"
    chain = _cue_chain_before(doc, c, 8, in_unit=True)
    adjacent = _cue_at(doc, c.end)
    if adjacent is not None and (not chain or (
            previous is not None and chain[0][1] < previous.start) or any(
            t.text in ("،", ",") for t in doc.tokens[chain[0][1]:c.start])):
        # "بلغ عدد الجرحى 9، ولا يزال 2 … مفقودين": the word right after is this count's
        return [(adjacent[0], c.start)]
    if chain:
        out: list[tuple[str, int]] = []
        for kind, s in reversed(chain):
            if all(kind != k for k, _ in out):
                out.append((kind, s))
        return out
    same_sentence = previous is not None and previous.types and \
        doc.sentence_of[previous.start] == doc.sentence_of[c.start]
    if same_sentence and doc.tokens[c.start].text.startswith("و"):
        return [(previous.types[0][0], c.start)]  # a و-joined list goes on
    tally = _tally_before(doc, c, previous)
    if tally is not None:
        return [(tally, c.start)]
    if previous is not None and previous.types and _toll_subject(doc, c, previous):
        return [(previous.types[0][0], c.start)]  # "The toll includes 49 members of …"
    after = _cue_after(doc, c, 14)
    if after is not None:
        return [(after[0], c.start)]
    if same_sentence:
        return [(previous.types[0][0], c.start)]
    chain = _cue_chain_before(doc, c, 400)
    if chain:
        return [(chain[0][0], c.start)]
    after = _cue_after(doc, c, 60)
    return [(after[0], c.start)] if after is not None else []


def _english_passive_after(doc: Document, end: int) -> bool:
    """``Dozens were also wounded``: a vague amount as the subject of a passive casualty verb."""
    k = end
    if k < len(doc.tokens) and doc.tokens[k].text in ("were", "are", "have", "has"):
        k += 1
        while k < len(doc.tokens) and doc.tokens[k].text in (
                "also", "more", "reportedly", "still", "been", "sustained", "suffered"):
            k += 1  # "dozens are still missing", "30 people have sustained injuries"
        return k < len(doc.tokens) and _cue_at(doc, k) is not None
    return False


def _english_passive(doc: Document, c: Candidate) -> str | None:
    """``more than 30 people were wounded``: in English the verb right after the count says
    what happened to it, whatever casualty word came before."""
    toks = doc.tokens
    k = c.end
    if doc.bulletin.lang != "en" or k >= len(toks) or toks[k].text not in (
            "were", "was", "are", "is", "have", "has"):
        return None
    for j in range(k + 1, min(k + 4, len(toks))):  # "are still missing", "have been killed"
        hit = _cue_at(doc, j)
        if hit is not None:
            return hit[0]
    return None


def _tally_before(doc: Document, c: Candidate, previous: Candidate | None) -> str | None:
    """``عدد ضحايا الألغام منذ مطلع العام، بلغ 61 شخصاً``: the type of the tally (عدد /
    حصيلة + casualty word) that the count's sentence opened, with no count between."""
    lo = _sentence(doc, c.start)[0]
    if previous is not None:
        lo = max(lo, previous.end)
    for j in range(c.start - 1, lo - 1, -1):
        if doc.tokens[j].text not in _TOLL_WORDS:
            continue
        for k in range(j + 1, min(j + 3, c.start)):
            hit = _cue_at(doc, k)
            noun = lookup(doc.tokens[k].text)
            kind = hit[0] if hit is not None else noun.casualty if noun is not None else None
            if kind is not None:
                return kind
        return None
    return None


_INCLUDES = frozenset(norm(w) for w in (
    "includes", "include", "included", "comprises", "توزعت", "وتوزعت", "تتوزع", "شملت", "تشمل",
))


def _toll_subject(doc: Document, c: Candidate, previous: Candidate) -> bool:
    """``The toll includes 49 …`` / ``وتوزعت الحصيلة …``: the sentence before the count
    breaks down the toll just stated (a toll word and an including verb, no count between)."""
    lo = max(_sentence(doc, c.start)[0], previous.end)
    words = [t.text for t in doc.tokens[lo:c.start]]
    return any(w in _TOLL_WORDS or any(x in _TOLL_WORDS for x in stems(w)) for w in words) and \
        any(w in _INCLUDES for w in words)


_STILL = frozenset(norm(w) for w in ("يزال", "يزالون", "تزال", "زال", "زالوا", "still"))


def _still_fate(doc: Document, k: int) -> bool:
    """``يقدر أن أكثر من 100 ألف مواطن لا يزالون مفقودين``: the estimated people's fate is
    stated right after them (a casualty word, maybe after "still")."""
    toks = doc.tokens
    if k + 1 < len(toks) and toks[k].text in ("لا", "ما") and toks[k + 1].text in _STILL:
        k += 2
    return k < len(toks) and _cue_at(doc, k) is not None


def _is_force_size(doc: Document, c: Candidate) -> bool:
    """A force size (``دفعت بأكثر من ألفي مقاتل``) or a number of displaced people
    (``عدد النازحين 150 ألف مدني``, no casualty word between), not a casualty count."""
    if c.noun is None and _toll_predicate(doc, c.start, c.end):
        return False  # "يقدر أن أعداد من قضوا … أكثر من 40 ألفاً": a toll, estimated
    lo = max(doc.units[doc.unit_of[c.start]][0], c.start - 10)
    force = [j for j in range(lo, c.start) if doc.tokens[j].text in _FORCE_CUES
             or any(s in _FORCE_CUES for s in stems(doc.tokens[j].text))]
    if force and not any(_cue_at(doc, k) is not None for k in range(force[-1] + 1, c.start)) \
            and not _still_fate(doc, c.end):
        return True  # but "… شارك فيه 40 عنصراً، ما أسفر عن مقتل 5 عناصر" counts the 5
    displaced = [j for j in range(lo, c.start) if (doc.tokens[j].text in _DISPLACED
                 or any(s in _DISPLACED for s in stems(doc.tokens[j].text)))
                 and not any(_cue_at(doc, k) for k in range(max(lo, j - 2), j))]
    return bool(displaced) and not any(_cue_at(doc, k) is not None
                                       for k in range(displaced[-1] + 1, c.start))


# --- 3. structure ------------------------------------------------------------------------

def _gap_continues(doc: Document, a: Candidate, b: Candidate) -> bool:
    """Whether ``b`` continues the list ``a`` belongs to (``3 مواطنات و5 أطفال``)."""
    if doc.sentence_of[a.start] != doc.sentence_of[b.start]:
        return False
    first = doc.tokens[b.start].text
    gap = doc.tokens[a.end:b.start]
    joined = first.startswith("و") or any(t.text in ("و", "اضافه", "and") for t in gap)
    # "و43 استشهدوا برصاص …، و18 قضوا في السجون": items each followed by their own verb
    parallel = _cue_at(doc, a.end) is not None and _cue_at(doc, b.end) is not None
    # "…، و16212 من مقاتلي جبهة النصرة … من جنسيات غير سورية، و7686 من جنود …": the items
    # of a list already opened may be described at length
    item = first.startswith("و") or (bool(gap) and gap[-1].text in ("و", "and"))
    limit = 16 if parallel else (20 if a.parent is not None and item else 12)
    if not joined or len(gap) > limit:
        return False
    for j in range(a.end, b.start):
        t = doc.tokens[j].text
        if t in _CLOSERS or (_cue_at(doc, j) is not None and not (parallel and j == a.end)) \
                or starts_unit(doc.tokens, j):
            return False
        m = doc.match_at.get(j)
        if m is not None and m.kind == "place" and a.parent is None:
            return False  # a breakdown by place; but "هم 5 في X، و4 في Y" is a list
    return True


_SIBLING_GAP = 14  # words describing a partitive part before its و-joined sibling


def _partitive_sibling(doc: Document, prev: Candidate, c: Candidate, parent: Candidate,
                       cands: list[Candidate]) -> bool:
    """``قضى 4 مواطنين، اثنان منهم في دوما جراء قصف، ورجل وزوجته في كفربطنا``: after a part
    counted with منهم and its own place and cause, a و-joined victim that still fits the total
    is the next part."""
    if prev.marker != "partitive" or prev.parent is not parent or c.noun is None or \
            not doc.tokens[c.start].text.startswith("و") or c.start - prev.end > _SIBLING_GAP:
        return False
    if any(_cue_at(doc, j) is not None or doc.tokens[j].text in (".", "؛", ";")
           for j in range(prev.end, c.start)):
        return False
    return _fits(c, parent, cands) and not _own_verb_differs(doc, c, parent)


def _own_verb_differs(doc: Document, c: Candidate, parent: Candidate) -> bool:
    """``أصيب 11 مواطناً، ثلاثة منهم …، و12 قضوا``: a count followed by a casualty verb of
    another type than the list's total is a new count, not one more part."""
    hit = _cue_at(doc, c.end)
    return hit is not None and bool(parent.types) and hit[0] != parent.types[0][0]


def _adds_another_side(doc: Document, prev: Candidate, c: Candidate, parent: Candidate) -> bool:
    """``قتل 11 عنصراً من قوات النظام منهم ضابطان، إضافة إلى 3 من المسلحين الموالين لها``:
    "in addition to" a count of another armed side adds a total, not a part."""
    if not any(t.text in _IN_ADDITION for t in doc.tokens[prev.end:c.start]):
        return False
    while parent.parent is not None:
        parent = parent.parent
    own, theirs = _victim_actors(doc, c), _victim_actors(doc, parent)
    return bool(own) and bool(theirs) and not set(own) & set(theirs)


def _collective_before(doc: Document, c: Candidate, prev: Candidate | None) -> str | None:
    """The casualty type of an overall total referred to before ``c`` (``يتضمن المجموع العام
    للشهداء …، 70 مواطناً``), or None."""
    lo = max(_sentence(doc, c.start)[0], prev.end if prev else 0)
    own = _cue_at(doc, c.start - 1) if c.start > 0 else None
    for j in range(lo, c.start):
        if doc.tokens[j].text in _COLLECTIVE:
            kind = next((hit[0] for k in range(j + 1, min(j + 4, c.start))
                         if (hit := _cue_at(doc, k)) is not None), "killed")
            # "من إجمالي الحصيلة، … كما أصيب مئات آخرون": a count of its own verb and type
            return None if own is not None and own[0] != kind else kind
    return None


def _same_shape(doc: Document, c: Candidate, other: Candidate) -> bool:
    """Both ``N من …`` (``14 من قوات النظام`` / ``و9 من عناصر التنظيم``) or both the same
    noun: siblings in one list."""
    def partitive(x: Candidate) -> bool:
        return any(doc.tokens[k].text in ("من", "of")
                   for k in range(x.start, min(x.end + 1, len(doc.tokens))))
    if partitive(c) or partitive(other):
        return partitive(c) and partitive(other)
    if c.noun is None or other.noun is None:
        return c.noun is None and other.noun is None
    return same_lemma(c.noun, other.noun) and c.noun.group == other.noun.group


def _fits(c: Candidate, parent: Candidate, cands: list[Candidate]) -> bool:
    """Whether ``c`` can be a sub-count of ``parent``: same or no group, and room left."""
    group = c.noun.group if c.noun is not None else None
    parent_group = parent.noun.group if parent.noun is not None else None
    if group is not None and parent_group is not None and group != parent_group:
        return False
    if c.value is None or parent.value is None:
        return True
    parts = [o for o in cands if o.parent is parent and o is not c]
    kind = breakdown_kind(group)
    if any(breakdown_kind(_group(o)) != kind for o in parts) and \
            any(breakdown_kind(_group(o)) == kind for o in parts):
        parts = [o for o in parts if breakdown_kind(_group(o)) == kind]  # a second breakdown
    return sum(o.value or 0 for o in parts) + c.value <= parent.value


def _group(c: Candidate) -> str | None:
    return c.noun.group if c.noun is not None else None


def link_structure(doc: Document, cands: list[Candidate]) -> None:
    """Set ``parent`` of sub-counts (markers, و-joined lists, partitives, totals)."""
    open_parent: Candidate | None = None
    prev: Candidate | None = None
    for c in cands:
        same_sentence = prev is not None and \
            doc.sentence_of[prev.start] == doc.sentence_of[c.start]
        colon_open = _colon_before(doc, c, prev)
        marker = _marker_before(doc, c.start) or colon_open
        if _place_line(doc, c.start):
            c.parent = None  # "- محافظة درعا: 7 مواطنين": a breakdown by place, not parts
        elif c.marker == "of_dead":
            c.parent = next((p for p in reversed(cands[:cands.index(c)])
                             if p.parent is None and p.types and c.types and
                             p.types[0][0] == c.types[0][0] and
                             doc.sentence_of[c.start] - doc.sentence_of[p.start] <= 1), None)
        elif c.marker == "breakdown":
            colon = _breakdown_colon(doc, c.start)
            tops = [p for p in cands if p.parent is None and not p.in_title and
                    colon is not None and p.end <= colon and p.start < c.start]
            c.parent = tops[-1] if tops else None
        elif c.marker == "partitive" and (same_sentence or _right_after(doc, prev, c)):
            c.parent = prev.parent if prev.marker == "partitive" else prev
            if c.value is not None and c.parent is not None and \
                    c.parent.value is not None and c.value > c.parent.value:
                c.parent = None  # "اثنين منهم" of a group named without a count
        elif c.marker == "remainder":
            if open_parent is not None and same_sentence and (
                    prev.marker == "partitive" or _enumerates(doc, prev)):
                c.parent = open_parent
        elif marker is not None and marker[0] == "victims" and prev is not None and \
                doc.sentence_of[c.start] - doc.sentence_of[prev.start] <= 1:
            c.parent = prev.parent or prev  # the toll the sentence before stated
            c.marker = "list"
        elif marker is None and (named := _named_among(doc, c, cands[:cands.index(c)])):
            c.parent, c.marker = named, "list"  # "ومن بين الشهداء المدنيين، 209 مواطنين"
        elif (marker is not None or c.marker == "partitive") and not same_sentence and \
                (topic := _topic_total(doc, c, cands[:cands.index(c)])) is not None:
            c.parent, c.marker = topic, "list"
        elif marker is not None and (same_sentence or marker is colon_open):
            coordinated = doc.tokens[marker[1]].text.startswith("و")
            c.parent = open_parent if coordinated and open_parent is not None else prev
            c.marker = "list"
        elif (kind := _collective_before(doc, c, prev)) is not None and \
                not _far_running_total(doc, c, cands) and \
                not _toll_reached(doc, c.start, c.end):  # "ارتفعت الحصيلة الكلية … إلى 27"
            tops = [p for p in cands if p.parent is None and not p.in_title
                    and p.start < c.start and p.types[0][0] == kind]
            if tops:  # "المجموع العام": the overall total, the largest one stated
                total = max(tops, key=lambda p: p.value or 0)
                if c.value is None or total.value is None or c.value <= total.value:
                    c.parent, c.marker = total, "collective"  # a larger one is a new total
        elif not same_sentence and _listed_paragraph(doc, c):
            # "…الآتي:\n\n412 مدنياً …\n\nو267 من عناصر قوات النظام": the next item
            colon = _paragraph_colon(doc, _sentence(doc, c.start)[0]) or 0
            tops = [p for p in cands if p.parent is None and not p.in_title and p.end <= colon]
            c.parent, c.marker = (tops[-1] if tops else None), "list"
        elif prev is not None and (total := _stated_total(doc, c, cands)) is not None:
            c.parent, c.marker = total, "list"
        elif open_parent is not None and same_sentence and _partitive_sibling(
                doc, prev, c, open_parent, cands):
            c.parent, c.marker = open_parent, "list"  # "ثلاثة منهم في دوما …، ورجل وابنه في …"
        elif open_parent is not None and same_sentence and c.start > 0 and \
                doc.tokens[c.start - 1].text in ("،", ",") and _list_colon(doc, c.start) and \
                doc.tokens[c.start].text.startswith("و") and _fits(c, open_parent, cands):
            c.parent, c.marker = open_parent, "list"  # "هم: شاب …، ورجلان …، ومواطن …"
        elif open_parent is not None and same_sentence and _gap_continues(doc, prev, c) \
                and not _own_verb_differs(doc, c, open_parent) \
                and not _adds_another_side(doc, prev, c, open_parent):
            parent = open_parent
            parallel = parent.parent is not None and _cue_at(doc, parent.end) is not None \
                and _cue_at(doc, c.end) is not None and prev.parent is parent
            if parallel:  # "209 قضوا بالقصف، بينهم 58 طفلاً، و43 استشهدوا …": 209's sibling
                parent = parent.parent
            elif parent.parent is not None and prev.parent is parent and \
                    _same_shape(doc, c, parent) and not _same_shape(doc, c, prev):
                parent = parent.parent  # "هم 14 من قوات النظام بينهم ضابطان، و9 من التنظيم"
            while not parallel and parent.parent is not None and not _fits(c, parent, cands):
                parent = parent.parent  # "9 أطفال من ضمنهم 3 طفلات، و5 مواطنات": a sibling of 9
            c.parent = parent
            c.marker = "list"
        if c.parent is not None and c.parent.start < c.start:
            open_parent = c.parent
        else:
            c.parent = None
            open_parent = None
        if c.marker == "remainder" and c.parent is None:
            c.marker = "drop"
        prev = c


_AS_FOR = frozenset(norm(w) for w in ("أما", "وأما", "as for"))


def _topic_total(doc: Document, c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """``أما المقاتلون فهم 298 …``: the earlier count of the victims a sentence opened with
    "as for …" takes up again (the largest one of the same noun)."""
    s = _sentence(doc, c.start)[0]
    if doc.tokens[s].text not in _AS_FOR or s + 1 >= c.start:
        return None
    topic = lookup(doc.tokens[s + 1].text)
    if topic is None:
        return None
    named = [p for p in cands if p.end <= s and p.noun is not None and
             p.noun.lemma == topic.lemma and p.types and p.value is not None and
             (c.value is None or p.value >= c.value)]
    return max(named, key=lambda p: p.value or 0) if named else None


_AMONG_WORDS = frozenset(norm(w) for w in ("بين", "ضمن"))
_AMONG_PHRASE = 4  # words naming the victims after "من بين" / "من ضمن"


def _named_among(doc: Document, c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """``ومن بين الشهداء المدنيين، 209 …`` / ``ومن ضمن المدنيين 238 …``: "among the
    <victims>" right before a count names an earlier count of those victims, its total."""
    toks = doc.tokens
    end = c.start - 1 if c.start > 0 and toks[c.start - 1].text in _PUNCT else c.start
    sa = _sentence(doc, c.start)[0]
    at = next((j for j in range(end - 2, max(sa, end - _AMONG_PHRASE - 1) - 1, -1)
               if toks[j].text in _AMONG_WORDS and toks[j - 1].text.removeprefix("و") == "من"),
              None)
    if at is None:
        return None
    named = {n.lemma for w in toks[at + 1:end] if (n := lookup(w.text)) is not None
             and n.casualty is None}
    earlier = [p for p in cands if p.end <= at and not p.in_title and p.noun is not None
               and p.noun.lemma in named and p.value is not None
               and (c.value is None or p.value >= c.value)]
    return earlier[-1] if earlier else None


def _stated_total(doc: Document, c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The total ``c`` itemises: the toll a "toll includes …" sentence breaks down, or the
    plural count an English apposition names one by one (``Two civilians, a woman and …``)."""
    before = [p for p in cands if p.start < c.start and not p.in_title]
    tops = [p for p in before if p.parent is None]
    if tops and _toll_subject(doc, c, tops[-1]):
        return tops[-1]
    if c.value == 1 and doc.tokens[c.start].text in _ENGLISH_ONE and \
            _english_apposition(doc, c.start):
        k = next((p for p in reversed(before) if p.noun is not None and
                  p.noun.number == "plural" and p.value is not None and p.value > 1), None)
        return k if k is not None and c.start - k.end <= 6 else None
    return None


def _enumerates(doc: Document, prev: Candidate) -> bool:
    """``هم اثنان …، وثالث …، والأخير …``: ``prev`` is a bare number right after a marker,
    so the words that follow it go on counting the same people."""
    if prev.marker == "remainder" and prev.parent is not None:
        return True  # "…، وثالث …، والأخير …"
    # "بينهم 4 من الجنسية السورية واثنان من حزب الله، والسابع …": the list a marker opened
    return prev.marker == "list" and (_marker_before(doc, prev.start) is not None or
                                      prev.parent is not None)


def mark_cumulative(doc: Document, cands: list[Candidate]) -> None:
    """Running totals: ارتفع إلى N; body counts from the sentence saying "since …" on;
    title counts when the title names a period, battle or toll."""
    toks = doc.tokens
    triggered: set[int] = set()
    for c in cands:
        lo = max(doc.units[doc.unit_of[c.start]][0] - 1, _sentence(doc, c.start)[0],
                 c.start - 8)
        verbs = [j for j in range(lo, c.start) if toks[j].text in _RUNNING
                 or any(s in _RUNNING for s in stems(toks[j].text))]
        near = bool(verbs) and any(toks[j].text in _TO for j in range(verbs[-1], c.start)) \
            and not any(verbs[-1] < o.start < c.start for o in cands)
        if near or _far_running_total(doc, c, cands):
            triggered.add(id(c))
    title = [c for c in cands if c.in_title]
    title_tokens = [t.text for t, inside in zip(toks, doc.in_title, strict=True) if inside]
    title_scope = any((w in _TITLE_SCOPE or any(s in _TITLE_SCOPE for s in stems(w)))
                      and not _daily(title_tokens, k) and not _preliminary(title_tokens, k)
                      for k, w in enumerate(title_tokens)) or _during_span(title_tokens) \
        or _period_statistic(title_tokens)
    for c in title:
        if _exceeded_before(doc, c.start):
            triggered.add(id(c))  # "… وحصيلة القتلى منذ حزيران تتخطى 2000"
    # "… يرفع حصيلة الخسائر منذ بدء المعركة": the title's scope is that toll's, not its counts'
    title_triggered = any(id(c) in triggered for c in title) or any(
        any(s in _RUNNING or s in _EXCEEDED for s in stems(w))
        and any(_toll_word(x) for x in title_tokens[max(k - 6, 0):k + 3])
        for k, w in enumerate(title_tokens))
    for c in cands:
        if id(c) in triggered:
            c.cumulative = True
        elif c.in_title:
            c.cumulative = title_scope and not title_triggered
        else:
            c.cumulative = (_since_scope(doc, c, cands) and not _dated_item(doc, c)) or \
                _after_tally(doc, c, cands)
    for c in cands:
        if c.parent is not None:
            c.cumulative = c.parent.cumulative


_WEEKDAYS = frozenset(norm(w) for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                                        "الخميس", "الجمعة", "السبت"))


def _dated_item(doc: Document, c: Candidate) -> bool:
    """``• الثلاثاء: مقتل عنصرين …``: an item of a line list with its own day or date is one
    incident of the period, not part of its tally."""
    k = c.start
    while k > 0 and doc.tokens[k - 1].text != "\n":
        k -= 1
    if not _in_list_line(doc, c.start) and not _day_label(doc, k, c.start):
        return False
    return any(k <= d.start < c.start for d in doc.dates) or any(
        set(stems(t.text)) & (_WEEKDAYS | _NOW) for t in doc.tokens[k:c.start])


def _day_label(doc: Document, k: int, end: int) -> bool:
    """The line from token ``k`` opens with a day's label and a colon, no marker before it
    (``الأحد: مقتل …``, ``الخميس والجمعة: …``)."""
    toks = doc.tokens
    colon = next((j for j in range(k, min(k + 5, end)) if toks[j].text == ":"), None)
    return colon is not None and colon > k and all(
        set(stems(t.text)) & _WEEKDAYS or t.text == "و" for t in toks[k:colon])


_DAILY = frozenset(norm(w) for w in ("يومية", "يوم", "اليوم", "أمس", "daily"))


_PRELIMINARY = frozenset(norm(w) for w in ("أولية", "أولي", "مبدئية", "preliminary", "initial"))


def _preliminary(words: list[str], k: int) -> bool:
    """``حصيلة أولية``: a first count of one incident, not a running toll."""
    return (k + 1 < len(words) and words[k + 1] in _PRELIMINARY) or (
        k > 0 and words[k - 1] in _PRELIMINARY)


def _daily(words: list[str], k: int) -> bool:
    """``حصيلة يومية`` / ``حصيلة يوم أمس``: one day's toll, not a running one."""
    return (k + 1 < len(words) and words[k + 1] in _DAILY) or (k > 0 and words[k - 1] in _DAILY)


_FAR_RUNNING = 30  # tokens between "ارتفعت حصيلة …" and its "إلى N"


def _far_running_total(doc: Document, c: Candidate, cands: list[Candidate]) -> bool:
    """``ارتفعت حصيلة الخسائر البشرية جراء … منذ فجر اليوم، إلى 47``: ``إلى`` just before the
    count and, earlier in its sentence with no count between, a running verb whose subject is
    a toll (حصيلة / عدد)."""
    toks = doc.tokens
    to = [j for j in range(max(c.start - 3, 0), c.start) if toks[j].text in _TO]
    if not to:
        return False
    sa, _ = _sentence(doc, c.start)
    lo = max(sa, c.start - _FAR_RUNNING)
    for j in range(to[-1] - 1, lo - 1, -1):
        if any(o.start == j for o in cands):
            return False
        if toks[j].text in _RUNNING or any(s in _RUNNING for s in stems(toks[j].text)):
            return any(toks[k].text in _TOLL_WORDS or without_article(toks[k].text) in _TOLL_WORDS
                       or any(s in _TOLL_WORDS for s in stems(toks[k].text))
                       for k in range(j + 1, min(j + 4, to[-1])))  # "brings the death toll"
    return False


def _clause(doc: Document, i: int) -> tuple[int, int]:
    """The clause of token ``i``: its unit, cut where a و-joined casualty verb starts a new
    one (``…، وأصيب نحو ألف آخرين منذ مطلع الشهر``)."""
    a, b = doc.units[doc.unit_of[i]]

    def opens(j: int) -> bool:
        return doc.tokens[j].text.startswith("و") and _cue_at(doc, j) is not None and \
            _cue_at(doc, j - 1) is None  # not the second word of "استشهاد ومصرع"

    lo = next((j for j in range(i, a, -1) if opens(j)), a)
    hi = next((j for j in range(i + 1, b) if opens(j)), b)
    return lo, hi


def _after_tally(doc: Document, c: Candidate, cands: list[Candidate]) -> bool:
    """A count in a sentence after a "since …" tally that names no time or place of its own
    continues the tally (``… منذ بدء المعارك. كما أصيب العشرات من الطرفين``)."""
    sa, sb = _sentence(doc, c.start)
    earlier = [o for o in cands if not o.in_title and o.start < sa and o.parent is None]
    if not earlier or not _since_scope(doc, earlier[-1], cands):
        return False
    own_time = any(sa <= d.start < sb for d in doc.dates) or any(
        t.text in _NOW or any(s in _NOW for s in stems(t.text)) for t in doc.tokens[sa:sb])
    return not own_time and not doc.places_in(sa, sb)


def _is_since(doc: Document, j: int) -> bool:
    """``منذ``, also with a prefix (``ومنذ مطلع حزيران``)."""
    return doc.tokens[j].text in _SINCE or doc.tokens[j].text.removeprefix("و") in _SINCE


def _report_period(doc: Document, a: int, b: int) -> bool:
    """A sentence giving the period a tally covers: ``منذ … وحتى …`` (since … until …)."""
    since = [j for j in range(a, b) if _is_since(doc, j)]
    return any(doc.tokens[k].text in _UNTIL for j in since for k in range(j + 1, min(b, j + 14)))


def _same_period(doc: Document, j: int) -> bool:
    """``خلال الفترة ذاتها``: the period of a running total named before."""
    return doc.tokens[j].text in _SAME and j > 0 and doc.tokens[j - 1].text in _PERIOD_WORDS


def _since_scope(doc: Document, c: Candidate, cands: list[Candidate]) -> bool:
    """A body count is a running total when a "since …" phrase opens its sentence before any
    count (it then covers the sentence) or stands in the count's own clause."""
    report = next((k for k, (a, b) in enumerate(doc.sentences[:doc.sentence_of[c.start] + 1])
                   if _report_period(doc, a, b) or _lead_tally(doc, k)), None)
    if report is not None and not any(
            _follows(doc, doc.sentences[k][0], _OTHER_CONTEXT) is not None
            for k in range(report + 1, doc.sentence_of[c.start] + 1)):
        return True  # "منذ الأول من الشهر وحتى اليوم": the bulletin's tally from here on
    sa, sb = _sentence(doc, c.start)
    since = [j for j in range(sa, sb) if (_is_since(doc, j) and not _since_today(doc, j))
             or _same_period(doc, j)]
    if not since:
        return False
    first = min(o.start for o in cands if sa <= o.start < sb)
    if since[0] < first:
        return True
    lo, hi = _clause(doc, c.start)
    return any(lo <= j < hi for j in since)


_HOURS = frozenset(norm(w) for w in ("ساعات", "الساعات", "ساعة"))
# a sentence opening "in another context" leaves the tally before it
_OTHER_CONTEXT = tuple(tuple(norm(w).split()) for w in (
    "وفي سياق آخر", "في سياق آخر", "وفي سياق منفصل", "في سياق منفصل", "ومن جهة أخرى",
    "من جهة أخرى", "وعلى صعيد آخر", "على صعيد آخر", "in another context",
    "separately"))


def _since_today(doc: Document, j: int) -> bool:
    """``منذ صباح اليوم`` / ``منذ ليل أمس``: the day's own toll, and ``منذ اختطافهم``:
    how long a fate is unknown; neither opens a running total."""
    k = j + 1
    while k < min(j + 4, len(doc.tokens) - 1) and doc.tokens[k].text in _SINCE_FILLERS:
        k += 1
    j = k - 1
    nxt = doc.tokens[j + 1].text if j + 1 < len(doc.tokens) else ""
    if nxt in _HOURS and j + 2 < len(doc.tokens):  # "منذ ساعات الصباح"
        nxt = doc.tokens[j + 2].text
        nxt = nxt[2:] if nxt.startswith("ال") else nxt
    return nxt in _NOW or any(s in _NOW for s in stems(nxt)) or _cue_at(doc, j + 1) is not None


def _calendar_month(window: list[str]) -> bool:
    """``خلال شهر آذار``: a named month's toll, not a span since some start."""
    return any(w in _MONTH_WORD and k + 1 < len(window) and window[k + 1] in MONTH_NAMES
               for k, w in enumerate(window))


_MONTH_WORD = frozenset(norm(w) for w in ("شهر", "الشهر"))
_CALENDAR_UNITS = frozenset(norm(w) for w in (
    "شهر", "الشهر", "عام", "العام", "سنة", "السنة", "الأسبوع", "month", "year", "week"))
_LAST = _PAST | frozenset(norm(w) for w in ("الجاري", "الحالي", "last", "past"))


def _period_statistic(words: list[str]) -> bool:
    """A tally over a calendar period: ``خلال شهر أيار``, ``خلال الشهر الفائت``,
    ``خلال عام 2015``, ``during the past month`` (not ``خلال الـ 24 ساعة الماضية``)."""
    for i, w in enumerate(words):
        if w not in _DURING and w != "in":
            continue
        window = words[i + 1:i + 4]
        unit = next((k for k, x in enumerate(window) if x in _CALENDAR_UNITS), None)
        if unit is None:
            continue
        rest = window[unit + 1:unit + 3]
        if _calendar_month(window) or any(x in _LAST or x.isdigit() for x in rest) \
                or any(x in _LAST for x in window[:unit]):
            return True
    return False


def _lead_tally(doc: Document, k: int) -> bool:
    """Sentence ``k`` is the body's first and tallies a calendar period (a monthly or
    annual statistic): the whole report is then a running total."""
    a, b = doc.sentences[k]
    first = next((n for n, (x, _) in enumerate(doc.sentences)
                  if doc.allowed[x] and not doc.in_title[x]), None)
    return k == first and _period_statistic(doc.words(a, b))


def _during_span(words: list[str]) -> bool:
    """``خلال أسبوعين`` / ``خلال ساعاتها الـ 24 الأولى`` (not ``خلال الـ 24 ساعة الماضية``)."""
    for i, w in enumerate(words):
        if w in _DURING:
            window = words[i + 1:i + 6]
            if any(x in _DURATIONS for x in window) and not any(x in _PAST for x in window) \
                    and not _calendar_month(window):
                return True
    return False


# --- 4. status, group, actors ------------------------------------------------------------

def _follows(doc: Document, k: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    for words in phrases:
        if k + len(words) <= len(doc.tokens) and all(
            doc.tokens[k + n].text == w for n, w in enumerate(words)
        ):
            return k + len(words)
    return None


def _victim_actors(doc: Document, c: Candidate) -> list[str]:
    """Armed actors the victims belong to: ``من قوات النظام``, ``في صفوف قسد``."""
    k = int(c.keys.get("extended_end", c.end))  # after "القتلى والجرحى"
    if k < len(doc.tokens) and doc.tokens[k].text in ("من", "of") and k + 1 < len(doc.tokens) \
            and lookup(doc.tokens[k + 1].text) is not None:
        k += 2
    if _follows(doc, k, ((norm("عدد"),), (norm("تعداد"),))) is not None and \
            k + 1 < len(doc.tokens) and (
        _cue_at(doc, k + 1) is not None or lookup(doc.tokens[k + 1].text) is not None
    ):
        k += 2  # "يرتفع إلى 160 عدد قتلى الوحدات الكردية": the dead of an actor
    after = _follows(doc, k, _AFFILIATION)
    start = after if after is not None else k
    if start not in doc.match_at and c.noun is not None and start + 1 in doc.match_at and \
            lookup(doc.tokens[start].text) is not None:
        start += 1  # "من عناصر قوات النظام"
    out: list[str] = []
    j = start
    while j in doc.match_at and doc.match_at[j].kind == "actor":
        m = doc.match_at[j]
        if m.key not in out:
            out.append(m.key)
        j = m.end
        if j < len(doc.tokens) and doc.tokens[j].text.startswith("و") and j in doc.match_at:
            continue
        # "قوات النظام والمسلحين الموالين لها"
        if j in doc.match_at:
            continue
        break
    return out or _loser(doc, c)


def _loser(doc: Document, c: Candidate) -> list[str]:
    """``خسرت هيئة تحرير الشام 7 عناصر``: the actor right after "lost" lost them."""
    for j in range(max(0, c.start - 8), c.start):
        m = doc.match_at.get(j + 1)
        if doc.tokens[j].text in _LOST and m is not None and m.kind == "actor" and \
                m.end == c.start:
            return [m.key]
    return []


def _verb_lemmas_after(doc: Document, c: Candidate) -> set[str]:
    k = c.end
    if _follows(doc, k, ((norm("عدد"),),)) is not None:
        k += 2
        while k < len(doc.tokens) and doc.tokens[k].text in ("الذين", "ممن", "من"):
            k += 1
    out: set[str] = set()
    while k < len(doc.tokens):
        word = doc.tokens[k].text
        lemma = next((_DEATH_VERBS[s] for s in stems(word) if s in _DEATH_VERBS), None)
        if lemma is None:
            break
        out.add(lemma)
        k += 1
    return out


def _described_combatant(doc: Document, c: Candidate) -> list[str] | None:
    """``طفل … وهو من مقاتلي هيئة تحرير الشام`` / ``شخصين، قالت مصادر أنهما والي …``."""
    _, b = _sentence(doc, c.start)
    for j in range(c.end, min(b, c.end + 14)):
        if doc.tokens[j].text not in _DESCRIBED:
            continue
        window = range(j + 1, min(b, j + 7))
        if any(doc.tokens[k].text in _COMBATANT_ROLES or
               any(s in _COMBATANT_ROLES for s in stems(doc.tokens[k].text)) for k in window):
            found = [doc.match_at[k].key for k in window
                     if k in doc.match_at and doc.match_at[k].kind == "actor"]
            return list(dict.fromkeys(found))
    return None


_NOT_DESCRIBING = frozenset(norm(w) for w in ("كان", "كانت", "قد", "لا", "لم", "تم", "فقط"))
_ONE_OF = frozenset(norm(w) for w in ("أحدهما", "إحداهما", "أحدهم", "إحداهن", "إحداهم"))
_ONE_OF_THEM = frozenset(norm(w) for w in ("أحدهما", "إحداهما", "أحدهم", "إحداهن", "بعضهم",
                                            "one of them", "some of them"))


def _one_of_them_fought(doc: Document, c: Candidate) -> bool:
    """``شابان، أحدهما من عناصر الفصائل``: one of several victims was a fighter, and no count
    of him follows: the count mixes fighters and others."""
    if c.value is None or c.value < 2:
        return False
    _, b = _sentence(doc, c.start)
    for j in range(c.end, min(b, c.end + 8)):
        if _cue_at(doc, j) is not None:
            return False
        if doc.tokens[j].text in _ONE_OF_THEM:
            after = doc.tokens[j + 1:min(b, j + 5)]
            return not any(lookup(t.text) for t in after[:1]) and any(
                t.text in _COMBATANT_ROLES or any(x in _COMBATANT_ROLES for x in stems(t.text))
                for t in after)
    return False


def _context_status(doc: Document, c: Candidate, previous: Candidate | None) -> str:
    if previous is not None and doc.sentence_of[previous.start] == doc.sentence_of[c.start] \
            and previous.status != "unknown" and (c.cumulative == previous.cumulative or
                                                  c.noun is not None):
        return previous.status  # not "… 100 عنصر، كما بلغ عدد القتلى 1200 منذ …": a toll
    a, b = _sentence(doc, c.start)
    words = [t.text for t in doc.tokens[a:b]]
    nouns = [n for n in map(lookup, words) if n is not None]
    civilian = any(w in _CIVILIAN_CUES or any(s in _CIVILIAN_CUES for s in stems(w))
                   for w in words) or any(n.status == "civilian" for n in nouns)
    combatant = any(n.status == "combatant" for n in nouns)
    if civilian and not combatant:
        return "civilian"
    return "unknown"


_BODIES = frozenset(norm(w) for w in ("جثة", "جثث", "جثه", "bodies"))


def _bodies_of(doc: Document, c: Candidate) -> str | None:
    """``200 جثة``: bodies say nothing of who the dead were, unless a noun follows
    (``6 جثث لعناصر``); None when the count is not one of bodies."""
    toks = doc.tokens
    if c.noun is not None or c.end >= len(toks) or toks[c.end].text not in _BODIES:
        return None
    after = lookup(toks[c.end + 1].text) if c.end + 1 < len(toks) else None
    return after.status if after is not None and after.status else "unknown"


def _foreign_nationals(doc: Document, c: Candidate) -> bool:
    """A bare count of a nationality (``41 من جنسيات غير سورية``): fighters, in SOHR's use."""
    k = c.end
    return c.noun is None and k + 1 < len(doc.tokens) and doc.tokens[k].text == "من" and \
        doc.tokens[k + 1].text in _NATIONALITY


def _among_sides(doc: Document, c: Candidate) -> bool:
    """``عشرات القتلى والجرحى في صفوف الطرفين``: the ranks after a two-type count."""
    k = c.end
    if k < len(doc.tokens) and doc.tokens[k].text.startswith("و") and lookup(doc.tokens[k].text):
        k += 1
    return _follows(doc, k, _BOTH_SIDES) is not None


def _toll_of_fighters(doc: Document, c: Candidate) -> bool:
    """A bare number whose toll names fighters: ``إلى 347 عدد مقاتلي الكتائب``, ``بلغ عدد
    قتلى القوات النظامية … 418`` (a combatant noun or an armed actor right after the toll
    word, which stands right after the number or opens its clause)."""
    toks = doc.tokens

    def toll(j: int) -> bool:
        return _toll_word(toks[j].text, _TOLLS)

    if c.end < len(toks) and toll(c.end):
        at: int | None = c.end
    else:
        lo = max(_sentence(doc, c.start)[0], c.start - _TOLL_BACK)
        at = next((j for j in range(c.start - 1, lo - 1, -1) if toll(j)), None)
        if at is None or any(t.is_digit for t in toks[at:c.start]):
            return False
    for k in range(at + 1, min(at + 4, len(toks))):
        named = lookup(toks[k].text)
        m = doc.match_at.get(k)
        if (named is not None and named.status == "combatant") or (
                m is not None and m.kind == "actor" and m.start == k and
                doc.gazetteer.actors[m.key].actor_class != "UnnamedActor"):
            return True
    return False


def assign_status(doc: Document, c: Candidate, previous: Candidate | None) -> None:
    """Victim status, group and affiliation of one candidate (its parent already done)."""
    c.victims = _victim_actors(doc, c)
    described = _described_combatant(doc, c)
    noun = c.noun
    c.group = noun.group if noun is not None else None
    if noun is not None and noun.masculine_citizen and c.marker == "list" \
            and not c.civilian_adjective:
        c.group = "men"
    family = any(_follows(doc, c.end, (tuple(f),)) for f in _FAMILY)
    if family:
        c.group = "family"
    if described is not None:
        c.status = "combatant"
        c.victims = c.victims or described
        return
    if _one_of_them_fought(doc, c):
        c.status = "unknown"  # "قتل شابان، أحدهما من عناصر الفصائل والآخر مدني"
        return
    if len(_verb_lemmas_after(doc, c)) > 1:
        c.status = "unknown"
        return
    if c.civilian_adjective or _rescuers(doc, c):
        c.status = "civilian"
        return
    if _unidentified(doc, c):
        c.status = "unknown"  # "جثة رجل مجهول الهوية": who he was is not known
        return
    bodies = _bodies_of(doc, c)
    if bodies is not None:
        c.status = bodies
        return
    pair = _casualty_pair(doc, c.end) if c.end < len(doc.tokens) else None
    if noun is not None and pair is not None and pair.status != noun.status:
        c.status = "unknown"  # "قتيلاً وشهيداً": fighters and civilians together
        return
    if noun is not None and noun.status is not None and noun.casualty is None:
        c.status = noun.status
        return
    after = c.end
    if any(t.text in _POSSESSIVE_DEAD for t in doc.tokens[c.start:c.end]) or \
            _follows(doc, after, _BOTH_SIDES) is not None or (
        after + 1 < len(doc.tokens) and doc.tokens[after + 1].text in _POSSESSIVE_DEAD
    ) or (after < len(doc.tokens) and doc.tokens[after].text in _POSSESSIVE_DEAD) or (
        after + 1 < len(doc.tokens) and doc.tokens[after].text == "عدد"
        and doc.tokens[after + 1].text in _POSSESSIVE_DEAD
    ):
        c.status = "combatant"
        return
    if c.victims and any(doc.gazetteer.actors[v].actor_class != "UnnamedActor"
                         for v in c.victims):
        c.status = "combatant"
        return
    if noun is None and _toll_of_fighters(doc, c):
        c.status = "combatant"  # "يرتفع إلى 347 عدد مقاتلي الكتائب"
        return
    if _foreign_nationals(doc, c) or _among_sides(doc, c) or _own_ranks(doc, c):
        c.status = "combatant"
        return
    if c.parent is not None:
        c.status = c.parent.status
        c.victims = c.victims or c.parent.victims
        return
    if c.marker == "partitive" and noun is None:
        # "سيارة تقل عناصر من قوات النظام، ما أدى لمقتل اثنين منهم": the group named before
        for j in range(c.start - 1, _sentence(doc, c.start)[0] - 1, -1):
            named = lookup(doc.tokens[j].text)
            if named is not None and named.status is not None and named.casualty is None:
                c.status = named.status
                return
    cue_words = {doc.tokens[s].text for _, s in _cue_chain_before(doc, c, 400)[:1]}
    after_cue = _cue_after(doc, c, 14)
    if after_cue is not None:
        cue_words.add(doc.tokens[after_cue[1]].text)
    if noun is not None and noun.status is not None:
        c.status = noun.status
        return
    if any(w in _CIVILIAN_CUES or any(s in _CIVILIAN_CUES for s in stems(w))
           for w in cue_words):
        c.status = "civilian"
        return
    if any(w in _HELD_CUES or any(s in _HELD_CUES for s in stems(w)) for w in cue_words):
        c.status = "civilian"  # "أعدم التنظيم 3 أشخاص", "4 آخرين ممن اختطفهم التنظيم"
        return
    c.status = _context_status(doc, c, previous)


_LOST = frozenset(norm(w) for w in ("خسرت", "خسر", "وخسرت", "وخسر", "فقدت", "وفقدت", "فقد",
                                    "وفقد"))


def _perpetrators_in(doc: Document, c: Candidate, lo: int, hi: int) -> list[str]:
    found: list[str] = []
    for m in doc.actors_in(lo, hi):
        if m.key in c.victims or m.key in found:
            continue
        if _subject_of_verb(doc, m.start, m.end, c):
            found.append(m.key)
            continue
        if m.start > 0 and doc.tokens[m.start - 1].text in _VICTIM_SIDE:
            continue  # "4 من عناصر التحالف الدولي": the victims' side, not who did it
        if any(doc.tokens[k].text in _CHARGE for k in range(max(lo, m.start - 3), m.start)):
            continue  # "بتهمة التعامل مع التحالف الدولي": the charge, not who did it
        actor = doc.gazetteer.actors[m.key]
        cue = any(doc.tokens[k].text in _PERPETRATOR_CUES or
                  any(s in _PERPETRATOR_CUES for s in stems(doc.tokens[k].text))
                  for k in range(max(lo, m.start - 3), m.start))
        own = any(doc.tokens[k].text in _PERPETRATOR_CUES for k in range(m.start, m.end))
        cue = cue or (m.start > 0 and _cue_at(doc, m.start - 1) is not None
                      and m.start < c.start  # "أسرت هيئة تحرير الشام 6 عناصر"
                      and doc.tokens[m.start - 1].text not in _LOST)  # "خسرت قسد 6": victims
        if actor.actor_class in ("AirForce", "InternationalCoalition") or cue or own:
            found.append(m.key)
    return found


_SUBJECT_ROLES = frozenset(norm(w) for w in (
    "عناصر", "عنصر", "مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "من", "دورية", "members", "of",
    "fighters",
))


def _subject_of_verb(doc: Document, start: int, end: int, c: Candidate) -> bool:
    """``احتجز عناصر من قوات النظام مواطنين`` / ``أسر مقاتلو التنظيم 4 عناصر``: an actor
    between a casualty verb and the count, with only role words before it, did it."""
    if end != c.start:
        return False
    j = start - 1
    while j >= max(0, start - 3) and doc.tokens[j].text in _SUBJECT_ROLES:
        j -= 1
    return j < start - 1 and j >= 0 and _cue_at(doc, j) is not None and \
        doc.tokens[j].text not in _LOST


def assign_perpetrators(doc: Document, c: Candidate, cands: list[Candidate]) -> None:
    """Actors that did it: air forces, and actors after من قبل / قصف / غارات …, looked for in
    the count's own stretch of text (up to the next count), then before it, then its clause
    unit and sentence: "6 جراء غارات طائرات النظام، و8 جراء غارات الطائرات الروسية"."""
    a, b = doc.units[doc.unit_of[c.start]]
    sa, sb = _sentence(doc, c.start)
    tops = [o for o in cands if o.parent is None and a <= o.start < b and o is not c]
    after = min((o.start for o in tops if o.start > c.start), default=b)
    before = max((o.end for o in tops if o.end <= c.start), default=a)
    for lo, hi in ((c.start, after), (before, c.start), (a, b), (sa, sb)):
        found = _perpetrators_in(doc, c, lo, hi)
        if found:
            c.perpetrators = found
            return
    c.perpetrators = []


def civilians_by_air(doc: Document, c: Candidate) -> bool:
    """People (أشخاص) killed by air strikes or shells are civilians unless the text says
    otherwise."""
    if c.status != "unknown" or c.victims or c.noun is None or c.noun.status is not None \
            or len(_verb_lemmas_after(doc, c)) > 1:
        return False
    classes = {doc.gazetteer.actors[p].actor_class for p in c.perpetrators}
    a, b = doc.units[doc.unit_of[c.start]]
    air = any(t.text in _AIR_STRIKES or any(s in _AIR_STRIKES for s in stems(t.text))
              for t in doc.tokens[a:b])
    return air or bool(classes & {"AirForce", "InternationalCoalition"})


# --- 5. places ---------------------------------------------------------------------------

def assign_places(doc: Document, cands: list[Candidate]) -> None:
    """Tie each count to the most specific places its clause names (see module doc)."""
    context = most_specific(doc, heads(doc, *_title_range(doc)))
    tops = [c for c in cands if c.parent is None]
    for c in tops:
        c.places = _top_places(doc, c, cands, context)
    own_place = {id(c) for c in tops if _place_before_parts(doc, c, cands)}
    by_parent: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.parent is not None:
            by_parent.setdefault(id(c.parent), []).append(c)
    for c in cands:  # in text order: parents before their sub-counts
        subs = by_parent.get(id(c), [])
        if not subs:
            continue
        own = {id(s): most_specific(doc, heads(doc, s.start, _next_start(doc, s, cands)))
               for s in subs}
        for s, nxt in reversed(list(pairwise(subs))):
            if not own[id(s)] and nxt.start == s.end and \
                    doc.tokens[nxt.start].text.startswith("و"):
                own[id(s)] = own[id(nxt)]  # "ورجل وزوجته في كفربطنا": the pair's place
        distinct = {tuple(v) for v in own.values() if v}
        if len(distinct) > 1:
            for s in subs:
                s.places = own[id(s)] or c.places
            merged = [p for v in own.values() for p in v]
            common = common_parent(doc, merged)
            if common is not None and doc.gazetteer.places[common].place_class != "Country" \
                    and not _origins_only(doc, subs, cands) and id(c) not in own_place:
                c.places = [common]
        else:
            for s in subs:  # "أحدهم شاب من مدينة داريا": a part's own origin is its place
                own_origin = own[id(s)] and (_origins_only(doc, [s], cands) or
                                             id(c) in own_place)
                s.places = own[id(s)] if own_origin else list(c.places)


def _place_before_parts(doc: Document, c: Candidate, cands: list[Candidate]) -> bool:
    """A place is named between the total and its first part (``8 مواطنين في محافظة حلب،
    بينهم 3 في مدينة منبج``)."""
    first = _first_part(c, cands)
    later = [o.start for o in cands if o.parent is None and o.start > c.start]
    return c.start < first < min(later, default=len(doc.tokens)) and \
        bool(heads(doc, c.start, first))


def _first_part(c: Candidate, cands: list[Candidate]) -> int:
    return min((o.start for o in cands if o.parent is c), default=c.start)


def _origin_matches(doc: Document, subs: list[Candidate], cands: list[Candidate]) -> tuple[
        list[Match], list[Match]]:
    """Places named in the parts ``subs``, and those of them that say where the victims
    came from (``من`` + place: ``هم اثنان من مدينة دوما``), not where they were hit."""
    found = [m for s in subs for m in doc.places_in(s.start, _next_start(doc, s, cands))]
    return found, [m for m in found
                   if m.start > 0 and doc.tokens[m.start - 1].text in ("من", "أبناء")]


def _origins_only(doc: Document, subs: list[Candidate], cands: list[Candidate]) -> bool:
    """The parts' places all say where the victims came from, not where the total happened."""
    found, origins = _origin_matches(doc, subs, cands)
    return bool(found) and len(origins) == len(found)


def _origin_keys(doc: Document, subs: list[Candidate], cands: list[Candidate]) -> set[str]:
    """Places only the parts' origins name: not the total's place."""
    return {m.key for m in _origin_matches(doc, subs, cands)[1]}


def _title_range(doc: Document) -> tuple[int, int]:
    idx = [i for i, t in enumerate(doc.in_title) if t]
    return (idx[0], idx[-1] + 1) if idx else (0, 0)


def _next_start(doc: Document, c: Candidate, cands: list[Candidate]) -> int:
    _, b = doc.units[doc.unit_of[c.start]]
    later = [o.start for o in cands if o.start > c.start and o.start < b]
    return min(later) if later else b


def _top_places(doc: Document, c: Candidate, cands: list[Candidate],
                context: list[str]) -> list[str]:
    a, b = doc.units[doc.unit_of[c.start]]
    tops = [o for o in cands if o.parent is None and a <= o.start < b]
    pos = tops.index(c)
    seg_end = tops[pos + 1].start if pos + 1 < len(tops) else b
    steps = [(c.start, seg_end), (a, tops[0].start)]
    if _place_before_parts(doc, c, cands):
        # "12 مواطناً في ريف حلب، هم 5 في بلدة …": the total's own place, not its parts'
        steps.insert(0, (c.start, _first_part(c, cands)))
    if pos > 0 and not c.cumulative:
        # "قتل 3 مقاتلين في محيط بلدة كنسبا، وأسر عنصر": the town named just before
        steps.insert(1, (tops[pos - 1].start, c.start))
    if pos + 1 < len(tops) and tops[pos + 1].start == c.end and \
            doc.tokens[c.end].text.startswith("و"):
        # "ورجل وزوجته في كفربطنا": a pair named together shares the place after it
        nxt_end = tops[pos + 2].start if pos + 2 < len(tops) else b
        steps.insert(1, (c.end, nxt_end))
    if not c.cumulative:
        steps += [(o.start, tops[k + 1].start if k + 1 < len(tops) else b)
                  for k, o in enumerate(tops) if k > pos]
        steps += [(o.start, tops[k + 1].start if k + 1 < len(tops) else b)
                  for k, o in reversed(list(enumerate(tops))) if k < pos]
        sa, _ = _sentence(doc, c.start)
        unit = doc.unit_of[c.start] - 1
        while unit >= 0 and doc.units[unit][0] >= sa:
            steps.append(doc.units[unit])
            unit -= 1
    origins = _origin_keys(doc, [o for o in cands if o.parent is c], cands)
    for lo, hi in steps:
        found = most_specific(doc, [p for p in heads(doc, lo, hi) if p not in origins])
        if found:
            return found
    if not c.cumulative and not c.in_title:
        earlier = _earlier_places(doc, c, cands, context)
        if earlier:
            return earlier
    return list(context)


_PLACE_LOOKBACK = 3  # sentences a count naming no place may look back for one


def _earlier_places(doc: Document, c: Candidate, cands: list[Candidate],
                    context: list[str]) -> list[str]:
    """The place of the nearest earlier body sentence that names one, when that sentence
    only sets the scene (one place, no casualty count of its own) in the title's area: a
    count whose sentence names no place happened there (``… في بلدة كفرنبودة. وأسفرت
    المعارك عن مقتل 31 مقاتلاً``)."""
    k = doc.sentence_of[c.start]
    for s in range(k - 1, max(k - 1 - _PLACE_LOOKBACK, -1), -1):
        lo, hi = doc.sentences[s]
        if lo >= len(doc.in_title) or doc.in_title[lo]:
            break
        found = most_specific(doc, heads(doc, lo, hi))
        if not found:
            continue
        counts = any(lo <= o.start < hi and o.types and not _is_force_size(doc, o)
                     for o in cands)
        if len(found) == 1 and not counts and _in_area(doc, found, context):
            return found
        return []
    return []


def _in_area(doc: Document, places: list[str], context: list[str]) -> bool:
    """Each place shares a region below the country with the title's places (or no title
    place is known)."""
    if not context:
        return True
    for p in places:
        chain = {p, *doc.gazetteer.ancestors(p)}
        shared = [q for q in context for a in (q, *doc.gazetteer.ancestors(q))
                  if a in chain and doc.gazetteer.places[a].place_class != "Country"]
        if not shared:
            return False
    return True


# --- 6. title ↔ body, period, events -----------------------------------------------------

def _link_title(doc: Document, cands: list[Candidate]) -> None:
    body = [c for c in cands if not c.in_title and c.parent is None]
    for t in (c for c in cands if c.in_title and c.parent is None):
        twin = _twin(t, body)
        if twin is None:
            continue
        alone = sum(1 for c in cands if c.in_title and c.parent is None) == 1
        if twin.places and not (alone and twin.value != t.value and
                                _own_title_place(doc, t, twin)):
            t.places = list(twin.places)
        if (t.noun is None or (t.noun.status is None and t.status == "unknown" and
                               t.value is not None) or (t.noun.lemma in _MARTYR_LEMMAS and
                                                        twin.status == "unknown")) and (
                t.end >= len(doc.tokens) or doc.tokens[t.end].text not in _TOLL_WORDS):
            t.status = twin.status  # "تقتل 9 على الأقل" repeats the body's "9 مسلحين"
        t.period = t.period or twin.period
        t.event = t.event or twin.event
    for c in cands:  # a title sub-count is where its total is ("… بينهم 4 أطفال")
        if c.in_title and c.parent is not None and c.parent.places:
            c.places = list(c.parent.places)


def _own_title_place(doc: Document, t: Candidate, twin: Candidate) -> bool:
    """The title names its (only) count's place, and the body count it is close to lies
    elsewhere (``مجزرة في كفربطنا تودي بحياة 5`` vs 6 in Douma): keep the title's."""
    a, b = _title_range(doc)
    own = [p for p in t.places if p in heads(doc, a, b)]
    return bool(own) and not any(p == q or p in doc.gazetteer.ancestors(q)
                                 for p in own for q in twin.places)


def _twin(t: Candidate, body: list[Candidate]) -> Candidate | None:
    """The body count a title count repeats or rounds (same type, same or close amount)."""
    kind = t.types[0][0] if t.types else None

    def close(b: Candidate) -> bool:
        if t.value is None or b.value is None:
            return t.value is None and b.value is None and t.qualifier == b.qualifier
        return abs(t.value - b.value) <= max(1, 0.1 * max(t.value, b.value))

    same_type = [b for b in body if b.types and b.types[0][0] == kind]
    for test in (lambda b: b.value == t.value and b.qualifier == t.qualifier,
                 lambda b: b.value == t.value and t.value is not None, close):
        hits = [b for b in same_type if test(b)]
        if hits:
            return hits[0]
    return None


def _ranges_in(doc: Document, lo: int, hi: int) -> Period | None:
    found = [d for d in doc.dates if lo <= d.start < hi and d.period is not None]
    if len(found) >= 2:
        first, last = found[0].period, found[-1].period
        assert first is not None and last is not None
        if first.start <= last.end:
            return Period(first.start, last.end, "day" if first.precision == last.precision
                          == "day" else "month")
    if len(found) == 1:
        return found[0].period
    return None


def assign_periods(doc: Document, cands: list[Candidate], events: list[Event]) -> None:
    """Period and operation of each count: its sentence's dates, else the battle's."""
    battle = next((e for e in events if e.kind == "battle"), None)
    battle_words = frozenset(norm(w) for w in ("معركة", "المعركة", "المعارك", "معارك",
                                               "battle"))
    since_period: Period | None = None
    for c in cands:
        a, b = _sentence(doc, c.start)
        words = {t.text for t in doc.tokens[a:b]}
        period = _ranges_in(doc, a, b)
        if period is not None and c.cumulative and any(w in _SINCE for w in words):
            since_period = period
        if period is None and c.cumulative and not c.in_title:
            period = since_period
        in_battle = battle is not None and any(
            w in battle_words or any(s in battle_words for s in stems(w)) for w in words)
        if in_battle and battle is not None:
            c.event = battle.key
            period = period or battle.period
        c.period = period
    for c in cands:
        if c.parent is not None:
            c.period, c.event = c.parent.period, c.parent.event


# --- assembly ----------------------------------------------------------------------------

def _evidence_range(c: Candidate, type_start: int) -> tuple[int, int]:
    end = int(c.keys.get("extended_end", c.end)) if type_start == c.start else c.end
    if c.noun is None and c.value is None and type_start == c.start:
        return c.start, c.end
    return type_start, end


_MARTYR_LEMMAS = frozenset(("شهيد",))


def _martyrs(c: Candidate) -> bool:
    """A toll counted as martyrs or by a bare number (``143 شهيداً``, ``إلى 143 عدد …``)."""
    return c.noun is None or c.noun.lemma in _MARTYR_LEMMAS


def _martyrs_with_fighters(c: Candidate, statuses: set[str]) -> bool:
    """``143 شهيداً بينهم 27 طفلاً … و38 مقاتلاً``: "martyrs" counts fighters too, so a
    toll of martyrs with fighters among its parts is of unknown status."""
    return "combatant" in statuses and c.status == "civilian" and not c.civilian_adjective \
        and _martyrs(c)


def _some_civilians(c: Candidate, kept: list[Candidate]) -> bool:
    """``46 people …, among them 29 civilians``: a total of people (or a bare number) of
    which only part are said to be civilians is of unknown status."""
    if c.civilian_adjective or (c.noun is not None and c.noun.status is not None) or \
            c.value is None:
        return False
    return any(s.parent is c and s.noun is not None and s.noun.lemma in _CIVILIAN_NOUNS and
               s.value is not None and s.value < c.value for s in kept)


_CIVILIAN_NOUNS = frozenset(("مدني", "civilian", "مواطن"))


_LIVES = frozenset(norm(w) for w in ("حياتهم", "حياته", "حياتها", "حياتهما", "أرواحهم"))
_AMONG = frozenset(norm(w) for w in ("بين", "among"))


def _among_total(doc: Document, c: Candidate, nxt: list[Candidate]) -> Candidate | None:
    """The count ``c`` is part of in ``أربعة أطفال بين 6 ضحايا`` (X among N victims)."""
    if not nxt or c.noun is None or c.end >= len(doc.tokens) or \
            doc.tokens[c.end].text not in _AMONG or nxt[0].start != c.end + 1 or \
            nxt[0].noun is None or nxt[0].noun.casualty is None:
        return None
    return nxt[0]


# people released, rescued or who got away are not casualties ("أفرج عن قرابة 300 منهم",
# "فر نحو 10 آخرون", "تمكن 6 آخرون من العبور")
_SPARED = frozenset(norm(w) for w in (
    "أفرج", "أفرجت", "الإفراج", "سراح", "نجا", "نجت", "نجاة", "أنقذ", "أنقذت", "إنقاذ", "فر", "فرّ",
    "فرار", "تمكن", "تمكنت", "هرب", "released", "freed", "rescued", "survived", "escaped",
    # pushed back or deported at a border: "أعادت الجندرما نحو 40 شخصاً"
    "أعادت", "أعاد", "رحلت", "رحل", "ترحيل",
))


def _spared(doc: Document, c: Candidate) -> bool:
    """``أفرج عن قرابة 300 منهم``: a verb of release or escape right before the amount."""
    lo = max(_sentence(doc, c.start)[0], c.start - 3)
    return any(any(s in _SPARED for s in stems(doc.tokens[j].text)) and
               not any(_cue_at(doc, k) for k in range(j + 1, c.start))
               for j in range(lo, c.start))


def _own_fate(doc: Document, c: Candidate) -> bool:
    """``اختطف 16 شخصاً … قتل 9 منهم`` / ``مصير 7 منهم``: a part of a group whose own verb
    (or fate, or casualty noun) says what happened keeps that type rather than the group's."""
    if c.noun is not None and c.noun.casualty is not None:
        return True  # "إضافة إلى مئات الجرحى" after a death toll: wounded, whatever the total
    if c.marker != "partitive" or c.start == 0:
        return False
    return _cue_at(doc, c.start - 1) is not None or doc.tokens[c.start - 1].text in _FATE


_RIGHT_AFTER = 6  # words from a total to a "N منهم" part across a title's ".." break


def _right_after(doc: Document, prev: Candidate | None, c: Candidate) -> bool:
    """``c`` follows ``prev`` closely in the same paragraph (``… 412 شخصاً خلال شهر آذار ..
    98 منهم``), with no line break or other count between."""
    return prev is not None and 0 <= c.start - prev.end <= _RIGHT_AFTER and \
        prev.in_title == c.in_title and \
        not any(t.text == "\n" for t in doc.tokens[prev.end:c.start])


def _lost_own(doc: Document, c: Candidate) -> bool:
    """``فقدت قوات النظام 3 من عناصرها``: a side lost some of *its own* members (killed),
    the verb of loss a few words before and the noun with a possessive suffix."""
    owned = any(_owned_combatant(t.text) for t in doc.tokens[c.start:c.end + 2])
    return owned and any(t.text in _LOST for t in doc.tokens[max(c.start - 6, 0):c.start])


def _owned_combatant(word: str) -> bool:
    """``عناصرها``, ``مقاتليه``: a combatant noun with a possessive suffix (a side's own)."""
    return word.endswith(_POSSESSIVE) and (n := lookup(_unpossessed(word))) is not None \
        and n.status == "combatant"


def _own_ranks(doc: Document, c: Candidate) -> bool:
    """``تسلمت قوات النظام جثث 3 من عناصرها``: a bare count of a side's own members."""
    k = c.end
    return c.noun is None and k + 1 < len(doc.tokens) and doc.tokens[k].text == "من" and \
        _owned_combatant(doc.tokens[k + 1].text)


def _rescuers(doc: Document, c: Candidate) -> bool:
    """``3 عناصر من الدفاع المدني``, ``عدد من متطوعي الهلال الأحمر``: rescue and aid workers
    are civilians, whatever the noun ("عناصر") says."""
    toks = doc.tokens
    for k in range(c.end, min(c.end + 3, len(toks))):
        if _follows(doc, k, _RESCUE_BODIES) is not None:
            return True
    return False


def _unidentified(doc: Document, c: Candidate) -> bool:
    """``رجل مجهول الهوية``, ``وشخص مجهول الهوية``: a person of unknown identity; not
    ``5 مواطنين مجهولي الهوية`` nor ``3 رعاة مجهولي الهوية``, whose noun says who they were."""
    noun = c.noun
    return noun is not None and noun.lemma in _PLAIN_PERSONS and \
        _follows(doc, c.end, _UNKNOWN_IDENTITY) is not None


# nouns that say only "a person" (not مواطن, a trade or an age)
_PLAIN_PERSONS = frozenset(("شخص", "رجل", "شاب", "person", "man"))


_UNKNOWN_IDENTITY = tuple(tuple(norm(w).split()) for w in (
    "مجهول الهوية", "مجهولة الهوية", "مجهولي الهوية", "مجهولا الهوية", "مجهولين الهوية",
    "unidentified",
))
_RESCUE_BODIES = tuple(tuple(norm(w).split()) for w in (
    "الدفاع المدني", "الهلال الأحمر", "الخوذ البيضاء", "فرق الإسعاف", "civil defence",
    "civil defense", "red crescent", "white helmets",
))


def _unpossessed(word: str) -> str:
    """``عناصرها`` → ``عناصر``, ``مقاتليه`` → ``مقاتلي``."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix):
            return word[:-len(suffix)]
    return word


def extract_observations(doc: Document, events: list[Event]) -> list[Observation]:
    """All casualty observations of ``doc`` in text order."""
    cands = find_candidates(doc)
    kept: list[Candidate] = []
    previous: Candidate | None = None
    among: list[tuple[Candidate, Candidate]] = []
    for n, c in enumerate(cands):
        c.types = _types(doc, c, previous)
        if c.marker == "definite":
            c.marker = None
            if (said := _repeated(c, kept)) is not None:
                if not _opens_parts(doc, c):
                    continue  # "والمواطنون الثمانية من عائلة واحدة": the eight counted before
                c.types = [(said.types[0][0], c.start)]  # "والمواطنون الأربعة هم …"
        if not c.types and (topic := _topic_total(doc, c, kept)) is not None:
            c.types = [(topic.types[0][0], c.start)]  # "أما المقاتلون فهم …"
        if not c.types and previous is not None and c.marker is None and \
                _colon_item(doc, c, kept):
            c.marker = "breakdown"  # "… to 87: 41 civilians …; 23 rebel fighters; …"
        if not c.types and previous is not None and (
                c.marker == "breakdown" or _listed_paragraph(doc, c)):
            c.types = [(previous.types[0][0], c.start)]  # an item of the total's breakdown
        if (total := _among_total(doc, c, cands[n + 1:n + 2])) is not None:
            total.types = total.types or _types(doc, total, c)
            if total.types:
                c.types = c.types or [(total.types[0][0], c.start)]
                among.append((c, total))
        if c.types and c.types[0][0] == "missing" and c.end < len(doc.tokens) and \
                doc.tokens[c.end].text in _LIVES:
            c.types = [("killed", c.types[0][1])]  # "فقد 5 مدنيين حياتهم": they died
        if not c.types and c.marker == "partitive" and previous is not None and \
                previous.types and _right_after(doc, previous, c):
            c.types = [(previous.types[0][0], c.start)]  # "412 شخصاً .. 98 منهم مدنيون"
        if c.types and c.types[0][0] == "missing" and _lost_own(doc, c):
            c.types = [("killed", c.types[0][1])]  # "فقدت قوات النظام 3 من عناصرها"
        if not c.types or _is_force_size(doc, c) or _spared(doc, c):
            continue
        kept.append(c)
        previous = c
    link_structure(doc, kept)
    for c, total in among:  # "أربعة أطفال بين 6 ضحايا": a part named before its total
        if c.parent is None and total in kept:
            c.parent = total
    kept = [c for c in kept if c.marker != "drop"]
    for c in kept:
        if c.parent is not None and not _own_fate(doc, c):
            c.types = [(c.parent.types[0][0], c.start)]
    mark_cumulative(doc, kept)
    previous = None
    for c in kept:
        assign_status(doc, c, previous)
        previous = c
    for a, b in pairwise(kept):  # "ضابط وعنصر من قوات النظام"
        if b.start == a.end and doc.tokens[b.start].text.startswith("و") and not a.victims:
            a.victims = list(b.victims)
    for c in kept:
        assign_perpetrators(doc, c, kept)
        if c.parent is not None and not c.perpetrators:
            c.perpetrators = list(c.parent.perpetrators)
        if civilians_by_air(doc, c):
            c.status = "civilian"
        elif c.parent is not None and c.status == "unknown":
            c.status = c.parent.status
    for prev, c in pairwise(kept):  # "… 6 civilians … Around 12 other people were injured"
        if c.status == "unknown" and c.parent is None and c.noun is not None and \
                c.noun.lemma in ("اخر", "other") and prev.status != "unknown" and \
                doc.sentence_of[c.start] - doc.sentence_of[prev.start] <= 1:
            c.status = prev.parent.status if prev.parent is not None else prev.status
    for c in kept:  # "38 شخصاً: 19 مدنياً …، و12 مقاتلاً": a total of both is unknown
        statuses = {s.status for s in kept if s.parent is c}
        if ({"civilian", "combatant"} <= statuses and not c.civilian_adjective and
                (c.noun is None or c.noun.status is None)) or _some_civilians(c, kept) or \
                _martyrs_with_fighters(c, statuses):
            c.status = "unknown"
        elif statuses == {"combatant"} and c.status == "civilian" and \
                sum(1 for s in kept if s.parent is c) >= 2 and not c.civilian_adjective and \
                (c.noun is None or c.noun.status is None):
            c.status = "combatant"  # "612 قتيلاً، هم 241 من قسد و371 من التنظيم": fighters
    assign_places(doc, kept)
    assign_periods(doc, kept, events)
    _link_title(doc, kept)
    for c in kept:  # "143 شهيداً بينهم 31 في حلب": a part by place of a mixed toll of martyrs
        if c.parent is not None and c.parent.status == "unknown" and c.status == "civilian" \
                and (c.noun is None or c.noun.lemma in _MARTYR_LEMMAS) and \
                _martyrs(c.parent):
            c.status = "unknown"
    return _observations(doc, kept)


def _observations(doc: Document, cands: list[Candidate]) -> list[Observation]:
    out: list[Observation] = []
    seen: set[str] = set()
    for c in cands:
        for kind, type_start in c.types:
            lo, hi = _evidence_range(c, type_start if len(c.types) > 1 else c.start)
            if c.noun is None and c.value is None and len(c.types) == 1:
                cue = _cue_chain_before(doc, c, 1)
                lo = cue[0][1] if cue else lo
            span = doc.span(lo, hi)
            while span.key in seen and hi < len(doc.tokens):
                hi += 1
                span = doc.span(lo, hi)
            seen.add(span.key)
            c.keys[kind] = span.key
    for c in cands:
        parent_key = None
        if c.parent is not None:
            parent_key = c.parent.keys.get(c.types[0][0]) or next(iter(
                v for k, v in c.parent.keys.items() if k != "extended_end"), None)
        for kind, _ in c.types:
            key = c.keys[kind]
            start, end = (int(x) for x in key.split("-"))
            low, best, high = bounds(c.qualifier, c.value)
            out.append(Observation(
                key=key, casualty_type=kind, qualifier=c.qualifier, low=low, best=best,
                high=high, status=c.status, evidence=Span(start, end),
                evidence_text=doc.bulletin.text[start:end], group=c.group, part_of=parent_key,
                cumulative=c.cumulative, in_title=c.in_title, victim_actors=tuple(c.victims),
                perpetrators=tuple(c.perpetrators), places=tuple(c.places), period=c.period,
                event=c.event,
            ))
    out.sort(key=lambda o: (o.evidence.start, o.evidence.end))
    return out
