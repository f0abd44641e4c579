"""Moving data in and out: company lists from CSV, meetings to .ics, calls to CSV.

Plain Python (no Textual), so the command line and the app share it.
"""

from canvass.transfer.apply_import import ImportSummary, apply_import
from canvass.transfer.csv_export import calls_csv
from canvass.transfer.csv_import import (
    CompanyRecord,
    ImportPlan,
    ImportProgress,
    Problem,
    read_companies,
)
from canvass.transfer.csv_source import ImportFileError
from canvass.transfer.ics_export import meetings_calendar

__all__ = [
    "CompanyRecord",
    "ImportFileError",
    "ImportPlan",
    "ImportProgress",
    "ImportSummary",
    "Problem",
    "apply_import",
    "calls_csv",
    "meetings_calendar",
    "read_companies",
]
