"""The REST API against its own OpenAPI schema (schemathesis): requests generated from every operation's
parameters, hostile strings included, never get a 5xx. On the demo desk store, read-only; the write
operation is tried without a token (refused) and with one (it must validate what it is sent)."""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402

from ..conftest import WRITE_TOKEN  # noqa: E402

EXAMPLES = int(os.environ.get("TOCSIN_API_EXAMPLES", "12"))  # per operation and mode; bench/reliability.py asks for more
MODES = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]  # values the schema allows, and values it does not


def _operations(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def _no_server_error(operation, mode: GenerationMode, headers=None) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call(headers=headers)
        assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])

    try:
        run()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE  # an operation with no parameters has no invalid request to make


def test_schemathesis_no_read_operation_answers_with_a_server_error(desk_store, desk_app):
    operations = _operations(desk_app(desk_store))
    assert len(operations) >= 20
    for operation in operations:
        for mode in MODES:
            _no_server_error(operation, mode)


def test_schemathesis_the_write_operation_validates_what_it_is_sent(writable_desk, desk_app):
    token = WRITE_TOKEN
    operations = [op for op in _operations(desk_app(writable_desk, token)) if op.method.upper() == "POST"]
    assert operations
    for operation in operations:
        for mode in MODES:
            _no_server_error(operation, mode, headers={"Authorization": f"Bearer {token}"})
