"""The timeline at ``/timeline``: people reported killed per day or month, by side or status.

The numbers come from the saved query ``sparql/deaths-by-side-and-month.rq`` (the one rule
against double counting: sub-counts, running totals and title repeats are left out of sums).
Per day, the same query is used with its month key (``SUBSTR(…, 1, 7)``) widened to the
date (``SUBSTR(…, 1, 10)``), so the two views can never drift apart. ``/timeline.json`` gives
the rows, ``/timeline.rq`` the query text; the page links both and the query UI.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, jsonify, render_template, request

from kg.web import public, view

bp = Blueprint("timeline", __name__)

SAVED = "deaths-by-side-and-month"
PERIODS = ("month", "day")
_MONTH_KEY = ", 1, 7)"
_DAY_KEY = ", 1, 10)"
NUMBERS = ("killed", "killedAtLeast", "observations", "vagueCounts", "largestRunningTotal")


def query_text(per: str = "month") -> str:
    """The SPARQL behind the timeline, per ``month`` or ``day``.

    Raises ValueError for another ``per`` and LookupError when the saved query is missing or
    no longer has the month key this rewrites.
    """
    from kg.web.ui import saved_query

    if per not in PERIODS:
        raise ValueError(f"per must be one of {', '.join(PERIODS)}")
    saved = saved_query(SAVED)
    if saved is None:
        raise LookupError(f"sparql/{SAVED}.rq is missing")
    if per == "month":
        return saved.text
    if saved.text.count(_MONTH_KEY) != 3 or '"spans months"' not in saved.text:
        raise LookupError(f"sparql/{SAVED}.rq changed: the per-day rewrite needs updating")
    text = saved.text.replace(_MONTH_KEY, _DAY_KEY).replace('"spans months"', '"spans days"')
    return "# Per day: the saved query with its month key widened to the date.\n" + text


def rows(store: object, per: str = "month") -> list[dict[str, object]]:
    """One dict per (period, status, affiliation) with the counts of :data:`NUMBERS`."""
    out = []
    for row in store.query(query_text(per), use_default_graph_as_union=True):
        # An empty GROUP_CONCAT (no affiliation stated) comes back unbound from pyoxigraph,
        # so the query's own "(not stated)" default never applies: apply it here.
        affiliation = row["affiliation"].value if row["affiliation"] else "(not stated)"
        item: dict[str, object] = {"period": row["month"].value, "status": row["status"].value,
                                   "affiliation": affiliation}
        for name in NUMBERS:
            item[name] = int(float(row[name].value)) if row[name] is not None else 0
        out.append(item)
    return out


def _per() -> str:
    per = request.args.get("per", "month")
    if per not in PERIODS:
        abort(400, description=f"per must be one of {', '.join(PERIODS)}")
    return per


@bp.route("/timeline.json")
def timeline_json() -> Response:
    """The rows, with links to the query behind them."""
    per = _per()
    store = public.view()
    return jsonify(per=per, rows=rows(store, per), query=view.query_link(query_text(per)),
                   rq=f"/timeline.rq?per={per}")


@bp.route("/timeline.rq")
def timeline_rq() -> Response:
    """The query text itself."""
    # text/plain so a browser shows it instead of downloading it.
    return Response(query_text(_per()), mimetype="text/plain")


@bp.route("/timeline")
def timeline_page() -> Response:
    """The chart; the data is fetched from ``/timeline.json``."""
    per = _per()
    page = render_template("timeline.html", per=per, query=view.query_link(query_text(per)))
    return Response(page, mimetype="text/html")
