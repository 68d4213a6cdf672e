"""``laip-monitor explain SLUG``: the latest verdict of every section, with its evidence.

Municipal officers read it: Spanish by default, in the words of the weekly e-mail
(``--lang en`` for the stored English reasons). One block per section, so that nothing is cut
at any terminal width.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from rich.markup import escape

from monitor.cli.app import app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    ConfigOption,
    DbOption,
    JsonOption,
    iso,
    load,
    open_db,
    percent,
    print_json,
    short_time,
    stderr,
    stdout,
)
from monitor.compliance.catalog import Catalog, load_catalog
from monitor.errors import ConfigError
from monitor.report import spanish
from monitor.report.reasons import spanish_reason
from monitor.report.sections import STATUS_LABELS, section_info
from monitor.store import repo
from monitor.store.crawls import PortalCompliance, latest_compliance
from monitor.store.models import CrawlRun
from monitor.store.reviews import EffectiveSection, effective_sections

if TYPE_CHECKING:
    from monitor.store.evidence import EvidenceSummary

STYLE = {
    "ok": "green",
    "outdated": "yellow",
    "empty": "yellow",
    "broken": "red",
    "missing": "red",
    "not_applicable": "dim",
    "unknown": "magenta",
}
SectionOption = Annotated[
    str | None,
    typer.Option(
        "--section",
        "-s",
        help="Only this section: 'art10.n08', 'n08' or '8'.",
        show_default=False,
    ),
]
Lang = Literal["es", "en"]
LangOption = Annotated[
    str,
    typer.Option("--lang", help="Language of statuses and reasons: es (default) or en."),
]
WORDS: dict[str, dict[Lang, str]] = {
    "score": {"es": "puntaje", "en": "score"},
    "weighted": {"es": "ponderado", "en": "weighted"},
    "catalogue": {"es": "catálogo", "en": "catalogue"},
    "crawled": {"es": "revisado", "en": "crawled"},
    "pages": {"es": "páginas", "en": "pages"},
    "since": {"es": "desde", "en": "since"},
    "newest": {"es": "fecha más reciente", "en": "newest date"},
    "found": {"es": "encontrado como", "en": "found as"},
    "reason": {"es": "motivo", "en": "reason"},
    "stopped": {"es": "la revisión terminó antes: ", "en": "crawl stopped early: "},
    "judge": {"es": "revisión automática", "en": "judge"},
    "corrected": {
        "es": "puntaje con las correcciones de supervisión; el de la revisión automática: ",
        "en": "score with oversight corrections; the judge's own: ",
    },
    "archived": {"es": "evidencia archivada (WARC)", "en": "evidence archived (WARC)"},
}


def section_id(value: str, catalog: Catalog) -> str:
    """The catalogue id meant by ``value`` ('8', 'n08', 'art10.n08'); BadParameter otherwise."""
    text = value.strip().lower()
    found = re.fullmatch(r"(?:art10\.)?n?0*([1-9]|[12][0-9])", text)
    wanted = f"art10.n{int(found.group(1)):02d}" if found else text
    try:
        return catalog.entry(wanted).id
    except KeyError:
        raise typer.BadParameter(
            f"no section {value!r} in the catalogue", param_hint="--section"
        ) from None


@app.command()
def explain(
    slug: Annotated[str, typer.Argument(help="The portal's slug, as in the config.")],
    section: SectionOption = None,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
    lang: LangOption = "es",
) -> None:
    """Show why each LAIP Article 10 section of a portal got its latest verdict."""
    if lang not in ("es", "en"):
        raise typer.BadParameter(f"{lang!r} is not es or en", param_hint="--lang")
    # The evidence archive's packages (WARC reading) load with the commands that read it.
    from monitor.store.evidence import evidence_summary, section_record_ids

    language: Lang = "es" if lang == "es" else "en"
    catalog = load_catalog()
    wanted = section_id(section, catalog) if section else None
    settings = load(config, db)
    archive: EvidenceSummary | None = None
    judge_score: float | None = None
    records: dict[str, int] = {}
    with open_db(settings) as factory, factory() as session:
        portal_id = repo.portal_ids(session, [slug]).get(slug)
        verdicts = [] if portal_id is None else effective_sections(session, portal_id, wanted)
        summary = latest_compliance(session).get(slug)
        if summary is not None and summary.crawl_id is not None:
            archive = evidence_summary(session, summary.crawl_id)
            run = session.get(CrawlRun, summary.crawl_id)
            judge_score = run.score if run is not None else None
        for verdict in verdicts:
            ids = section_record_ids(session, verdict.crawl_id, verdict.section_id)
            if ids is not None:
                records[verdict.section_id] = len(ids)
    where = None if archive is None else settings.evidence_dir() / archive.warc_file
    known = [portal.slug for portal in settings.portals]
    if not verdicts and slug not in known:
        raise ConfigError(
            f"{config}: no portal {slug!r} in the registry (known: {', '.join(known) or 'none'})"
        )
    if json:
        payload = _payload(slug, summary, verdicts, records)
        payload["judge_score"] = judge_score
        payload["evidence"] = (
            None
            if archive is None
            else {
                "warc_file": str(where),
                "bytes": archive.bytes_written,
                "responses": archive.responses,
                "revisits": archive.revisits,
                "export": f"laip-monitor evidence {slug} --out {slug}.warc.gz",
            }
        )
        print_json(payload)
        return
    if not verdicts:
        stderr.print(
            f"No compliance crawl recorded for {slug!r} yet: run "
            f"'laip-monitor check --config {config} --portal {slug}'.",
            markup=False,
        )
        raise typer.Exit(1)
    _print(slug, summary, verdicts, language)
    if any(verdict.corrected for verdict in verdicts):
        pct = spanish.percent if language == "es" else percent
        _say(WORDS["corrected"][language] + pct(judge_score), indent="")
    if archive is not None:
        _say(
            f"{WORDS['archived'][language]}: {where} ({archive.responses} + {archive.revisits} "
            f"revisits); laip-monitor evidence {slug} --out FILE.warc.gz",
            indent="",
        )


def _print(
    slug: str,
    summary: PortalCompliance | None,
    verdicts: list[EffectiveSection],
    lang: Lang,
) -> None:
    def w(key: str) -> str:
        return WORDS[key][lang]

    score = summary.score if summary else None
    pct = spanish.percent if lang == "es" else percent
    head = f"{slug} — {w('score')} {pct(score)}"
    if summary is not None:
        head += (
            f", {w('weighted')} {pct(summary.weighted_score)}; {w('catalogue')} "
            f"{summary.catalog_version}; {w('crawled')} {short_time(summary.crawled_at)} UTC, "
            f"{summary.crawled_pages} {w('pages')}"
        )
    _say(head, indent="", bold=slug)
    if summary is not None and (summary.error or summary.stop_reason):
        detail = summary.error or w("stopped") + str(summary.stop_reason)
        _say(spanish_reason(detail) if lang == "es" else detail, indent="")
    for verdict in verdicts:
        info = section_info(verdict.section_id)
        status = (
            STATUS_LABELS.get(verdict.status, verdict.status) if lang == "es" else verdict.status
        )
        stdout.print()
        _say(f"{verdict.section_id} · {_title(info.title, info.numeral)}", indent="",
             bold=verdict.section_id)  # fmt: skip
        line = f"{status} {w('since')} {short_time(verdict.since)} UTC"
        if verdict.last_updated is not None:
            when = (
                spanish.period(verdict.last_updated, verdict.last_updated_precision)
                if lang == "es"
                else _english_period(verdict)
            )
            line += f" · {w('newest')}: {when}"
        _say(line, style=(status, STYLE.get(verdict.status, "white")))
        if verdict.correction is not None:
            judged = (
                STATUS_LABELS.get(verdict.judge_status, verdict.judge_status)
                if lang == "es"
                else verdict.judge_status
            )
            _say(f"{verdict.correction.describe_es()} ({w('judge')}: {judged})")
        if verdict.label:
            _say(f"{w('found')} «{verdict.label}»")
        if verdict.url:
            stdout.print(f"  {escape(verdict.url)}", soft_wrap=True)
        _say(f"{w('reason')}: {spanish_reason(verdict.reason) if lang == 'es' else verdict.reason}")


def _say(
    text: str, *, indent: str = "  ", bold: str = "", style: tuple[str, str] | None = None
) -> None:
    """Print ``text`` wrapped at the terminal width, never inside a date or a long word."""
    protected = _UNBREAKABLE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)
    lines = textwrap.wrap(
        protected,
        width=max(stdout.width, 40),
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    for number, line in enumerate(lines):
        shown = escape(line.replace("\u00a0", " "))
        if number == 0 and bold and bold in shown:
            shown = shown.replace(escape(bold), f"[bold]{escape(bold)}[/]", 1)
        if number == 0 and style is not None and escape(style[0]) in shown:
            shown = shown.replace(escape(style[0]), f"[{style[1]}]{escape(style[0])}[/]", 1)
        stdout.print(shown, soft_wrap=True)


_UNBREAKABLE = re.compile(
    r"(?:\d{1,2} de )?(?:" + "|".join(spanish.MONTHS) + r") de \d{4}"
    r"|\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?: UTC)?"
)


def _title(title: str, numeral: int | None) -> str:
    return f"Numeral {numeral}: {title}" if numeral is not None else title


def _english_period(verdict: EffectiveSection) -> str:
    day = verdict.last_updated
    assert day is not None
    if verdict.last_updated_precision == "year":
        return str(day.year)
    if verdict.last_updated_precision == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def _payload(
    slug: str,
    summary: PortalCompliance | None,
    verdicts: list[EffectiveSection],
    records: dict[str, int],
) -> dict[str, Any]:
    return {
        "slug": slug,
        "score": summary.score if summary else None,
        "weighted_score": summary.weighted_score if summary else None,
        "catalog_version": summary.catalog_version if summary else None,
        "crawled_at": iso(summary.crawled_at) if summary else None,
        "crawled_pages": summary.crawled_pages if summary else None,
        "stop_reason": summary.stop_reason if summary else None,
        "error": summary.error if summary else None,
        "sections": [
            verdict.to_json() | {"evidence_records": records.get(verdict.section_id)}
            for verdict in verdicts
        ],
    }
