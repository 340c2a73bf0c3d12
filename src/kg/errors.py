"""A small error hierarchy; only :mod:`kg.cli` maps these to exit codes."""


class KgError(Exception):
    """Base of every error kg raises on purpose."""

    exit_code = 2


class InputError(KgError):
    """A file, line or parameter given to kg is unusable; the message names it."""


class ExtractionError(KgError):
    """Extraction failed on one bulletin (the others go on)."""


class ValidationError(KgError):
    """SHACL found violations; the report says which bulletin and which rule."""

    exit_code = 1


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class SettingsError(KgError):
    """A setting has an invalid value; the message names the setting."""
