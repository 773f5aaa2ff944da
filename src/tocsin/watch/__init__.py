"""Watch: rules over the linked store that raise alerts."""

from .watch import Alert, WatchRules, load_rules, watch

__all__ = ["Alert", "WatchRules", "load_rules", "watch"]
