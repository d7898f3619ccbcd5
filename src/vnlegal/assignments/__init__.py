"""Assignment stage: who does what by when, from fields, prose and task tables.

``roles`` reads the role words ("chủ trì", "phối hợp"); ``bodies`` and ``body_ends`` read unit
lists and where a unit name ends; ``timeexpr`` reads deadlines; ``extract`` puts them together
per node and per task-table row.
"""

from vnlegal.assignments.extract import extract_assignments as extract_assignments
from vnlegal.export.tables import assignment_rows
from vnlegal.model import Document


def assignments_table(doc: Document) -> list[dict[str, object]]:
    """One flat dict per assignment of ``doc`` (units joined by "; "): ``pandas.DataFrame(rows)``
    ready. Keys are ``vnlegal.export.tables.ASSIGNMENT_ROW_COLUMNS``; dates are
    ``datetime.date``; absent values are None.

    The assignments are extracted first when ``doc`` has none (a Document built by hand).
    The rows themselves come from the exporter, the one place every column set is built; this
    name is the stage's public entry point from before the package split.
    """
    return assignment_rows(doc.assignments or extract_assignments(doc))
