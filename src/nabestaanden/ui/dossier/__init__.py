"""One open dossier: the page with its tabs, the Gegevens form, the heirs."""
