"""Services some tests need (an X server, a Secret Service, a built bundle)."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def require_service(reason: str) -> None:
    """A needed service is missing: fail in CI, skip elsewhere."""
    if IN_CI:
        pytest.fail(f"CI=true, but {reason}")
    pytest.skip(reason)
