"""Every read the CLI, the API, the web pages and the exports make, in one place (re-exported from its modules).

Functions take a Store and return plain dicts and lists, ready for a table
or for JSON. SQL here is portable: ``?`` placeholders, no backend-specific
functions; full-text search is the store's own.
"""

from .reads import (  # the store's documents, entities, claims, forecasts and events
    Row, PLACING, contains, order_by, top_entities, stats, DOCUMENT_SORTS, list_documents,
    resolve_document_id, get_document, ENTITY_SORTS, list_entities, PLACE_SORTS, list_places, search,
    rejections, list_claims, list_speakers, list_forecasts, EVENT_SORTS, forecast_matches, list_events,
    group_ties, group_name, revision,
)
from .linked import (  # reads over the link and watch stages
    disagreements, list_incidents, get_incident, list_groups, footprint, claim_clusters, list_alerts,
    entity_links, timeline, group_detail, evidence_context, get_entity, incident_points,
    DISAGREEMENT_FIELDS, LIST_REPORTS, INCIDENT_SORTS, incident_reports,
)
from .sources import (  # reads over unattended running: sources, runs, deliveries
    list_sources, due_sources, get_source, seen_urls, list_runs, running_runs, list_deliveries, due_deliveries,
    document_links,
)
