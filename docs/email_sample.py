"""Regenerate ``docs/email-sample.png``: a realistic weekly e-mail rendered by headless Chromium.

Usage: ``.venv/bin/python docs/email_sample.py`` (needs the ``chromium`` package and Pillow).
The portal, its figures and its verdicts are a made-up but typical week.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

from monitor.config import Config
from monitor.report.email import render_summary
from monitor.report.periods import Week
from monitor.report.reasons import spanish_reason
from monitor.report.sections import section_info
from monitor.report.weekly import Incident, SectionImprovement, SectionIssue, WeeklySummary

OUT = Path(__file__).with_name("email-sample.png")
URL = "https://munipoptun.example.gt/"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def issue(
    section: str,
    status: str,
    page: str,
    label: str,
    found: dt.datetime,
    *,
    last_updated: dt.date | None = None,
    precision: str | None = None,
    reason: str = "",
    new: bool = False,
) -> SectionIssue:
    info = section_info(section)
    return SectionIssue(
        section_id=section,
        reference=info.reference,
        title=info.title,
        requirement=info.requirement,
        update=info.update,
        status=status,
        reason=reason,
        url=URL + page,
        label=label,
        last_updated=last_updated,
        last_updated_precision=precision,
        found_at=found,
        new_this_week=new,
        required=info.required,
        detail=spanish_reason(reason),
    )


def sample() -> WeeklySummary:
    week = Week.parse("2026-W47")
    now = utc(2026, 11, 23, 13)
    return WeeklySummary(
        week=week,
        generated_at=now,
        slug="munipoptun",
        name="Municipalidad de Poptún",
        department="Petén",
        url=URL,
        contacts=("uip@munipoptun.example.gt",),
        has_history=True,
        uptime=0.9941,
        downtime=dt.timedelta(minutes=59),
        incidents=(
            Incident(
                utc(2026, 11, 18, 15, 20),
                utc(2026, 11, 18, 15, 55),
                "timeout",
                dt.timedelta(minutes=35),
                False,
                False,
            ),
            Incident(
                utc(2026, 11, 21, 2, 10),
                utc(2026, 11, 21, 2, 34),
                "http_status",
                dt.timedelta(minutes=24),
                False,
                False,
            ),
        ),  # fmt: skip
        response_median=0.84,
        response_p95=2.31,
        tls_expires_at=utc(2026, 12, 5, 18),
        score=0.72,
        previous_score=0.65,
        crawled_at=utc(2026, 11, 22, 9),
        sections_checked=29,
        issues=(
            issue(
                "art10.n12",
                "broken",
                "transparencia/numeral-12",
                "Numeral 12 - Viajes",
                utc(2026, 11, 20, 9),
                reason="1 document(s) fail to open (Viajes Noviembre 2026.pdf: HTTP 404)",
                new=True,
            ),
            issue(
                "art10.n04",
                "outdated",
                "transparencia/numeral-4",
                "Numeral 4 - Remuneraciones",
                utc(2026, 9, 1, 9),
                last_updated=dt.date(2026, 8, 31),
                precision="month",
                reason="holds 3 document(s); newest date 2026-08 is too old for a monthly item",
            ),
            issue(
                "art10.n08",
                "missing",
                "transparencia/",
                "Información pública de oficio",
                utc(2026, 10, 6, 9),
                reason="not found on any of the 41 pages read",
            ),
            issue(
                "extra.comude",
                "missing",
                "transparencia/",
                "Información pública de oficio",
                utc(2026, 10, 6, 9),
                reason="not found on any of the 41 pages read",
            ),
        ),  # fmt: skip
        status_counts=(
            ("ok", 21),
            ("broken", 1),
            ("outdated", 1),
            ("missing", 1),
            ("not_applicable", 5),
        ),  # fmt: skip
        improved=(
            SectionImprovement(
                "art10.n01", "Art. 10, numeral 1", section_info("art10.n01").title, "missing"
            ),
        ),
    )


def main() -> None:
    html = render_summary(sample(), Config(), "uip@munipoptun.example.gt").html
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "sample.html"
        page.write_text(html, encoding="utf-8")
        raw = Path(tmp) / "raw.png"
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
             f"--user-data-dir={tmp}/profile", "--window-size=720,2400",
             f"--screenshot={raw}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        with Image.open(raw) as image:
            rgb = image.convert("RGB")
            background = Image.new("RGB", rgb.size, rgb.getpixel((0, rgb.height - 1)))
            box = ImageChops.difference(rgb, background).getbbox()
            assert box is not None, "blank screenshot"
            rgb.crop((0, 0, rgb.width, min(rgb.height, box[3] + 24))).save(OUT, optimize=True)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
