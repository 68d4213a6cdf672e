"""The Grafana dashboards, built with grafana-foundation-sdk (Grafana's typed builders).

``python -m monitor.dashboards`` writes ``dashboards/resumen.json`` and ``dashboards/portal.json``;
a test checks that the committed files equal what this module builds. Everything people read is
Spanish: municipality names and section titles come from the info metrics
(``laip_portal_info``, ``laip_section_info``) joined in PromQL, statuses are named in the words of
the weekly e-mail, and freshness is coloured by the section's verdict, not by its age alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import (
    bargauge,
    prometheus,
    stat,
    statetimeline,
    table,
    timeseries,
)
from grafana_foundation_sdk.builders import common as common_builders
from grafana_foundation_sdk.builders import dashboard as builders
from grafana_foundation_sdk.cog.builder import Builder
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common, dashboard
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

from monitor.compliance.status import STATUS_CODES
from monitor.report.sections import STATUS_LABELS

OUT = Path(__file__).resolve().parent.parent / "dashboards"
DATASOURCE = dashboard.DataSourceRef(type_val="prometheus", uid="${datasource}")
NAME = "* on (portal) group_left (name) laip_portal_info"
TITLE = "* on (section) group_left (title, numeral) laip_section_info"
STATUS_COLORS = {
    "ok": "green",
    "outdated": "orange",
    "empty": "yellow",
    "broken": "red",
    "missing": "dark-red",
    "not_applicable": "text",
    "unknown": "purple",
}
PROBE_CLASSES = {
    "dns": "nombre no resuelto (DNS)",
    "connect": "sin conexión",
    "timeout": "tiempo agotado",
    "tls": "certificado (TLS)",
    "blocked": "acceso bloqueado",
    "http_status": "error HTTP",
    "redirect_loop": "redirecciones sin fin",
    "invalid_response": "respuesta inválida",
    "placeholder": "página que no es el portal",
    "monitor_offline": "monitor sin red",
    "monitor_error": "falla del propio monitor",
}
JOB_KINDS = {
    "probe": "sondeo",
    "crawl": "revisión de cumplimiento",
    "report": "resumen semanal",
    "retry": "reintento de correos",
    "retention": "retención",
    "export": "datos abiertos",
}
ANALYSIS_OUTCOMES = {
    "new": "contenido cambiado: analizado de nuevo",
    "kept": "sin cambios: análisis guardado",
}
CRAWL_SKIP_REASONS = {
    "portal_down": "portal caído (no se juzga)",
    "database_down": "base de datos caída",
    "disabled": "revisión desactivada",
}

Panel = Builder[dashboard.Panel]


def query(
    expr: str, legend: str = "__auto", ref: str = "A", *, instant: bool = True, tab: bool = False
) -> prometheus.Dataquery:
    """A Prometheus target on the dashboard's datasource variable."""
    built = prometheus.Dataquery().expr(expr).legend_format(legend).ref_id(ref)
    built = built.datasource(DATASOURCE)
    built = built.instant() if instant else built.range()
    if tab:
        built = built.format(PromQueryFormat.TABLE)
    return built


def at(x: int, y: int, w: int, h: int) -> dashboard.GridPos:
    return dashboard.GridPos(h=h, w=w, x=x, y=y)


def steps(*pairs: tuple[float | None, str]) -> builders.ThresholdsConfig:
    return (
        builders.ThresholdsConfig()
        .mode(dashboard.ThresholdsMode.ABSOLUTE)
        .steps([dashboard.Threshold(value=value, color=color) for value, color in pairs])
    )


def value_map(texts: dict[int, tuple[str, str]]) -> list[dashboard.ValueMapping]:
    """Numbers shown as words, each with its colour."""
    return [
        dashboard.ValueMap(
            options={
                str(value): dashboard.ValueMappingResult(text=text, color=color, index=index)
                for index, (value, (text, color)) in enumerate(sorted(texts.items()))
            }
        )
    ]


def status_mapping() -> list[dashboard.ValueMapping]:
    """``laip_section_status`` codes as the e-mail names the statuses."""
    return value_map(
        {
            code: (STATUS_LABELS[status], STATUS_COLORS[status])
            for status, code in STATUS_CODES.items()
        }
    )


def rename(names: dict[str, str]) -> list[dashboard.DynamicConfigValue]:
    return [dashboard.DynamicConfigValue(id_val="displayName", value=names)]


def display(name: str) -> list[dashboard.DynamicConfigValue]:
    return [dashboard.DynamicConfigValue(id_val="displayName", value=name)]


