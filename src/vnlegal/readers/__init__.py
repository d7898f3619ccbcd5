"""Readers: input bytes -> decoded text (and, for paged formats, layout hints)."""
