"""Settings for the whole suite: property tests judge results, never speed."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# CI machines are shared and noisy; a slow example is not a failing one. Timing targets
# live in bench/, not here.
settings.register_profile("trainer", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("trainer")
