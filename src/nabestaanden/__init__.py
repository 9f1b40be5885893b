"""Nabestaanden: a Dutch desktop assistant for the weeks after a death."""

__version__ = "0.1.0"
APP_NAME = "Nabestaanden"
# The desktop id: the name of the Linux .desktop and AppStream files (packaging/linux)
# and Qt's desktop file name, so the window gets its icon and name under Wayland.
APP_ID = "nl.nabestaanden.Nabestaanden"
