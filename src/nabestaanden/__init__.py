"""Nabestaanden: a Dutch desktop assistant for the weeks after a death."""

__version__ = "0.1.0"
APP_NAME = "Nabestaanden"
