"""Batch conversion of whole archives, on one machine (a process pool) or on a Dask cluster.

``runner`` drives a run; ``inputs`` lists the files; ``worker`` parses one file in a worker
process; ``pool`` and ``dask`` are the two engines; ``io`` writes the per-file JSON, the
report and the tables; ``ui`` shows progress and the final summary.
"""

from vnlegal.batch.inputs import BatchError as BatchError
from vnlegal.batch.runner import BatchInterrupted as BatchInterrupted
from vnlegal.batch.runner import run as run
from vnlegal.batch.summary import BatchSummary as BatchSummary

__all__ = ["BatchError", "BatchInterrupted", "BatchSummary", "run"]