def by_name(names: dict[str, str]) -> list[Builder[dashboard.DashboardFieldConfigSourceOverrides]]:
    """Show each series named by a label value (``{{outcome}}``) in Spanish."""
    return [
        builders.DashboardFieldConfigSourceOverrides()
        .matcher(dashboard.MatcherConfig(id_val="byName", options=raw))
        .properties(display(spanish))
        for raw, spanish in names.items()
    ]


def hourly_counts(
    title: str,
    description: str,
    grid: dashboard.GridPos,
    names: dict[str, str],
    *targets: prometheus.Dataquery,
) -> timeseries.Panel:
    """A panel of counts over the last hour, each series named in Spanish by ``names``."""
    panel = (
        timeseries.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .grid_pos(grid)
        .decimals(0)
    )
    for target in targets:
        panel = panel.with_target(target)
    return panel.overrides(by_name(names))


def last_value() -> common_builders.ReduceDataOptions:
    return common_builders.ReduceDataOptions().calcs(["lastNotNull"]).values(False).fields("")


def all_values() -> common_builders.ReduceDataOptions:
    return common_builders.ReduceDataOptions().calcs(["lastNotNull"]).values(True).fields("")


def big_number(
    title: str, description: str, grid: dashboard.GridPos, *targets: prometheus.Dataquery
) -> stat.Panel:
    panel = (
        stat.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .grid_pos(grid)
        .reduce_options(last_value())
        .color_mode(common.BigValueColorMode.BACKGROUND)
        .graph_mode(common.BigValueGraphMode.NONE)
        .text_mode(common.BigValueTextMode.AUTO)
    )
    for target in targets:
        panel = panel.with_target(target)
    return panel


def organize(exclude: list[str], names: dict[str, str]) -> dashboard.DataTransformerConfig:
    return dashboard.DataTransformerConfig(
        id_val="organize",
        options={"excludeByName": dict.fromkeys(exclude, True), "renameByName": names},
    )


HIDDEN = ["Time", "__name__", "job", "instance", "portal", "section", "numeral"]


