"""The checked records of an import, kept on disk between checking and writing.

Checking a file reads and validates every row once; writing must not do it again (it
is most of the time), nor hold a million records in memory. So the good records go to
an anonymous temporary file (``tempfile.TemporaryFile``: owner-only, with no name in
any folder, gone when closed or when the process ends, also by ``kill -9``), in
pickled batches, and are read back batch by batch. What is written is exactly what was
checked, even if the CSV file is changed in between.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

#: Records per pickled batch: memory holds one batch.
BATCH = 1_000


class RecordSpool:
    """Records of one named-tuple type, appended once, then read back as often as needed
    (kept as plain tuples: the type is not pickled with every record)."""

    def __init__(self, kind: type[tuple[Any, ...]]) -> None:
        self._kind = kind
        self._file: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115 - lives with the plan
        self._batch: list[tuple[Any, ...]] = []
        self.count = 0
        self.size = 0

    def add(self, record: Any) -> None:
        """Append a record."""
        self._batch.append(tuple(record))
        self.count += 1
        if len(self._batch) >= BATCH:
            self._flush()

    def finish(self) -> None:
        """No more records: write the last batch."""
        self._flush()
        self.size = self._file.tell()

    def _flush(self) -> None:
        if self._batch:
            pickle.dump(self._batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._batch = []

    def read(self, progress: Callable[[int, int], None] | None = None) -> Iterator[Any]:
        """Every record in the order added; ``progress`` told the records and bytes read
        after each batch."""
        self._file.seek(0)
        kind, make, done = self._kind, tuple.__new__, 0
        while True:
            try:
                batch = pickle.load(self._file)  # our own file, written above
            except EOFError:
                return
            for values in batch:
                yield make(kind, values)
            done += len(batch)
            if progress is not None:
                progress(done, self._file.tell())

    def close(self) -> None:
        """Delete the records."""
        self._file.close()
