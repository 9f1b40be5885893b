"""The main window: opening the data, the list of dossiers, the menus."""