def resumen() -> builders.Dashboard:
    """LAIP — Resumen: the whole fleet, for oversight staff."""
    panels: list[Panel] = [
        big_number(
            "Portales arriba",
            "Portales cuyo último estado (tras los umbrales de confirmación) es «arriba».",
            at(0, 0, 4, 4),
            query("sum(laip_portal_up)", "arriba"),
        ).thresholds(steps((None, "green"))),
        big_number(
            "Portales caídos",
            "Portales cuyo último estado confirmado es «caído».",
            at(4, 0, 4, 4),
            query("sum(1 - laip_portal_up)", "caídos"),
        ).thresholds(steps((None, "green"), (1, "red"))),
        big_number(
            "Portales sin sondeo reciente",
            "Portales sin sondeo en más de tres intervalos: el monitor no los está viendo.",
            at(8, 0, 4, 4),
            query(
                "count(time() - laip_portal_last_probe_timestamp_seconds > 3 * "
                "scalar(max(laip_config_check_interval_seconds))) or vector(0)",
                "sin sondeo",
            ),
        ).thresholds(steps((None, "green"), (1, "orange"))),
        big_number(
            "Cumplimiento promedio",
            "Promedio del puntaje del Artículo 10 de los portales revisados.",
            at(12, 0, 4, 4),
            query("100 * avg(laip_portal_compliance_score)", "promedio"),
        )
        .unit("percent")
        .decimals(1)
        .thresholds(steps((None, "red"), (50, "orange"), (80, "green"))),
        big_number(
            "Correos enviados / fallidos",
            "Resúmenes semanales entregados y abandonados, desde siempre.",
            at(16, 0, 4, 4),
            query("laip_emails_sent_total", "enviados", "A"),
            query("laip_emails_failed_total", "fallidos", "B"),
        ).thresholds(steps((None, "blue"))),
        big_number(
            "Monitor",
            "1 cuando el monitor lee su base de datos y su planificador funciona.",
            at(20, 0, 4, 4),
            query("laip_database_up * laip_scheduler_running", "réplica {{instance}}"),
        )
        .mappings(value_map({0: ("con fallas", "red"), 1: ("funciona", "green")}))
        .thresholds(steps((None, "red"), (1, "green"))),
        table.Panel()
        .title("Disponibilidad por portal")
        .description(
            "Porcentaje del tiempo en que cada portal estuvo arriba (muestras de Prometheus)."
        )
        .datasource(DATASOURCE)
        .grid_pos(at(0, 4, 12, 10))
        .with_target(
            query(f"100 * avg_over_time(laip_portal_up[24h]) {NAME}", "24 h", "A", tab=True)
        )
        .with_target(query(f"100 * avg_over_time(laip_portal_up[7d]) {NAME}", "7 d", "B", tab=True))
        .with_target(
            query(f"100 * avg_over_time(laip_portal_up[30d]) {NAME}", "30 d", "C", tab=True)
        )
        .unit("percent")
        .decimals(2)
        .min(0)
        .max(100)
        .thresholds(steps((None, "red"), (95, "orange"), (99, "green")))
        .override_by_regexp(
            "24 h|7 d|30 d",
            [
                dashboard.DynamicConfigValue(
                    id_val="custom.cellOptions", value={"type": "color-background"}
                )
            ],
        )
        .cell_height(common.TableCellHeight.SM)
        .with_transformation(dashboard.DataTransformerConfig(id_val="merge", options={}))
        .with_transformation(
            organize(
                HIDDEN,
                {
                    "name": "Municipalidad",
                    "department": "Departamento",
                    "Value #A": "24 h",
                    "Value #B": "7 d",
                    "Value #C": "30 d",
                },
            )
        ),
        timeseries.Panel()
        .title("Tiempo de respuesta de la flota (mediana y p95)")
        .description("Tiempo de respuesta de los sondeos de todos los portales.")
        .datasource(DATASOURCE)
        .grid_pos(at(12, 4, 12, 10))
        .unit("s")
        .with_target(
            query(
                "histogram_quantile(0.5, sum by (le) "
                "(rate(laip_probe_duration_seconds_bucket[$__rate_interval])))",
                "mediana",
                "A",
                instant=False,
            )
        )
        .with_target(
            query(
                "histogram_quantile(0.95, sum by (le) "
                "(rate(laip_probe_duration_seconds_bucket[$__rate_interval])))",
                "95 % de los sondeos",
                "B",
                instant=False,
            )
        ),
        timeseries.Panel()
        .title("Portales más lentos (último sondeo)")
        .description("Los diez portales con el mayor tiempo de respuesta en su último sondeo.")
        .datasource(DATASOURCE)
        .grid_pos(at(0, 14, 8, 10))
        .unit("s")
        .with_target(
            query(f"topk(10, laip_portal_response_time_seconds {NAME})", "{{name}}", instant=False)
        ),
        bargauge.Panel()
        .title("Días restantes del certificado de seguridad (HTTPS)")
        .description("Los veinte certificados que vencen primero.")
        .datasource(DATASOURCE)
        .grid_pos(at(8, 14, 8, 10))
        .unit("d")
        .decimals(0)
        .reduce_options(all_values())
        .orientation(common.VizOrientation.HORIZONTAL)
        .display_mode(common.BarGaugeDisplayMode.BASIC)
        .thresholds(steps((None, "red"), (14, "orange"), (30, "green")))
        .with_target(
            query(
                "sort(bottomk(20, (laip_portal_tls_expiry_timestamp_seconds - time()) / 86400 "
                f"{NAME}))",
                "{{name}}",
            )
        ),
        bargauge.Panel()
        .title("Cumplimiento del Artículo 10 por portal")
        .description("Puntaje de la última revisión completa, de mayor a menor.")
        .datasource(DATASOURCE)
        .grid_pos(at(16, 14, 8, 10))
        .unit("percent")
        .decimals(0)
        .min(0)
        .max(100)
        .reduce_options(all_values())
        .orientation(common.VizOrientation.HORIZONTAL)
        .display_mode(common.BarGaugeDisplayMode.BASIC)
        .thresholds(steps((None, "red"), (50, "orange"), (80, "green")))
        .with_target(query(f"sort_desc(100 * laip_portal_compliance_score {NAME})", "{{name}}")),
        bargauge.Panel()
        .title("Secciones que más portales incumplen")
        .description(
            "Portales cuya sección está desactualizada, vacía, con enlace roto o no encontrada."
        )
        .datasource(DATASOURCE)
        .grid_pos(at(0, 24, 8, 14))
        .decimals(0)
        .reduce_options(all_values())
        .orientation(common.VizOrientation.HORIZONTAL)
        .display_mode(common.BarGaugeDisplayMode.BASIC)
        .thresholds(steps((None, "orange")))
        .with_target(
            query(
                "sort_desc(topk(15, sum by (section) ((laip_section_status >= bool 1) * "
                f"(laip_section_status <= bool 4)) {TITLE}))",
                "{{title}}",
            )
        ),
        table.Panel()
        .title("Estado por portal y numeral del Artículo 10")
        .description(
            "Cada celda es el veredicto de la última revisión, con las palabras del correo."
        )
        .datasource(DATASOURCE)
        .grid_pos(at(8, 24, 16, 14))
        .with_target(
            query(f'laip_section_status{{section=~"art10[.].*"}} {NAME} {TITLE}', tab=True)
        )
        .mappings(status_mapping())
        .thresholds(steps((None, "text")))
        .override_by_regexp(
            "^(?!Municipalidad).*",
            [
                dashboard.DynamicConfigValue(
                    id_val="custom.cellOptions", value={"type": "color-background"}
                )
            ],
        )
        .cell_height(common.TableCellHeight.SM)
        .with_transformation(
            dashboard.DataTransformerConfig(
                id_val="groupingToMatrix",
                options={
                    "columnField": "numeral",
                    "rowField": "name",
                    "valueField": "Value",
                    "emptyValue": "null",
                },
            )
        )
        .with_transformation(organize([], {"name\\numeral": "Municipalidad"})),
        hourly_counts(
            "Errores de sondeo por causa (por hora)",
            "Sondeos fallidos en la última hora, por causa.",
            at(0, 38, 12, 9),
            PROBE_CLASSES,
            query(
                "sum by (class) (increase(laip_probe_errors_total[1h]))", "{{class}}", instant=False
            ),
        ),
        timeseries.Panel()
        .title("Retraso del planificador (p90)")
        .description("Cuánto tarda en arrancar un trabajo respecto a su hora prevista.")
        .datasource(DATASOURCE)
        .grid_pos(at(12, 38, 12, 9))
        .unit("s")
        .with_target(
            query(
                "histogram_quantile(0.9, sum by (le, kind) "
                "(rate(laip_scheduler_job_lag_seconds_bucket[$__rate_interval])))",
                "{{kind}}",
                instant=False,
            )
        )
        .overrides(by_name(JOB_KINDS)),
        hourly_counts(
            "Revisiones de cumplimiento (por hora)",
            "Revisiones juzgadas en la última hora: las de un portal cuyo contenido cambió se "
            "analizan de nuevo; las de un portal sin cambios usan el análisis guardado. "
            "También las que no pudieron completarse.",
            at(0, 47, 12, 9),
            ANALYSIS_OUTCOMES,
            query(
                "sum by (outcome) (increase(laip_crawl_analyses_total[1h]))",
                "{{outcome}}",
                "A",
                instant=False,
            ),
            query(
                # Per portal, from 0 (serve starts each configured portal's): none is zero.
                "sum(increase(laip_crawl_failures_total[1h])) or vector(0)",
                "no completadas",
                "B",
                instant=False,
            ),
        ),
        hourly_counts(
            "Revisiones no iniciadas por causa (por hora)",
            "Un portal caído no se juzga (una caída nunca es un veredicto); con la base de datos "
            "caída, la revisión espera al siguiente intervalo.",
            at(12, 47, 12, 9),
            CRAWL_SKIP_REASONS,
            query(
                "sum by (reason) (increase(laip_crawls_skipped_total[1h]))",
                "{{reason}}",
                instant=False,
            ),
        ),
    ]
    built = base(
        "LAIP — Resumen",
        "Disponibilidad y cumplimiento de la LAIP (Art. 10) de todos los portales municipales.",
    )
    for panel in panels:
        built = built.with_panel(panel)
    return built


