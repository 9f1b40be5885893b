"""The Begrippen panel: the words of this field, explained with their sources."""
