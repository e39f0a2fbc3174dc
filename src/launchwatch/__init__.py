"""launchwatch: news reports of missile launches, satellite launches and nuclear tests
turned into a verified event database in which every fact points back to its sentence."""

from launchwatch._build import check_compiled

__version__ = "0.1.0"

check_compiled()
