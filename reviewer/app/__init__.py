"""The PySide6 front end. It only shows and asks: every finding, decision, rule and export
comes from `reviewer.core` (Anki's split between its library and its Qt front end).

Nothing here is imported by `reviewer --version` or by any other command.
"""
