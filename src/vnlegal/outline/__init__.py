"""Outline stage: the node tree (both hierarchies) and the labelled fields of its nodes."""
