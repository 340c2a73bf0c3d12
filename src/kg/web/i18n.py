"""The page language: English or Arabic, chosen by ``?lang=`` and remembered in a cookie.

Pages read :func:`language`; templates get ``page_lang``, ``page_dir`` (``rtl`` for Arabic),
``t(key)`` for the few fixed words a page shows, and ``lang_url(code)`` for the switch.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, Response, request

LANGUAGES = ("en", "ar")
COOKIE = "kg_lang"
# The fixed words of the pages, per language. Data (labels, bulletin text) is never here.
MESSAGES: dict[str, dict[str, str]] = {
    "home": {"en": "Home", "ar": "الرئيسية"},
    "query": {"en": "Query", "ar": "استعلام"},
    "endpoint": {"en": "SPARQL endpoint", "ar": "نقطة SPARQL"},
    "dumps": {"en": "Dumps", "ar": "ملفات التنزيل"},
    "ontology": {"en": "Ontology", "ar": "الأنطولوجيا"},
    "map": {"en": "Map", "ar": "الخريطة"},
    "timeline": {"en": "Timeline", "ar": "الخط الزمني"},
    "statements": {"en": "Statements", "ar": "العبارات"},
    "evidence_in": {"en": "Evidence in", "ar": "الدليل في"},
    "referenced_by": {"en": "Referenced by", "ar": "مشار إليه من"},
    "also_as": {"en": "Also as", "ar": "متاح أيضاً بصيغة"},
    "count": {"en": "Count", "ar": "العدد"},
}


def language() -> str:
    """The request's page language: ``?lang=``, else the cookie, else English."""
    for value in (request.args.get("lang"), request.cookies.get(COOKIE)):
        if value in LANGUAGES:
            return value
    return "en"


def message(key: str, lang: str | None = None) -> str:
    """A fixed word of the pages in ``lang`` (default: the request's)."""
    return MESSAGES[key][lang or language()]


def _lang_url(code: str) -> str:
    args = {k: v for k, v in request.args.items() if k != "lang"}
    return request.path + "?" + urlencode({**args, "lang": code})


def _context() -> dict[str, object]:
    lang = language()
    return {"page_lang": lang, "page_dir": "rtl" if lang == "ar" else "ltr",
            "t": lambda key: message(key, lang), "lang_url": _lang_url}


def _remember(response: Response) -> Response:
    chosen = request.args.get("lang")
    if chosen in LANGUAGES and request.cookies.get(COOKIE) != chosen:
        # A preference only (never credentials): Lax, and readable for a year.
        response.set_cookie(COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax")
    return response


def install(app: Flask) -> None:
    """Give every template the page language and remember a chosen one."""
    app.context_processor(_context)
    app.after_request(_remember)
