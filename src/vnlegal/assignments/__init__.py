"""Assignment stage: who does what by when, from fields, prose and task tables.

``roles`` reads the role words ("chủ trì", "phối hợp"); ``bodies`` and ``body_ends`` read unit
lists and where a unit name ends; ``timeexpr`` reads deadlines; ``extract`` puts them together
per node and per task-table row.
"""

from vnlegal.assignments.extract import assignments_table as assignments_table
from vnlegal.assignments.extract import extract_assignments as extract_assignments
from vnlegal.assignments.extract import render_assignments as render_assignments
