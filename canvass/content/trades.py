"""Spoken trade names (``{fag}``) for industry codes: ``scripts/fag.yaml``.

The official DB07/DB25 label ("Bearbejdning af metal") breaks a sentence read aloud,
so trainers keep a small table of codes and the words a consultant would say
("metalbranchen"). A company's code is looked up in full (``25.62.00``), then by
its first four digits (``25.62``), then by its group, the first two digits (``25``);
with no match ``{fag}`` gets the file's neutral ``standard`` wording.

```yaml
standard: jeres branche
fag:
  "25": metalindustrien
  "43.32.10": tømrerfaget
```

The loader reads keys as written, so ``25`` and ``"25"`` are the same code.
Plain Python: no Textual.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import StringConstraints

from canvass.content.models import Text, _Strict

#: A DB07/DB25 code or a prefix of one: "25", "25.62", "25.62.00" (dots optional).
Code = Annotated[str, StringConstraints(strict=True, pattern=r"^\d{2}(\.?\d{2}(\.?\d{2})?)?$")]

_NOT_DIGITS = re.compile(r"\D")


class TradeNames(_Strict):
    """The table in ``scripts/fag.yaml``: code (or prefix) -> spoken trade name."""

    standard: Text
    fag: dict[Code, Text]

    def spoken(self, industry_code: str | None) -> str:
        """The spoken trade for ``industry_code``: full code, 4 digits, group, else ``standard``."""
        digits = _NOT_DIGITS.sub("", industry_code or "")
        table = {_NOT_DIGITS.sub("", code): name for code, name in self.fag.items()}
        for length in (6, 4, 2):
            if len(digits) >= length and digits[:length] in table:
                return table[digits[:length]]
        return self.standard
