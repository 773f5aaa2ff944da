"""Link: what the documents say together — canonical entities across documents,
incidents, claim clusters and the status of forecasts."""

from .link import LinkReport, link, pending

__all__ = ["LinkReport", "link", "pending"]
