"""Instellingen: language, text size and contrast, security and storage."""
