"""Date expressions resolved against the publication date, with their precision."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import infer_published, parse_date
from kg.extract.normalize import normalize
from kg.extract.tokens import tokenize

PUB = date(2017, 3, 25)


@pytest.mark.parametrize(("phrase", "published", "start", "end", "precision"), [
    ("فجر الـ 19 من آذار / مارس الجاري من العام 2017", None,
     date(2017, 3, 19), date(2017, 3, 19), "day"),
    ("الـ 19 من آذار الجاري", PUB, date(2017, 3, 19), date(2017, 3, 19), "day"),
    ("الشهر الجاري", PUB, date(2017, 3, 1), date(2017, 3, 31), "month"),
    ("أمس", PUB, date(2017, 3, 24), date(2017, 3, 24), "day"),
    ("مساء أمس الخميس", PUB, date(2017, 3, 24), date(2017, 3, 24), "day"),
    ("أمس الأول", PUB, date(2017, 3, 23), date(2017, 3, 23), "day"),
    ("في الثاني من آذار / مارس من العام الجاري 2017", None,
     date(2017, 3, 2), date(2017, 3, 2), "day"),
    ("الـ 7 من شباط الفائت", PUB, date(2017, 2, 7), date(2017, 2, 7), "day"),
    ("الـ 12 من كانون الأول الفائت", PUB, date(2016, 12, 12), date(2016, 12, 12), "day"),
    ("الـ 3 من تشرين الثاني / نوفمبر 2016", None,
     date(2016, 11, 3), date(2016, 11, 3), "day"),
    ("منذ شهر تموز 2018", None, date(2018, 7, 1), date(2018, 7, 31), "month"),
    ("يناير 2019", None, date(2019, 1, 1), date(2019, 1, 31), "month"),
    ("العام 2014", None, date(2014, 1, 1), date(2014, 12, 31), "year"),
    ("Sunday the 19th of March 2017", None, date(2017, 3, 19), date(2017, 3, 19), "day"),
])
def test_parse_date(phrase: str, published: date | None, start: date, end: date,
                    precision: str) -> None:
    period = parse_date(phrase, published)
    assert period is not None
    assert (period.start, period.end, period.precision) == (start, end, precision)


def test_bare_month_word_is_not_a_date() -> None:
    assert parse_date("زار اب الضحية المكان") is None


def test_infer_published_from_today_clause() -> None:
    text = ("بدأت المعارك في الـ 4 من أيار / مايو من العام 2019، ورصد المرصد المعارك منذ "
            "الـ 4 من أيار الجاري وحتى اليوم الـ 9 من الشهر ذاته")
    assert infer_published(tokenize(normalize(text).text)) == date(2019, 5, 9)


def test_no_date_no_inference() -> None:
    assert infer_published(tokenize(normalize("قتل 3 عناصر").text)) is None
