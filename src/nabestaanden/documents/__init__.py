"""PDF documents: the letters and the summaries (ReportLab, no Qt)."""
