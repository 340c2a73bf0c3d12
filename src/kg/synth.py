"""Synthetic SOHR-like bulletins for scale tests and benchmarks (never for publication).

The templates are our own Arabic sentences exercising what the extractor must handle: a title
that repeats a body count, counts with qualifiers (على الأقل، أكثر من، نحو، ما لا يقل عن),
number words, sub-counts with بينهم, running totals (وبذلك يرتفع إلى), wounded and missing
counts, places and actors from the gazetteer (``ontology/gazetteer/*.csv``) and dates relative
to the publication date across 2012–2024.

Output is deterministic for a seed, and bulletin ``i`` depends only on (seed, i): generating
2,000 bulletins gives the first 1,000 of 1,000 unchanged, which incremental builds rely on.

>>> a = list(generate(3, seed=7)); b = list(generate(3, seed=7))
>>> a == b and a[0]["id"] == "synth-7-0000000" and "published" in a[0]
True
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from kg.gazetteer import DEFAULT_DIR, Gazetteer, load_gazetteer

PER_FILE = 1000  # bulletins per .jsonl file

_MONTHS = ("كانون الثاني / يناير", "شباط / فبراير", "آذار / مارس", "نيسان / أبريل",
           "أيار / مايو", "حزيران / يونيو", "تموز / يوليو", "آب / أغسطس",
           "أيلول / سبتمبر", "تشرين الأول / أكتوبر", "تشرين الثاني / نوفمبر",
           "كانون الأول / ديسمبر")
_WORDS = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة",
          10: "عشرة"}
_PLACE_NOUN = {"City": "مدينة", "Town": "بلدة", "Village": "قرية", "Neighbourhood": "حي"}
_COMBATANT_SIDES = ("regime-forces", "pro-regime-militias", "ndf", "hts", "faylaq-al-rahman",
                    "ahrar-al-sham", "jaysh-al-islam", "isis", "sdf", "ypg", "turkish-forces")
_STRIKERS = ("regime-air-force", "russian-air-force", "turkish-air-force",
             "international-coalition")
_WEAPONS = ("قصف صاروخي", "قصف مدفعي", "غارات جوية", "استهداف بالطائرات المسيرة")
_BATTLES = ("اشتباكات عنيفة", "معارك متواصلة", "هجوم مباغت", "اشتباكات متقطعة")


class _Writer:
    """One bulletin: picks phrases with its own random generator."""

    def __init__(self, rng: random.Random, gaz: Gazetteer, published: date) -> None:
        self.rng, self.gaz, self.published = rng, gaz, published
        self.places = sorted(p for p, e in gaz.places.items() if e.place_class in _PLACE_NOUN)
        self.sides = [a for a in _COMBATANT_SIDES if a in gaz.actors]
        self.strikers = [a for a in _STRIKERS if a in gaz.actors]

    def actor(self, pool: list[str]) -> str:
        return self.gaz.actors[self.rng.choice(pool)].label_ar

    def place(self) -> str:
        e = self.gaz.places[self.rng.choice(self.places)]
        phrase = f"{_PLACE_NOUN[e.place_class]} {e.label_ar}"
        parent = self.gaz.places.get(e.parent or "")
        if parent is not None and parent.place_class in ("City", "Region"):
            phrase += f" ب{parent.label_ar}" if parent.label_ar.startswith("ريف") \
                else f" في {parent.label_ar}"
        return phrase

    def number(self, low: int, high: int) -> str:
        n = self.rng.randint(low, high)
        if n in _WORDS and self.rng.random() < 0.25:
            return _WORDS[n]
        return str(n)

    def qualifier(self) -> tuple[str, str]:
        """(before the number, after the noun) – most counts are plain."""
        return self.rng.choice([("", ""), ("", ""), ("", ""), ("", " على الأقل"),
                                ("أكثر من ", ""), ("نحو ", ""), ("ما لا يقل عن ", "")])

    def when(self) -> str:
        back = self.rng.choice([0, 0, 1, 2, 3])
        if back == 0:
            return "اليوم"
        if back == 1:
            return "يوم أمس"
        day = self.published - timedelta(days=back)
        if day.month != self.published.month:
            return "اليوم"
        return f"في الـ {day.day} من {_MONTHS[day.month - 1]} الجاري"

    def combat(self) -> tuple[str, str, int]:
        side, enemy = self.rng.sample(self.sides, 2)
        n = self.rng.randint(2, 40)
        before, after = self.qualifier()
        sentence = (f"وثق المرصد السوري لحقوق الإنسان مقتل {before}{n} عناصر{after} من "
                    f"{self.gaz.actors[side].label_ar} {self.when()}، خلال "
                    f"{self.rng.choice(_BATTLES)} مع {self.gaz.actors[enemy].label_ar} في "
                    f"محيط {self.place()}")
        if n > 6 and self.rng.random() < 0.4:
            sentence += f"، بينهم {self.rng.randint(1, min(5, n - 1))} ضباط"
        title = f"مقتل {n} عناصر من {self.gaz.actors[side].label_ar} في {self.place()}"
        return sentence + ".", title, n

    def strike(self) -> tuple[str, str, int]:
        n = self.rng.randint(2, 30)
        before, after = self.qualifier()
        sentence = (f"استشهد {before}{n} مواطنين{after} {self.when()} جراء "
                    f"{self.rng.choice(_WEAPONS)} من قبل {self.actor(self.strikers)} على "
                    f"{self.place()}")
        if n > 4 and self.rng.random() < 0.5:
            children = self.rng.randint(1, n // 2)
            sentence += f"، بينهم {children} أطفال"
        title = f"استشهاد {n} مواطنين بقصف على {self.place()}"
        return sentence + ".", title, n

    def wounded(self) -> str:
        return f"كما أصيب {self.number(3, 25)} آخرين بجراح متفاوتة الخطورة."

    def missing(self) -> str:
        return (f"فيما لا يزال {self.number(3, 9)} مواطنين في عداد المفقودين بعد "
                f"{self.rng.choice(_WEAPONS)} على {self.place()}.")

    def running_total(self, base: int) -> str:
        total = base + self.rng.randint(10, 400)
        start = self.published - timedelta(days=self.rng.randint(5, 60))
        return (f"وبذلك يرتفع إلى {total} عدد القتلى الذين وثقهم المرصد السوري منذ بدء "
                f"التصعيد في الـ {start.day} من {_MONTHS[start.month - 1]} من العام "
                f"{start.year}.")

    def lone_death(self) -> str:
        return (f"كذلك قتل مقاتل من {self.actor(self.sides)} برصاص قناص في {self.place()} "
                f"{self.when()}.")

    def bulletin(self) -> tuple[str, str]:
        parts, titles, counts = [], [], []
        for _ in range(self.rng.randint(1, 3)):
            sentence, title, n = (self.combat() if self.rng.random() < 0.5 else self.strike())
            parts.append(sentence)
            titles.append(title)
            counts.append(n)
        extras = [self.wounded, self.missing, self.lone_death]
        for extra in self.rng.sample(extras, self.rng.randint(0, 2)):
            parts.append(extra())
        if self.rng.random() < 0.3:
            parts.append(self.running_total(sum(counts)))
        paragraphs = [" ".join(parts[i:i + 2]) for i in range(0, len(parts), 2)]
        return titles[0], "\n\n".join(paragraphs)


def generate(count: int, seed: int = 0, gazetteer: Path = DEFAULT_DIR) -> Iterator[dict]:
    """``count`` bulletin records (id, title, body, published, url, lang) for ``seed``."""
    gaz = load_gazetteer(Path(gazetteer))
    first, span = date(2012, 1, 1), (date(2024, 12, 31) - date(2012, 1, 1)).days
    for i in range(count):
        rng = random.Random(f"kg-synth:{seed}:{i}")
        published = first + timedelta(days=rng.randint(0, span))
        title, body = _Writer(rng, gaz, published).bulletin()
        bid = f"synth-{seed}-{i:07d}"
        yield {"id": bid, "title": title, "body": body, "published": published.isoformat(),
               "url": f"https://example.org/synthetic/{bid}", "lang": "ar"}


def write_corpus(out: Path, count: int, seed: int = 0, per_file: int = PER_FILE) -> list[Path]:
    """Write ``count`` bulletins as ``out/synth-NNNN.jsonl`` files; returns the files."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    handle = None
    try:
        for i, rec in enumerate(generate(count, seed)):
            if i % per_file == 0:
                if handle:
                    handle.close()
                files.append(out / f"synth-{i // per_file:04d}.jsonl")
                handle = files[-1].open("w", encoding="utf-8")
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if handle:
            handle.close()
    return files


__all__ = ["generate", "write_corpus"]
