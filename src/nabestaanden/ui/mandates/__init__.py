"""The Machtigingen tab: the mandate register and its dialogs."""
