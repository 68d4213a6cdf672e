"""Links to other hosts: one file on a sharing service, or a page read only on its own host."""

from __future__ import annotations

import pytest

from monitor.compliance.hosts import elsewhere, hosted_file

# Addresses as the fifty-eighth exam's sources print them (its wording.toml).
FILES = [
    "https://drive.google.com/file/d/1AbC/view?usp=sharing",
    "https://1drv.ms/b/s!Apl8nX-baR6rhaUi54ZEd1CFtijNog?e=DvY4Wi",
    "https://www.dropbox.com/s/x1y2z3/informe.pdf?dl=0",
    "https://mega.nz/file/AbCdEfGh#key",
    "https://www.calameo.com/read/0029c7a0e7c584a10bd5b",
    "https://www.yumpu.com/es/document/view/6512345/presupuesto-2026",
    "https://issuu.com/munixela/docs/presupuesto-2026",
]
VIEWS = [
    ("https://drive.google.com/drive/folders/1Z-vky8b?usp=sharing", "drive.google.com"),
    ("https://drive.google.com/embeddedfolderview?id=13x8Cs#list", "drive.google.com"),
    ("https://www.dropbox.com/sh/ik6d0haeymrgwo5/AAB?dl=0", "www.dropbox.com"),
    ("https://1drv.ms/f/s!Apl8nX?e=DvY4Wi", "1drv.ms"),
    (
        "https://www.guatecompras.gt/compradores/consultaDetEnt.aspx?iEnt=62&iUnt=0&iTipo=7",
        "www.guatecompras.gt",
    ),
    ("https://app.powerbi.com/view?r=eyJrIjoi", "app.powerbi.com"),
    (
        "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com",
        "www.facebook.com",
    ),
]
NOTHING = [
    "https://www.guatecompras.gt/",
    "http://www.guatecompras.gt",
    "https://www.facebook.com/MuniTransparente/posts/123",  # a copied post's original
    "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fmuni.gob.gt",
    "https://wa.me/?text=Informe",
    "mailto:uip@muni.gob.gt",
]


@pytest.mark.parametrize("url", FILES)
def test_a_file_on_a_sharing_service_is_a_document_and_no_view(url: str) -> None:
    assert hosted_file(url)
    assert elsewhere(url) == ""


@pytest.mark.parametrize(("url", "host"), VIEWS)
def test_folders_dashboards_and_listings_are_read_only_on_their_host(url: str, host: str) -> None:
    assert not hosted_file(url)
    assert elsewhere(url) == host


@pytest.mark.parametrize("url", NOTHING)
def test_home_pages_posts_and_share_buttons_show_nothing_of_the_item(url: str) -> None:
    assert not hosted_file(url)
    assert elsewhere(url) == ""
