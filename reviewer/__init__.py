"""审查通 reviewer: pre-publication review of government documents."""

__version__ = "0.1.0"
