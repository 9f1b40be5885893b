"""The intake questions about the situation, page by page."""
