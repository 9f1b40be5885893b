"""Hatchling build hook: put ``resources/`` into the wheel as ``nabestaanden/data``.

Only for a real wheel: an editable install (``make run``, ``make test``) reads the
resources from the source tree, so an edit there shows at once and no stale copy
lies in the environment.
"""

from __future__ import annotations

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ResourcesHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "standard":
            build_data["force_include"]["resources"] = "nabestaanden/data"