def portal() -> builders.Dashboard:
    """LAIP — Portal: one municipality, picked by name in ``$portal``."""
    scope = 'portal="$portal"'
    status_targets = [
        query(f"laip_section_status{{{scope}}} {TITLE}", ref="A", tab=True),
        query(
            f"(laip_section_last_updated_age_seconds{{{scope}}} / 86400 "
            f"and on (section) (laip_section_status{{{scope}}} == 0)) {TITLE}",
            ref="B",
            tab=True,
        ),
        query(
            f"(laip_section_last_updated_age_seconds{{{scope}}} / 86400 "
            f"and on (section) (laip_section_status{{{scope}}} != 0)) {TITLE}",
            ref="C",
            tab=True,
        ),
    ]
    sections = (
        table.Panel()
        .title("Secciones: estado y días desde la fecha más reciente publicada")
        .description(
            "El color de los días sigue al veredicto: verde si la sección está al día para su "
            "ritmo (mensual, anual o al cambiar), naranja si no lo está."
        )
        .datasource(DATASOURCE)
        .grid_pos(at(0, 22, 16, 14))
        .cell_height(common.TableCellHeight.SM)
        .override_by_name(
            "Estado",
            [
                dashboard.DynamicConfigValue(id_val="mappings", value=status_mapping()),
                dashboard.DynamicConfigValue(
                    id_val="custom.cellOptions", value={"type": "color-background"}
                ),
            ],
        )
        .override_by_name(
            "Días (al día)",
            [
                dashboard.DynamicConfigValue(id_val="decimals", value=0),
                dashboard.DynamicConfigValue(
                    id_val="color", value={"mode": "fixed", "fixedColor": "green"}
                ),
                dashboard.DynamicConfigValue(
                    id_val="custom.cellOptions", value={"type": "color-text"}
                ),
            ],
        )
        .override_by_name(
            "Días (no al día)",
            [
                dashboard.DynamicConfigValue(id_val="decimals", value=0),
                dashboard.DynamicConfigValue(
                    id_val="color", value={"mode": "fixed", "fixedColor": "orange"}
                ),
                dashboard.DynamicConfigValue(
                    id_val="custom.cellOptions", value={"type": "color-text"}
                ),
            ],
        )
        .with_transformation(dashboard.DataTransformerConfig(id_val="merge", options={}))
        .with_transformation(
            organize(
                ["Time", "__name__", "job", "instance", "portal", "department"],
                {
                    "section": "Sección",
                    "numeral": "Numeral",
                    "title": "Título",
                    "Value #A": "Estado",
                    "Value #B": "Días (al día)",
                    "Value #C": "Días (no al día)",
                },
            )
        )
    )
    for target in status_targets:
        sections = sections.with_target(target)
    uptime = [
        big_number(
            f"Disponibilidad {label}",
            f"Porcentaje del tiempo arriba en {label}.",
            at(x, 6, 4, 4),
            query(f"100 * avg_over_time(laip_portal_up{{{scope}}}[{window}])", label),
        )
        .unit("percent")
        .decimals(2)
        .thresholds(steps((None, "red"), (95, "orange"), (99, "green")))
        for x, window, label in ((0, "24h", "24 h"), (4, "7d", "7 d"), (8, "30d", "30 d"))
    ]
    panels: list[Panel] = [
        statetimeline.Panel()
        .title("Disponibilidad en el tiempo")
        .description("Arriba o caído, tras los umbrales de confirmación.")
        .datasource(DATASOURCE)
        .grid_pos(at(0, 0, 24, 6))
        .with_target(query(f"laip_portal_up{{{scope}}} {NAME}", "{{name}}", instant=False))
        .mappings(value_map({0: ("caído", "red"), 1: ("arriba", "green")}))
        .thresholds(steps((None, "red"), (1, "green"))),
        *uptime,
        big_number(
            "Código HTTP",
            "Código de la última respuesta de la página de inicio.",
            at(12, 6, 3, 4),
            query(f"laip_portal_http_status_code{{{scope}}}", "HTTP"),
        ).thresholds(steps((None, "green"), (400, "red"))),
        big_number(
            "Días restantes del certificado",
            "Días hasta que venza el certificado HTTPS.",
            at(15, 6, 3, 4),
            query(
                f"(laip_portal_tls_expiry_timestamp_seconds{{{scope}}} - time()) / 86400", "días"
            ),
        )
        .decimals(0)
        .thresholds(steps((None, "red"), (14, "orange"), (30, "green"))),
        big_number(
            "Último sondeo",
            "Tiempo desde el último sondeo.",
            at(18, 6, 3, 4),
            query(f"time() - laip_portal_last_probe_timestamp_seconds{{{scope}}}", "hace"),
        )
        .unit("s")
        .thresholds(steps((None, "green"), (900, "orange"))),
        big_number(
            "Última revisión de cumplimiento",
            "Tiempo desde la última revisión completa del Artículo 10.",
            at(21, 6, 3, 4),
            query(f"time() - laip_portal_last_crawl_timestamp_seconds{{{scope}}}", "hace"),
        )
        .unit("s")
        .thresholds(steps((None, "green"), (172800, "orange"))),
        timeseries.Panel()
        .title("Tiempo de respuesta")
        .description("Último sondeo y 95 % de los sondeos.")
        .datasource(DATASOURCE)
        .grid_pos(at(0, 10, 12, 12))
        .unit("s")
        .with_target(
            query(
                f"laip_portal_response_time_seconds{{{scope}}}", "último sondeo", "A", instant=False
            )
        )
        .with_target(
            query(
                "histogram_quantile(0.95, sum by (le) "
                f"(rate(laip_probe_duration_seconds_bucket{{{scope}}}[$__rate_interval])))",
                "95 % de los sondeos",
                "B",
                instant=False,
            )
        ),
        timeseries.Panel()
        .title("Puntaje de cumplimiento del Artículo 10")
        .description("Puntaje y puntaje ponderado de cada revisión completa.")
        .datasource(DATASOURCE)
        .grid_pos(at(12, 10, 12, 12))
        .unit("percent")
        .min(0)
        .max(100)
        .with_target(
            query(f"100 * laip_portal_compliance_score{{{scope}}}", "puntaje", "A", instant=False)
        )
        .with_target(
            query(
                f"100 * laip_portal_compliance_weighted_score{{{scope}}}",
                "puntaje ponderado",
                "B",
                instant=False,
            )
        ),
        sections,
        bargauge.Panel()
        .title("Secciones por estado")
        .description("Cuántas secciones tienen cada veredicto, con las palabras del correo.")
        .datasource(DATASOURCE)
        .grid_pos(at(16, 22, 8, 10))
        .decimals(0)
        .reduce_options(all_values())
        .orientation(common.VizOrientation.HORIZONTAL)
        .display_mode(common.BarGaugeDisplayMode.BASIC)
        .with_target(query(f"laip_portal_sections{{{scope}}}", "{{status}}"))
        .overrides(
            [
                builders.DashboardFieldConfigSourceOverrides()
                .matcher(dashboard.MatcherConfig(id_val="byName", options=status))
                .properties(
                    [
                        *display(STATUS_LABELS[status]),
                        dashboard.DynamicConfigValue(
                            id_val="color", value={"mode": "fixed", "fixedColor": color}
                        ),
                    ]
                )
                for status, color in STATUS_COLORS.items()
            ]
        ),
        big_number(
            "Páginas revisadas / duración de la revisión",
            "La última revisión completa.",
            at(16, 32, 8, 4),
            query(f"laip_portal_crawled_pages{{{scope}}}", "páginas", "A"),
            query(f"laip_portal_crawl_duration_seconds{{{scope}}}", "segundos", "B"),
        ).thresholds(steps((None, "blue"))),
    ]
    built = base("LAIP — Portal", "Un portal municipal: disponibilidad, certificado y Artículo 10.")
    built = built.with_variable(
        builders.QueryVariable("portal")
        .label("Municipalidad")
        .datasource(DATASOURCE)
        .query("query_result(laip_portal_info)")
        .regex('/name="(?<text>[^"]*)".*portal="(?<value>[^"]*)"/')
        .refresh(dashboard.VariableRefresh.ON_TIME_RANGE_CHANGED)
        .sort(dashboard.VariableSort.ALPHABETICAL_CASE_INSENSITIVE_ASC)
    )
    for panel in panels:
        built = built.with_panel(panel)
    return built


def base(title: str, description: str) -> builders.Dashboard:
    return (
        builders.Dashboard(title)
        .description(description)
        .tags(["laip"])
        .timezone("America/Guatemala")
        .editable()
        .tooltip(dashboard.DashboardCursorSync.CROSSHAIR)
        .refresh("1m")
        .time("now-24h", "now")
        .with_variable(
            builders.DatasourceVariable("datasource").label("Origen de datos").type("prometheus")
        )
        .link(
            builders.DashboardLink("Tableros LAIP")
            .type(dashboard.DashboardLinkType.DASHBOARDS)
            .tags(["laip"])
            .include_vars(True)
            .keep_time(True)
        )
    )


DASHBOARDS = {"resumen.json": resumen, "portal.json": portal}


def render(name: str) -> str:
    """The JSON text of one dashboard, as committed under ``dashboards/``."""
    model: Any = json.loads(json.dumps(DASHBOARDS[name]().build(), cls=JSONEncoder))
    return json.dumps(model, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    """Write every dashboard into ``dashboards/`` (or the directory given)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for name in DASHBOARDS:
        (out / name).write_text(render(name), encoding="utf-8")
        print(f"wrote {out / name}")


if __name__ == "__main__":
    main()
