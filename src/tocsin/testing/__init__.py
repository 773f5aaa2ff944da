"""Tools for testing tocsin and what is built on it: hostile inputs (``hostile``), a crash harness that kills
ingest mid-write (``crash``) and web archives built from nothing (``warcs``). The test suite and the benchmarks
both use them; nothing here is imported by tocsin itself."""
