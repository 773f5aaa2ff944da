"""The structure stage: genre-independent segments of a document (paragraphs, bullets, headings, transcript
turns, questions, stage directions, release boilerplate) read before its sentences."""

from .structure import SILENT, Segment, at, calls_for_tips, item_at, line_breaks, one_a_line, segments, silent_at, with_bold_leads

__all__ = ["SILENT", "Segment", "at", "calls_for_tips", "item_at", "line_breaks", "one_a_line", "segments", "silent_at",
           "with_bold_leads"]
