"""Exporters: a ``Document`` rendered in formats other tools read.

One module per format, one public function each, imported on demand so that loading one
format never loads another's dependencies:

- ``vnlegal.export.markdown.to_markdown(doc) -> str``: readable Markdown, headings per level,
  citations linked by key (also ``Document.to_markdown()``);
- ``vnlegal.export.akn.to_akn(doc) -> str``: Akoma Ntoso 3.0 XML (OASIS LegalDocML);
- ``vnlegal.export.tables.to_table(doc, table) -> list[dict]`` and ``to_csv(doc, table) -> str``:
  flat rows of nodes, citations or assignments for pandas, Parquet or a spreadsheet.
"""
