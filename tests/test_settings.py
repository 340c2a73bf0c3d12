"""Settings are declared once, validated on load, and all listed in the README."""

from pathlib import Path

import pytest

from kg import settings
from kg.errors import SettingsError

README = Path(__file__).resolve().parents[1] / "README.md"


def test_defaults_and_environment() -> None:
    cfg = settings.load({"KG_STORE": "/tmp/s", "KG_QUERY_TIMEOUT": "2.5"})
    assert cfg["KG_STORE"] == "/tmp/s" and cfg["KG_QUERY_TIMEOUT"] == 2.5
    assert cfg["KG_PORT"] == 8080


def test_overrides_win_over_environment() -> None:
    assert settings.load({"KG_PORT": "9000"}, KG_PORT=9100)["KG_PORT"] == 9100


@pytest.mark.parametrize(("name", "value"), [
    ("KG_PORT", "http"), ("KG_PORT", "70000"), ("KG_BASE_IRI", "ftp://x/"),
    ("KG_BASE_IRI", "https://x.org/no-slash"), ("KG_QUERY_TIMEOUT", "-1"),
])
def test_invalid_value_names_the_setting(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        settings.load({name: value})


def test_readme_lists_every_setting() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [s.name for s in settings.SETTINGS if f"`{s.name}`" not in text]
    assert not missing, f"README.md does not document: {missing}"
