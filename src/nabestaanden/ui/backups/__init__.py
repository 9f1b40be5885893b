"""Bestand → Reservekopie…: the backups, made, copied and put back."""
