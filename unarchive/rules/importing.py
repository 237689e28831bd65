"""X and J codes in the rule table: the TEI and JSON readers emit them (``unarchive.codes``)."""

from __future__ import annotations

from unarchive.codes import Rule, json_invalid, json_version, tei_invalid, tei_unmapped

RULES: tuple[Rule, ...] = (tei_invalid, tei_unmapped, json_invalid, json_version)
