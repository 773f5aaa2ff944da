"""Scoring tocsin against the team's gold sets (tests/gold/): entities, places and dates, statements (gold.py),
events (events.py) and incidents (incidents.py). These are regression tests with floors; the real-text
measure is bench/realtext."""

from .gold import (
    GoldTimex, Score, evaluate, evaluate_places, evaluate_statements, load_documents, load_gold, place_date_scores, predict,
    read_gold, read_meantime, score, statement_scores,
)
