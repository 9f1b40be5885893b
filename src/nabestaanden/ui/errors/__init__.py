"""Unexpected errors: a report without personal data, and the dialog that shows it."""
