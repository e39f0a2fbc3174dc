"""launchwatch: news reports of missile launches, satellite launches and nuclear tests
turned into a verified event database in which every fact points back to its sentence."""

__version__ = "0.1.0"
